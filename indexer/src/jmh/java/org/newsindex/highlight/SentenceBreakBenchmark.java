package org.newsindex.highlight;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.newsindex.bench.Paragraphs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Paragraphs per second split into sentences, by {@link SentenceBreakIterator} and, to compare, by
 * the JDK's rule-based iterator it replaced in snippet choosing. Each call splits the next
 * paragraph of the corpus and walks every boundary.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class SentenceBreakBenchmark {

  private final BreakIterator ours = new SentenceBreakIterator();
  private final BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
  /** Splits the next paragraph with {@link SentenceBreakIterator}. */
  @Benchmark
  public int newsindex(Paragraphs paragraphs) {
    return boundaries(ours, paragraphs.next());
  }

  /** Splits the next paragraph with the JDK's sentence iterator. */
  @Benchmark
  public int jdk(Paragraphs paragraphs) {
    return boundaries(jdk, paragraphs.next());
  }

  private static int boundaries(BreakIterator sentences, String paragraph) {
    sentences.setText(paragraph);
    int count = 0;
    for (int end = sentences.first(); end != BreakIterator.DONE; end = sentences.next()) {
      count++;
    }
    return count;
  }
}
