package org.newsindex;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 * Paragraphs per second through the analysis that indexes a text field: each word as written and,
 * marked, its stem ({@link WordForms}, {@link WordStemmer}). It was a third of indexing time when
 * every token went through a chain of stemming filters; the stemmer now remembers its words.
 *
 * <p>Each call analyses the next paragraph of the corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class AnalysisBenchmark {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private final Analyzer analyzer = Schema.indexAnalyzer();
  private List<String> paragraphs;
  private int next;

  /** Reads the corpus's paragraphs once per run. */
  @Setup
  public void readCorpus() {
    paragraphs = Corpus.paragraphs(corpus);
  }

  /** Analyses one paragraph; returns how many tokens it made. */
  @Benchmark
  public int analyse() throws IOException {
    String paragraph = paragraphs.get(next);
    next = next + 1 == paragraphs.size() ? 0 : next + 1;
    int tokens = 0;
    try (TokenStream stream = analyzer.tokenStream(Schema.PARAGRAPHS, paragraph)) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }
}
