package org.newsindex.parse;

/**
 * The text of a file is not an article newsindex can index (for example, it has no headline). The
 * message says why, in one line, for the indexer's report of skipped files.
 */
public final class MalformedArticleException extends Exception {

  /** Creates the exception with a one-line reason. */
  public MalformedArticleException(String reason) {
    super(reason);
  }
}
