package org.newsindex;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Paragraphs per second split into sentences, by {@link SentenceBreakIterator} and, to compare, by
 * the JDK's rule-based iterator it replaced in snippet choosing. Each call splits the next
 * paragraph of the corpus and walks every boundary.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class SentenceBreakBenchmark {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private final BreakIterator ours = new SentenceBreakIterator();
  private final BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
  private List<String> paragraphs;
  private int next;

  /** Reads the corpus's paragraphs once per run. */
  @Setup
  public void readCorpus() {
    paragraphs = Corpus.paragraphs(corpus);
  }

  /** Splits the next paragraph with {@link SentenceBreakIterator}. */
  @Benchmark
  public int newsindex() {
    return boundaries(ours);
  }

  /** Splits the next paragraph with the JDK's sentence iterator. */
  @Benchmark
  public int jdk() {
    return boundaries(jdk);
  }

  private int boundaries(BreakIterator sentences) {
    String paragraph = paragraphs.get(next);
    next = next + 1 == paragraphs.size() ? 0 : next + 1;
    sentences.setText(paragraph);
    int count = 0;
    for (int end = sentences.first(); end != BreakIterator.DONE; end = sentences.next()) {
      count++;
    }
    return count;
  }
}
