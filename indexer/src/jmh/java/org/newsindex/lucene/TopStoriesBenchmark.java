package org.newsindex.lucene;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.newsindex.SortOrder;
import org.newsindex.bench.Corpus;
import org.newsindex.bench.ScratchFolder;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to rank every match of a common word and keep the best hit of each of the first eleven
 * stories, as the first page of a search does (ten hits and one telling whether more follow), with
 * {@link TopStories}, and, for comparison, to keep the first eleven hits with Lucene's own
 * collector, which collapses nothing. Each match is scored and compared with the weakest hit kept;
 * on a large result nearly every one fails that comparison, so its cost is what this measures.
 * Exact totals, as a search counts them; the index is written as the indexer writes it, story keys
 * included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class TopStoriesBenchmark {

  private static final int FIRST_PAGE = 11;

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  /** The word whose matches are ranked. */
  @Param("said")
  public String word;

  private ScratchFolder folder;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Query matches;

  /** Indexes the corpus. */
  @Setup
  public void index() throws IOException {
    folder = ScratchFolder.indexOf(Corpus.articles(corpus));
    reader = DirectoryReader.open(FSDirectory.open(folder.path()));
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    matches =
        ArticleDocuments.ofKind(
            Schema.ARTICLE,
            WordForms.toIndexTerms(UserQueryParser.parse(word, Schema.ARTICLE_FIELDS)));
    System.out.printf(
        "%n%d segments, %d articles match %s%n", reader.leaves().size(), searcher.count(matches), word);
  }

  /** Closes the index and deletes its folder. */
  @TearDown
  public void delete() throws IOException {
    reader.close();
    folder.close();
  }

  @Benchmark
  public TopDocs topStories() throws IOException {
    return searcher.search(matches, new TopStories(Schema.STORY, SortOrder.RELEVANCE, FIRST_PAGE));
  }

  @Benchmark
  public TopDocs luceneTopHits() throws IOException {
    return searcher.search(
        matches, new TopScoreDocCollectorManager(FIRST_PAGE, null, Integer.MAX_VALUE));
  }
}
