package org.newsindex.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsindex.Article;
import org.newsindex.parse.SpeakerExtractor;
import org.newsindex.parse.Speech;
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
 * Articles per second through {@link SpeakerExtractor#extract}: tokenising every paragraph,
 * learning the names, attributing speech and finding the quotations. It is the rule-based part of
 * parsing and promises to be linear in the article's length; comparing this rate with {@link
 * ParseBenchmark}'s shows how much of parsing it is.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class SpeakerExtractionBenchmark {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private final SpeakerExtractor extractor = new SpeakerExtractor();
  private List<List<String>> articles;
  private int next;

  /** Parses the corpus once per run, keeping each article's paragraphs. */
  @Setup
  public void readCorpus() {
    articles = Corpus.articles(corpus).stream().map(Article::paragraphs).toList();
  }

  /** Extracts the speakers and quotes of one article. */
  @Benchmark
  public Speech extract() {
    List<String> paragraphs = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    return extractor.extract(paragraphs);
  }
}
