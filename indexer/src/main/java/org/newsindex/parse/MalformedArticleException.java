package org.newsindex.parse;

import java.util.Optional;

/**
 * The text of a file is not an article newsindex can index (for example, it has no headline). The
 * message says why, in one line, for the indexer's report of skipped files.
 */
public final class MalformedArticleException extends Exception {

  private final String articleId;

  /** Creates the exception with a one-line reason. */
  public MalformedArticleException(String reason) {
    this(reason, null);
  }

  /**
   * Creates the exception with a one-line reason for input that did name its article, so that the
   * indexer can keep that article's previous version instead of treating it as gone.
   */
  public MalformedArticleException(String reason, String articleId) {
    super(reason);
    this.articleId = articleId;
  }

  /** The id the bad input gave, when it gave one. */
  public Optional<String> articleId() {
    return Optional.ofNullable(articleId);
  }
}
