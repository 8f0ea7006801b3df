package org.newsindex;

import java.io.IOException;
import java.nio.file.Path;

/** Another writer holds the index's write lock; two indexers must never write one index at once. */
public final class IndexInUseException extends IOException {

  /** Creates the exception for the index folder that is locked. */
  public IndexInUseException(Path indexDir, Throwable cause) {
    super("index " + indexDir + " is in use by another indexer", cause);
  }
}
