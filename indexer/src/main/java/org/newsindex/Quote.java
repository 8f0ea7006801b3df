package org.newsindex;

import java.util.Objects;

/**
 * One direct quotation in an article, with the person who said it.
 *
 * @param text      the words inside the quotation marks, as written; a quotation running over
 *                  several paragraphs is one quote, its paragraphs joined by a space
 * @param speaker   the canonical name of the named person who said it (as in {@link
 *                  Article#speakers()}), or {@code null} when the speaker is anonymous, a group, an
 *                  organisation, or cannot be told
 * @param paragraph the index in {@link Article#paragraphs()} of the paragraph the quote starts in
 */
public record Quote(String text, String speaker, int paragraph) {

  public Quote {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("quote text must not be blank");
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph must not be negative, was " + paragraph);
    }
  }
}
