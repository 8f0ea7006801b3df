package org.newsindex.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.newsindex.bench.Paragraphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Paragraphs per second split into words where they stand, by {@link StandardWords}, which turns a
 * hit's match positions into characters, and, to compare, by the {@link StandardTokenizer} whose
 * words it reproduces. Each call splits the next paragraph of the corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class StandardWordsBenchmark {

  private final StandardWords words = new StandardWords();
  private final StandardTokenizer tokenizer = new StandardTokenizer();

  /** Splits the next paragraph with {@link StandardWords}: the sum of the words' ends. */
  @Benchmark
  public int newsindex(Paragraphs paragraphs) throws IOException {
    words.reset(paragraphs.next());
    int sum = 0;
    while (words.next()) {
      sum += words.end();
    }
    return sum;
  }

  /** Splits the next paragraph with Lucene's tokenizer: the number of words. */
  @Benchmark
  public int tokenizer(Paragraphs paragraphs) throws IOException {
    tokenizer.setReader(new StringReader(paragraphs.next()));
    tokenizer.reset();
    int count = 0;
    while (tokenizer.incrementToken()) {
      count++;
    }
    tokenizer.end();
    tokenizer.close();
    return count;
  }
}
