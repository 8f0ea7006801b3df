package org.newsindex.search;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsindex.Article;
import org.newsindex.bench.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Articles per second through {@link StorySketch}: the shingles, numbers and MinHash bands every
 * article gets as it is written, and the exact comparison of two sketches that decides a story.
 * Sketching runs on the writing threads beside parsing, so its cost is a share of indexing time.
 *
 * <p>Each call sketches the next article of the corpus, or compares it with the one before.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class StorySketchBenchmark {

  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private List<Article> articles;
  private StorySketch[] sketches;
  private int next;

  @Setup
  public void load() {
    articles = Corpus.articles(corpus);
    sketches = new StorySketch[articles.size()];
    for (int i = 0; i < sketches.length; i++) {
      Article article = articles.get(i);
      sketches[i] = StorySketch.of(article.headline(), article.paragraphs());
    }
  }

  /** Sketches one article. */
  @Benchmark
  public StorySketch sketch() {
    Article article = articles.get(next++ % articles.size());
    return StorySketch.of(article.headline(), article.paragraphs());
  }

  /** Compares one article with the one before it, as a writer checks a candidate. */
  @Benchmark
  public boolean compare() {
    int i = next++ % sketches.length;
    return sketches[i].sameStory(sketches[(i + 1) % sketches.length]);
  }
}
