package org.newsindex;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one indexing run did: how many files it looked at, how many articles it indexed, which
 * files it skipped and why, and how fast it went.
 *
 * @param filesSeen       regular files found under the input folder (hidden files aside)
 * @param articlesIndexed articles added or replaced in the index
 * @param skipped         article files that could not be indexed, each with its reason
 * @param bytesRead       bytes of article files read
 * @param elapsed         wall-clock time of the run, commit included
 */
public record IndexingReport(
    int filesSeen, int articlesIndexed, List<SkippedFile> skipped, long bytesRead, Duration elapsed) {

  public IndexingReport {
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Files that are not articles (not {@code .txt}) and were passed over. */
  public int filesIgnored() {
    return filesSeen - articlesIndexed - skipped.size();
  }

  /** Articles indexed per second of the run. */
  public double articlesPerSecond() {
    return articlesIndexed / seconds();
  }

  /** Megabytes (10^6 bytes) of article files read per second of the run. */
  public double megabytesPerSecond() {
    return bytesRead / 1e6 / seconds();
  }

  private double seconds() {
    return Math.max(elapsed.toNanos(), 1) / 1e9;
  }

  /**
   * An article file that was not indexed.
   *
   * @param path   the file, relative to the input folder
   * @param reason why, in one line
   */
  public record SkippedFile(String path, String reason) {

    public SkippedFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
