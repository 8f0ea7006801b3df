package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private static final long SECOND = 1_000_000_000L;

  private final StringWriter terminal = new StringWriter();
  private long now = 0;

  @Test
  void saysFilesArticlesRateAndTheTimeLeftOnceTheSizeIsKnown() {
    assertThat(ProgressLine.describe(1_200, 1_150, 34_000_000, 10, null))
        .isEqualTo("1,200 files, 1,150 articles written, 3.4 MB/s");
    // 66 MB left at 3.4 MB/s: 19.4 s.
    assertThat(ProgressLine.describe(1_200, 1_150, 34_000_000, 10, 100_000_000L))
        .isEqualTo("1,200 files, 1,150 articles written, 3.4 MB/s, 0:19 left");
    assertThat(ProgressLine.describe(0, 0, 0, 0, 100_000_000L))
        .isEqualTo("0 files, 0 articles written, 0.0 MB/s");
  }

  @Test
  void redrawsInPlaceAtMostFiveTimesASecondAndClearsItselfAtTheEnd() {
    ProgressLine line = new ProgressLine(new PrintWriter(terminal), () -> now, unknownSize());
    now = SECOND / 10;
    line.update(1, 1, 1_000);
    assertThat(terminal.toString()).as("too soon after the start").isEmpty();

    now = SECOND;
    line.update(10, 9, 2_000_000);
    now = SECOND + SECOND / 10;
    line.update(11, 10, 2_100_000);
    assertThat(terminal.toString()).isEqualTo("\r10 files, 9 articles written, 2.0 MB/s");

    now = 2 * SECOND;
    line.update(1_000, 999, 4_000_000);
    String drawn = terminal.toString();
    assertThat(drawn).endsWith("\r1,000 files, 999 articles written, 2.0 MB/s");

    line.close();
    String last = "1,000 files, 999 articles written, 2.0 MB/s";
    assertThat(terminal.toString()).isEqualTo(drawn + "\r" + " ".repeat(last.length()) + "\r");
  }

  @Test
  void aShorterLineWipesTheRestOfTheLongerOneBefore() {
    CompletableFuture<Long> size = new CompletableFuture<>();
    ProgressLine line = new ProgressLine(new PrintWriter(terminal), () -> now, size);
    now = SECOND;
    size.complete(10_000_000L);
    line.update(10, 10, 1_000_000);
    String first = "10 files, 10 articles written, 1.0 MB/s, 0:09 left";
    assertThat(terminal.toString()).isEqualTo("\r" + first);
    now = 20 * SECOND;
    line.update(11, 11, 20_000_000);
    // Past the measured size (files grew meanwhile): no time left is claimed.
    String second = "11 files, 11 articles written, 1.0 MB/s";
    assertThat(terminal.toString())
        .isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()));
  }

  @Test
  void aLineNeverDrawnLeavesNothingToClear() {
    new ProgressLine(new PrintWriter(terminal), () -> now, unknownSize()).close();
    assertThat(terminal.toString()).isEmpty();
  }

  private static CompletableFuture<Long> unknownSize() {
    return new CompletableFuture<>();
  }
}
