package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.newsindex.Article;
import org.newsindex.FacetCount;
import org.newsindex.bench.Corpus;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
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
 * Time to count the facet values (speakers, source, year) of a query's matches and list the ten
 * most quoted speakers, as a search without facet filters does beside ranking: with {@link
 * FacetCounter} from the segments' values in memory, with it from doc values (as while those
 * load), and with Lucene's {@link org.apache.lucene.facet.FacetsCollector} and {@link
 * SortedSetDocValuesFacetCounts}. The index is written in ten segments, so that the counts go
 * through Lucene's ordinal map as in a grown index. The query is every article, or the articles
 * with one word ({@code -p word=economy}): on a large corpus those matches lie far apart, as a
 * search's do, and each one's values are a cache miss. {@code topValues} times what a search then
 * lists from the counts: the top values of each facet with their labels.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class FacetCountBenchmark {

  private static final int SEGMENTS = 10;

  /** Never runs what it is given: the segments' values stay on disk. */
  private static final Executor NEVER = task -> {};

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  /** A word the counted articles hold, or none: every article. */
  @Param({"", "economy"})
  public String word;

  private Path folder;
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private FacetOrdinals inMemory;
  private FacetOrdinals onDisk;
  private Query articles;
  private FacetCounter.Counts counted;

  /** Indexes the corpus in segments and loads their facet values into memory. */
  @Setup
  public void index() throws IOException {
    List<Article> all = Corpus.articles(corpus);
    folder = Files.createTempDirectory("newsindex-facet-bench");
    directory = new MMapDirectory(folder);
    try (IndexWriter writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(Schema.indexAnalyzer())
                .setCodec(new NewsindexCodec())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int i = 0; i < all.size(); i++) {
        writer.addDocuments(ArticleDocuments.documents(all.get(i), "bench"));
        if ((i + 1) % Math.max(1, all.size() / SEGMENTS) == 0) {
          writer.commit();
        }
      }
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    inMemory = FacetOrdinals.of(reader, new FacetOrdinalsCache(Runnable::run));
    onDisk = FacetOrdinals.of(reader, new FacetOrdinalsCache(NEVER));
    reader.leaves().forEach(inMemory::inMemory);
    articles =
        ArticleDocuments.ofKind(
            Schema.ARTICLE,
            word.isEmpty()
                ? new MatchAllDocsQuery()
                : WordForms.toIndexTerms(UserQueryParser.parse(word, Schema.ARTICLE_FIELDS)));
    counted = searcher.search(articles, new FacetCounter(inMemory));
    System.out.printf(
        "%n%d articles in %d segments, %d facet values, %d counted%n",
        all.size(), reader.leaves().size(), inMemory.state().getSize(), searcher.count(articles));
  }

  /** Closes the index and deletes its files. */
  @TearDown
  public void delete() throws IOException {
    reader.close();
    for (String file : directory.listAll()) {
      directory.deleteFile(file);
    }
    directory.close();
    Files.delete(folder);
  }

  @Benchmark
  public List<FacetCount> fromMemory() throws IOException {
    return searcher.search(articles, new FacetCounter(inMemory)).top(Schema.SPEAKERS_FACET, 10);
  }

  @Benchmark
  public List<FacetCount> fromDocValues() throws IOException {
    return searcher.search(articles, new FacetCounter(onDisk)).top(Schema.SPEAKERS_FACET, 10);
  }

  /** The top values of each facet, as a search lists them, from counts already made. */
  @Benchmark
  public List<List<FacetCount>> topValues() throws IOException {
    return List.of(
        counted.top(Schema.SPEAKERS_FACET, SearchRules.FACET_VALUES),
        counted.top(Schema.SOURCE_FACET, SearchRules.FACET_VALUES),
        counted.top(Schema.YEAR_FACET, SearchRules.YEAR_VALUES));
  }

  @Benchmark
  public Object luceneFacetsCollector() throws IOException {
    return new SortedSetDocValuesFacetCounts(
            inMemory.state(), searcher.search(articles, new FacetsCollectorManager()))
        .getTopChildren(10, Schema.SPEAKERS_FACET);
  }
}
