package org.newsindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.newsindex.ingest.FolderIndexer;

/**
 * The live line a long indexing run shows on a terminal: files seen, articles written, MB/s and,
 * once the input's size is known, the time left. It is rewritten in place at most five times a
 * second and cleared when the run ends, so that the summary follows on a clean line.
 */
final class ProgressLine implements FolderIndexer.Progress, AutoCloseable {

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter terminal;
  private final LongSupplier nanoClock;
  private final CompletableFuture<Long> inputBytes;
  private final long started;
  private long lastDrawn;
  private int drawnLength;

  /**
   * @param terminal   where the line is drawn
   * @param nanoClock  the time, as {@link System#nanoTime()}
   * @param inputBytes the size of the article input, when measured; until then no time left shows
   */
  ProgressLine(PrintWriter terminal, LongSupplier nanoClock, CompletableFuture<Long> inputBytes) {
    this.terminal = terminal;
    this.nanoClock = nanoClock;
    this.inputBytes = inputBytes;
    this.started = nanoClock.getAsLong();
    this.lastDrawn = started;
  }

  @Override
  public void update(int filesSeen, int articlesWritten, long bytesRead) {
    long now = nanoClock.getAsLong();
    if (now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    Long total = inputBytes.getNow(null);
    draw(describe(filesSeen, articlesWritten, bytesRead, (now - started) / 1e9, total));
  }

  /** Clears the line. */
  @Override
  public void close() {
    if (drawnLength > 0) {
      terminal.print("\r" + " ".repeat(drawnLength) + "\r");
      terminal.flush();
      drawnLength = 0;
    }
  }

  /**
   * The line for a run this far: {@code 1,200 files, 1,150 articles written, 3.4 MB/s, 0:42 left}.
   *
   * @param totalBytes the article input's size, or {@code null} while it is not known
   */
  static String describe(
      int filesSeen, int articlesWritten, long bytesRead, double seconds, Long totalBytes) {
    double bytesPerSecond = seconds > 0 ? bytesRead / seconds : 0;
    String line =
        String.format(
            Locale.ROOT,
            "%,d files, %,d articles written, %.1f MB/s",
            filesSeen,
            articlesWritten,
            bytesPerSecond / 1e6);
    if (totalBytes != null && bytesPerSecond > 0 && totalBytes >= bytesRead) {
      long left = Math.round((totalBytes - bytesRead) / bytesPerSecond);
      line += String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60);
    }
    return line;
  }

  private void draw(String line) {
    // Spaces wipe what a longer line before left behind.
    String padding = " ".repeat(Math.max(0, drawnLength - line.length()));
    terminal.print("\r" + line + padding);
    terminal.flush();
    drawnLength = line.length();
  }
}
