package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.newsindex.bench.Corpus;
import org.newsindex.bench.ScratchFolder;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
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
 * Time to highlight one page of ten hits, as a search does after ranking them: read each hit's
 * stored document once, find the query's matches in it by position ({@link IndexedMatches}), and
 * mark the headline and choose the body's snippets ({@link HitHighlighter}). Highlighting was two
 * thirds of a search before it found matches by position instead of by reading the text again.
 *
 * <p>Each call takes the next of a few queries (keywords, a phrase, an inflected word) and its
 * first page, found once in setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class HighlightBenchmark {

  private static final String[] QUERIES = {
    "government", "\"prime minister\"", "oil prices", "games", "election campaign"
  };

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private ScratchFolder folder;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final List<Query> queries = new ArrayList<>();
  private final List<int[]> pages = new ArrayList<>();
  private int next;

  /** Indexes the corpus into a temporary folder and finds each query's first page. */
  @Setup(Level.Trial)
  public void build() throws IOException {
    folder = ScratchFolder.indexOf(Corpus.articles(corpus));
    reader = DirectoryReader.open(FSDirectory.open(folder.path()));
    searcher = new IndexSearcher(reader);
    for (String text : QUERIES) {
      Query query = WordForms.toIndexTerms(UserQueryParser.parse(text, Schema.ARTICLE_FIELDS));
      ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
      if (hits.length > 0) {
        queries.add(query);
        pages.add(java.util.Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
      }
    }
  }

  /** Deletes the index. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    reader.close();
    folder.close();
  }

  /** Highlights the next query's first page. */
  @Benchmark
  public List<HitHighlighter.Highlights> highlightPage() throws IOException {
    Query query = queries.get(next);
    int[] page = pages.get(next);
    next = next + 1 == queries.size() ? 0 : next + 1;
    HitHighlighter highlighter = new HitHighlighter(query);
    List<IndexedMatches.HitMatches> matches = new IndexedMatches(searcher, query).of(page);
    StoredFields stored = searcher.storedFields();
    List<HitHighlighter.Highlights> highlights = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i], ArticleDocuments.highlightedHitFields());
      List<String> paragraphs = List.of(doc.getValues(Schema.PARAGRAPHS));
      highlights.add(
          highlighter.highlight(
              matches.get(i).withParagraphWords(ParagraphWords.of(doc, paragraphs.size())),
              doc.get(Schema.HEADLINE),
              paragraphs));
    }
    return highlights;
  }
}
