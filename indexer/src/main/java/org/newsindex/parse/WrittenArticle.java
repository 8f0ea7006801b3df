package org.newsindex.parse;

import java.util.List;
import java.util.Objects;

/**
 * An article as its input wrote it, before its date is read and its speakers are found: what a
 * structured source (a JSON Lines feed) hands over, and what {@link ArticleParser#complete} turns
 * into an {@link org.newsindex.Article}. Splitting the two lets the indexer learn an article's id
 * cheaply and skip the costly half for articles that have not changed.
 *
 * @param id         the article's id, not blank
 * @param headline   the headline, not blank
 * @param dateText   the date as written, else {@code null}
 * @param source     the publication, else {@code null}
 * @param paragraphs the body, one entry per paragraph
 */
public record WrittenArticle(
    String id, String headline, String dateText, String source, List<String> paragraphs) {

  /** Rejects a blank id or headline, which no article may have, and copies the paragraphs. */
  public WrittenArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    if (id.isBlank() || headline.isBlank()) {
      throw new IllegalArgumentException("an article needs an id and a headline");
    }
    paragraphs = List.copyOf(paragraphs);
  }
}
