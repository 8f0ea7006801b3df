package org.newsindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One news article as parsed from its file and as stored in the index.
 *
 * <p>Text is kept exactly as written (curly quotes, non-breaking spaces, currency signs): analysis
 * normalises it for search, but snippets and the article view show the original.
 *
 * @param id        path of the article file relative to the input folder, without {@code .txt}, with
 *                  {@code /} separators (for example {@code business/001})
 * @param headline  the headline, never blank
 * @param date      the publication date when the date text allows one, else {@code null}
 * @param dateText  the date as written in the article, else {@code null}
 * @param source    the publication named by the article (for example {@code FT}), else {@code null}
 * @param paragraphs the body, one entry per paragraph, without headline, date or source lines
 * @param speakers  named people the article quotes or reports as speaking, once each, by the fullest
 *                  form of their name, in order of first attribution
 * @param quotes    the direct quotations, in order of appearance, each with its speaker
 */
public record Article(
    String id,
    String headline,
    LocalDate date,
    String dateText,
    String source,
    List<String> paragraphs,
    List<String> speakers,
    List<Quote> quotes) {

  /**
   * The longest id, source or speaker name an article may have, in characters: each is indexed
   * whole, as one term (Lucene's terms hold at most 32,766 bytes) and as a facet value (a facet's
   * path holds at most 8,191 characters).
   */
  public static final int MAX_NAME_LENGTH = 1_000;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(headline, "headline");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (headline.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no headline");
    }
    paragraphs = List.copyOf(paragraphs);
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
    checkLength("id", id);
    checkLength("source", source);
    for (String speaker : speakers) {
      checkLength("speaker", speaker);
    }
    for (Quote quote : quotes) {
      if (quote.paragraph() >= paragraphs.size()) {
        throw new IllegalArgumentException(
            "quote starts in paragraph " + quote.paragraph() + " of an article with "
                + paragraphs.size());
      }
      checkLength("speaker", quote.speaker());
    }
  }

  /** Refuses a name longer than {@link #MAX_NAME_LENGTH}; {@code null} is no name. */
  private static void checkLength(String what, String name) {
    if (name != null && name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the article's %s is %,d characters long; the limit is %,d",
          what, name.length(), MAX_NAME_LENGTH));
    }
  }

  /** An article whose quotations are not known, for sources that list only who spoke. */
  public Article(
      String id,
      String headline,
      LocalDate date,
      String dateText,
      String source,
      List<String> paragraphs,
      List<String> speakers) {
    this(id, headline, date, dateText, source, paragraphs, speakers, List.of());
  }
}
