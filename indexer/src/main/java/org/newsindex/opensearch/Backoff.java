package org.newsindex.opensearch;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before trying a request again: exponential backoff with jitter, for a bounded
 * number of attempts. The delay doubles from {@code first} up to {@code max}; each wait is drawn
 * between half and all of it, so writers that were refused together do not come back together.
 *
 * @param attempts how many times a request is tried in all, the first try included
 * @param first    the delay before the second attempt (before jitter)
 * @param max      the longest delay (before jitter)
 * @param sleeper  how to wait; tests pass one that does not
 */
record Backoff(int attempts, Duration first, Duration max, Sleeper sleeper) {

  /** Waits; {@link Thread#sleep(Duration)} outside tests. */
  @FunctionalInterface
  interface Sleeper {

    /** Waits this long. */
    void sleep(Duration delay) throws InterruptedException;
  }

  /**
   * For a busy or restarting cluster: 8 attempts over at most 47 s (0.5, 1, 2, 4, 8, 16, 16 s),
   * long enough for a node to restart or a write queue to drain.
   */
  static final Backoff STANDARD =
      new Backoff(8, Duration.ofMillis(500), Duration.ofSeconds(16), Thread::sleep);

  /**
   * For the first contact with a cluster: 3 attempts over at most 1.5 s. Nothing has been written
   * yet and a wrong URL is the likely cause, so the user hears about it at once.
   */
  static final Backoff FIRST_CONTACT =
      new Backoff(3, Duration.ofMillis(500), Duration.ofSeconds(1), Thread::sleep);

  Backoff {
    if (attempts < 1 || first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "need an attempt and 0 <= first <= max, was " + attempts + ", " + first + ", " + max);
    }
  }

  /** The same schedule, waiting with another sleeper. */
  Backoff sleepingWith(Sleeper other) {
    return new Backoff(attempts, first, max, other);
  }

  /** The delay before attempt {@code attempt + 1}, before jitter; attempts count from 1. */
  Duration delayAfter(int attempt) {
    Duration delay = first;
    for (int n = 1; n < attempt && delay.compareTo(max) < 0; n++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) < 0 ? delay : max;
  }

  /** The longest the whole schedule can wait, for messages. */
  Duration longestTotal() {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < attempts; attempt++) {
      total = total.plus(delayAfter(attempt));
    }
    return total;
  }

  /** Waits after failed attempt {@code attempt}: between half and all of its delay. */
  void pauseAfter(int attempt) throws InterruptedIOException {
    long nanos = delayAfter(attempt).toNanos();
    long jittered = nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1);
    try {
      sleeper.sleep(Duration.ofNanos(jittered));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry an OpenSearch request");
    }
  }
}
