package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LuceneNoticesTest {

  @Test
  void theVectorNoticeIsQuietButErrorsStillShow() {
    LuceneNotices.quietVectorNotice();

    // The logger Lucene's notice goes to, by the class that logs it.
    Logger provider =
        Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
    assertThat(provider.isLoggable(Level.WARNING)).isFalse();
    assertThat(provider.isLoggable(Level.SEVERE)).isTrue();
    assertThat(Logger.getLogger("org.apache.lucene.index").isLoggable(Level.WARNING)).isTrue();
  }
}
