package org.newsindex;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article like another one.
 *
 * @param id       its id
 * @param headline its headline
 * @param date     its date, or {@code null} when unknown
 * @param score    how alike the two are; comparable only within one list
 */
public record RelatedArticle(String id, String headline, LocalDate date, float score) {

  public RelatedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
  }
}
