package org.newsindex;

/**
 * A search stopped by its timeout: the question may be fine, but it costs more than one search may
 * take. An {@link InvalidQueryException}, since the answer is the same (ask something narrower),
 * told apart so that a server can count timeouts.
 */
public final class SearchTimeoutException extends InvalidQueryException {

  /** Creates the exception with a message that says how long the search ran. */
  public SearchTimeoutException(String message) {
    super(message);
  }
}
