package org.newsindex.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets what Lucene tells every {@code java -jar} run through {@code java.util.logging}, in that
 * logger's own two-line format on standard error: that its vector code is off because the JVM
 * was started without {@code --add-modules jdk.incubator.vector}. The notice is for vector search,
 * which newsindex does not use; the project's run command adds the module, and the rest of its
 * effect, on decoding postings, is within a few per cent (PERFORMANCE.md). A command line's own
 * output should not open with it.
 */
public final class LuceneNotices {

  // Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  private static final Logger VECTORIZATION =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  private LuceneNotices() {}

  /** Call before Lucene's first search or index: later, the notice has been printed. */
  public static void quietVectorNotice() {
    VECTORIZATION.setLevel(Level.SEVERE);
  }
}
