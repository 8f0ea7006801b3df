package org.newsindex;

import java.util.Objects;

/**
 * What to search for and which page of the ranked results to return.
 *
 * <p>The query syntax: words must all match (stemmed, case-insensitive); {@code "a phrase"} matches
 * those words in that order within one paragraph or the headline; {@code -word} excludes; {@code OR}
 * (or {@code |}) between terms widens; parentheses group. Malformed syntax is read leniently.
 *
 * @param query the user's query text, not blank and at most {@link #MAX_QUERY_LENGTH} characters
 * @param from  how many ranked hits to skip, at least 0
 * @param size  how many hits to return, 1 to {@link #MAX_SIZE}
 */
public record SearchRequest(String query, int from, int size) {

  /** The most hits one page may hold. */
  public static final int MAX_SIZE = 100;

  /** How deep {@code from + size} may reach; deeper pages cost more than they are worth. */
  public static final int MAX_WINDOW = 10_000;

  /** The longest query accepted; longer text is a paste accident, not a question. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** The page size when none is given. */
  public static final int DEFAULT_SIZE = 10;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new InvalidQueryException("query must not be empty");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidQueryException(
          "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
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

  /** The first page of results for a query, {@link #DEFAULT_SIZE} hits long. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 0, DEFAULT_SIZE);
  }
}
