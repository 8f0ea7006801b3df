package org.newsindex.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.newsindex.bench.Paragraphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
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

  private final Analyzer analyzer = Schema.indexAnalyzer();

  /** Analyses one paragraph; returns how many tokens it made. */
  @Benchmark
  public int analyse(Paragraphs paragraphs) throws IOException {
    int tokens = 0;
    try (TokenStream stream = analyzer.tokenStream(Schema.PARAGRAPHS, paragraphs.next())) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }
}
