package org.newsindex.parse;

import java.time.Clock;
import org.newsindex.Article;

/** STUB: to be written. Turns the text of one article file into an {@link Article}. */
public final class ArticleParser {

  public ArticleParser(Clock clock, SpeakerExtractor speakers) {}

  public ArticleParser() {
    this(Clock.systemDefaultZone(), new SpeakerExtractor());
  }

  /** Parses one article; throws MalformedArticleException when it has no headline. */
  public Article parse(String id, String text) throws MalformedArticleException {
    throw new UnsupportedOperationException("stub");
  }
}
