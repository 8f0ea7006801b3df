package org.newsindex;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one indexing run did: the files it looked at, what became of each article (added, updated,
 * unchanged, removed), which files or lines it skipped and why, what it indexed with a warning,
 * and how fast it went.
 *
 * @param filesSeen    files found under the input folder (hidden files and backups aside)
 * @param filesIgnored files that are not article files (neither {@code .txt} nor {@code .jsonl})
 * @param added        articles new to the index
 * @param updated      articles whose input changed, re-parsed and replaced
 * @param unchanged    articles whose input had not changed since they were indexed, left alone
 * @param removed      indexed articles whose input is gone, deleted from the index
 * @param skipped      files and JSON Lines lines that could not be indexed, each with its reason
 * @param warnings     articles indexed despite a problem, such as a guessed encoding
 * @param bytesRead    bytes of article input read
 * @param elapsed      wall-clock time of the run, commits included
 */
public record IndexingReport(
    int filesSeen,
    int filesIgnored,
    int added,
    int updated,
    int unchanged,
    int removed,
    List<SkippedFile> skipped,
    List<Warning> warnings,
    long bytesRead,
    Duration elapsed) {

  /** Copies the lists, so a report never changes once made. */
  public IndexingReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** Articles written to the index in this run: added or updated. */
  public int articlesIndexed() {
    return added + updated;
  }

  /** Whether the run changed the index at all; a run that did not has nothing to commit. */
  public boolean changed() {
    return added + updated + removed > 0;
  }

  /**
   * Articles read per second of the run, indexed or found unchanged: both cost reading and
   * hashing their input, so this measures the run's throughput even when nothing changed.
   */
  public double articlesPerSecond() {
    return (added + updated + unchanged) / seconds();
  }

  /** Megabytes (10^6 bytes) of article input read per second of the run. */
  public double megabytesPerSecond() {
    return bytesRead / 1e6 / seconds();
  }

  private double seconds() {
    return Math.max(elapsed.toNanos(), 1) / 1e9;
  }

  /**
   * An article file, or one line of a JSON Lines file, that was not indexed.
   *
   * @param path   the file relative to the input folder, with {@code :line} for a JSON Lines line
   * @param reason why, in one line
   */
  public record SkippedFile(String path, String reason) {

    /** Rejects missing parts: a skipped file is always reported with where and why. */
    public SkippedFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * An article that was indexed, but not quite as written.
   *
   * @param path    the file relative to the input folder, with {@code :line} for a JSON Lines line
   * @param message what was off, in one line
   */
  public record Warning(String path, String message) {

    /** Rejects missing parts: a warning always says where and what. */
    public Warning {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }
}
