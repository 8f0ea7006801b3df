package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks on the folder of a local index made before Lucene opens it: Lucene's {@code FSDirectory}
 * creates a missing folder, and fails on a file with an exception that names neither.
 */
final class IndexFolder {

  private IndexFolder() {}

  /** Fails with a message that says so when the path is a file rather than a folder. */
  static void requireNotAFile(Path folder) throws IOException {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(folder + " is a file, not an index folder");
    }
  }

  /** Fails with a message that says so when there is no folder to read an index from. */
  static void requireFolder(Path folder) throws IOException {
    requireNotAFile(folder);
    if (!Files.isDirectory(folder)) {
      throw noIndex(folder);
    }
  }

  /** The error for a folder that holds no index, or none at all. */
  static IOException noIndex(Path folder) {
    return new IOException("no index at " + folder + ": run the indexer first");
  }
}
