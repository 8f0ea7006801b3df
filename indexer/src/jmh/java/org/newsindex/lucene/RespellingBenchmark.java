package org.newsindex.lucene;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.FSDirectory;
import org.newsindex.bench.Corpus;
import org.newsindex.bench.ScratchFolder;
import org.newsindex.search.Respelling;
import org.newsindex.search.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to find the close words of one typed word, as "did you mean" does for each word of a query
 * that finds little: {@link SpellingSuggester#closeWords} (one edit for words shorter than {@link
 * SpellingSuggester#TWO_EDITS_MIN_LETTERS} letters, two for longer ones) against two edits for
 * every word, as before. Each call takes the next of a few typed words, misspelt and not, of four
 * to nine letters.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class RespellingBenchmark {

  private static final List<String> TYPED =
      List.of("wheat", "exports", "kremlim", "budjet", "goverment", "chelsae", "minster", "oscar");

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private ScratchFolder folder;
  private DirectoryReader reader;
  private final SpellingSuggester suggester = new SpellingSuggester();
  private final DirectSpellChecker withinTwoEdits = SpellingSuggester.checker(2);
  private int next;

  /** Indexes the corpus into a temporary folder. */
  @Setup(Level.Trial)
  public void build() throws IOException {
    folder = ScratchFolder.indexOf(Corpus.articles(corpus));
    reader = DirectoryReader.open(FSDirectory.open(folder.path()));
  }

  /** Deletes the index. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    reader.close();
    folder.close();
  }

  /** The close words of the next typed word, by the rule of its length. */
  @Benchmark
  public List<Respelling.CloseWord> byLength() throws IOException {
    return suggester.closeWords(reader, nextTyped());
  }

  /** The close words of the next typed word within two edits, whatever its length. */
  @Benchmark
  public SuggestWord[] withinTwoEdits() throws IOException {
    return withinTwoEdits.suggestSimilar(
        nextTyped(), Respelling.OPTIONS, reader, SuggestMode.SUGGEST_ALWAYS);
  }

  private Term nextTyped() {
    String word = TYPED.get(next);
    next = next + 1 == TYPED.size() ? 0 : next + 1;
    return new Term(Schema.PARAGRAPHS, word);
  }
}
