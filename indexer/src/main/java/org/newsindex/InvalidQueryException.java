package org.newsindex;

/**
 * A search request that cannot be answered as asked: bad paging values, an empty or overlong query,
 * or a query that expands to too many clauses. The message is written for the person who asked.
 */
public class InvalidQueryException extends IllegalArgumentException {

  /** Creates the exception with a message that says what is wrong with the request. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
