package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void theStandardScheduleDoublesUpToSixteenSecondsAndWaitsUnderAMinuteInAll() {
    Backoff backoff = Backoff.STANDARD;

    List<Duration> delays = new ArrayList<>();
    for (int attempt = 1; attempt < backoff.attempts(); attempt++) {
      delays.add(backoff.delayAfter(attempt));
    }

    assertThat(delays).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(16), Duration.ofSeconds(16));
    assertThat(backoff.longestTotal()).isEqualTo(Duration.ofMillis(47_500));
  }

  @Test
  void eachWaitIsBetweenHalfAndAllOfItsDelayAndTheyDiffer() throws IOException {
    List<Duration> waits = new ArrayList<>();
    Backoff backoff = Backoff.STANDARD.sleepingWith(waits::add);

    for (int n = 0; n < 200; n++) {
      backoff.pauseAfter(3);
    }

    assertThat(waits).allSatisfy(
        wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2)));
    assertThat(waits.stream().distinct().count()).as("jittered").isGreaterThan(100);
  }

  @Test
  void firstContactGivesUpWithinTwoSeconds() {
    assertThat(Backoff.FIRST_CONTACT.attempts()).isEqualTo(3);
    assertThat(Backoff.FIRST_CONTACT.longestTotal()).isEqualTo(Duration.ofMillis(1_500));
  }
}
