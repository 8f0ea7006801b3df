package org.newsindex;

import java.time.Duration;

/**
 * The bounds every search request keeps, in one place: they protect a server from requests that
 * would cost far more than they are worth, and their messages tell the user what to change.
 */
public final class Limits {

  /** The most hits one page may hold. */
  public static final int MAX_SIZE = 100;

  /** How deep {@code from + size} may reach; deeper pages cost more than they are worth. */
  public static final int MAX_WINDOW = 10_000;

  /** The longest query accepted; longer text is a paste accident, not a question. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** The page size when a request names none. */
  public static final int DEFAULT_SIZE = 10;

  /**
   * The most clauses a parsed query may hold. A word counts once for each field it searches (twice
   * for articles: headline and body), so a query may hold some 250 words.
   */
  public static final int MAX_CLAUSES = 512;

  /** How long, in milliseconds, one search may run before it is stopped, by default. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 2_000;

  /** {@link #DEFAULT_TIMEOUT_MILLIS} as a duration. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(DEFAULT_TIMEOUT_MILLIS);

  private Limits() {}

  /** Checks query text that must be present. */
  public static void checkQuery(String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException("query must not be empty");
    }
    checkQueryLength(query);
  }

  /** Checks query text that may be absent. */
  static void checkQueryLength(String query) {
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
  }

  /** The error for a search stopped by its timeout. */
  public static SearchTimeoutException tooSlow(Duration timeout) {
    return new SearchTimeoutException(
        "query ran longer than " + timeout.toMillis() + " ms and was stopped; make it narrower");
  }

  /** Checks a page of results: its size, its offset, and how deep it reaches. */
  public static void checkPage(int from, int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if (from < 0) {
      throw new InvalidQueryException("from must not be negative, was " + from);
    }
    if ((long) from + size > MAX_WINDOW) {
      throw new InvalidQueryException(
          "from + size must not exceed " + MAX_WINDOW + ", was " + ((long) from + size));
    }
  }
}
