package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearcherOptionsTest {

  @Test
  void aTimeoutMustBePositive() {
    assertThatThrownBy(() -> SearcherOptions.DEFAULTS.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> SearcherOptions.DEFAULTS.withTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SearcherOptions.DEFAULTS.withTimeout(Duration.ofMillis(1)).timeout())
        .isEqualTo(Duration.ofMillis(1));
  }
}
