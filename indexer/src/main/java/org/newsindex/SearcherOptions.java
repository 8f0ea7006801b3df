package org.newsindex;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link NewsSearcher} runs, over a local index or an OpenSearch one.
 *
 * @param timeout         how long one search may run before it is stopped with an {@link
 *                        InvalidQueryException}; also how long it may wait for its turn while
 *                        as many searches run as there are cores, before it fails with a {@link
 *                        SearcherBusyException}
 * @param resultCacheSize how many recent search results to keep and serve again until the index
 *                        changes; 0 turns the cache off (for measuring the search itself)
 */
public record SearcherOptions(Duration timeout, int resultCacheSize) {

  /** How many results the cache keeps unless told otherwise. */
  public static final int DEFAULT_RESULT_CACHE_SIZE = 1_000;

  /** Two-second searches and a cache of the last 1,000 results. */
  public static final SearcherOptions DEFAULTS =
      new SearcherOptions(Limits.DEFAULT_TIMEOUT, DEFAULT_RESULT_CACHE_SIZE);

  public SearcherOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    if (resultCacheSize < 0) {
      throw new IllegalArgumentException(
          "resultCacheSize must not be negative, was " + resultCacheSize);
    }
  }

  /** These options with another timeout. */
  public SearcherOptions withTimeout(Duration timeout) {
    return new SearcherOptions(timeout, resultCacheSize);
  }

  /** These options with another cache size. */
  public SearcherOptions withResultCacheSize(int resultCacheSize) {
    return new SearcherOptions(timeout, resultCacheSize);
  }
}
