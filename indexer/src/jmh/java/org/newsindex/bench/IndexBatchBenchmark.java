package org.newsindex.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsindex.Article;
import org.newsindex.lucene.NewsIndexWriter;
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
 * Time to write a batch of {@value #BATCH} parsed articles into a fresh index with {@link
 * NewsIndexWriter#add} and make it durable with {@link NewsIndexWriter#commit}: analysis with
 * offsets, the quote documents of each article block, facets and doc values, then flushing one
 * segment and fsync. This is the indexer's cost once parsing is done.
 *
 * <p>Each call gets a new empty folder and writer (set up outside the measured time), so no call
 * pays for merging what an earlier one wrote.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class IndexBatchBenchmark {

  static final int BATCH = 500;

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private List<Article> batch;
  private ScratchFolder folder;
  private NewsIndexWriter writer;

  /** Parses the corpus once per run and keeps the first {@value #BATCH} articles. */
  @Setup(Level.Trial)
  public void parseBatch() {
    List<Article> articles = Corpus.articles(corpus);
    batch = articles.subList(0, Math.min(BATCH, articles.size()));
  }

  /** Opens a writer on a new empty folder. */
  @Setup(Level.Invocation)
  public void openIndex() throws IOException {
    folder = ScratchFolder.create();
    writer = NewsIndexWriter.open(folder.path());
  }

  /** Closes the writer and deletes its folder. */
  @TearDown(Level.Invocation)
  public void deleteIndex() throws IOException {
    try {
      writer.close();
    } finally {
      folder.close();
    }
  }

  /** Adds the batch and commits it. */
  @Benchmark
  public void addAndCommit() throws IOException {
    for (Article article : batch) {
      writer.add(article);
    }
    writer.commit();
  }
}
