package org.newsindex.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsindex.Article;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.MalformedArticleException;
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
 * Articles parsed per second by {@link ArticleParser#parse}: the whole text of one file to an
 * {@link org.newsindex.Article}, date, source, speakers and quotes included. Parsing runs on every
 * file the indexer reads, so this rate bounds how fast a folder can be indexed on one core.
 *
 * <p>Each call parses the next text of the corpus, so the rate is an average over its mix of short
 * and long articles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class ParseBenchmark {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private final ArticleParser parser = new ArticleParser();
  private List<Corpus.Text> texts;
  private int next;

  /** Reads the corpus once per run. */
  @Setup
  public void readCorpus() {
    texts = Corpus.texts(corpus);
  }

  /** Parses one article. */
  @Benchmark
  public Article parse() throws MalformedArticleException {
    Corpus.Text text = texts.get(next);
    next = next + 1 == texts.size() ? 0 : next + 1;
    return parser.parse(text.id(), text.text());
  }
}
