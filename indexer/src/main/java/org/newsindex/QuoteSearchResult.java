package org.newsindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One page of quotations for a {@link QuoteSearchRequest}, best first (most recent first when no
 * words were asked for).
 *
 * @param total      how many quotes match in all
 * @param tookMillis time spent searching and highlighting, in milliseconds
 * @param hits       the requested page of quotes
 */
public record QuoteSearchResult(long total, long tookMillis, List<Hit> hits) {

  public QuoteSearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One quotation with the article it comes from.
   *
   * @param articleId the id of the article that holds the quote
   * @param headline  that article's headline
   * @param date      that article's date, or {@code null} when unknown
   * @param speaker   who said it, or {@code null} when not a named person
   * @param text      the words of the quote as plain text
   * @param textHtml  the same words as HTML: escaped, with the query's matches in {@code <mark>}
   * @param alsoIn    the ids of the other articles, copies of the same story, that hold this quote;
   *                  with collapsing on, this hit stands for them
   */
  public record Hit(
      String articleId,
      String headline,
      LocalDate date,
      String speaker,
      String text,
      String textHtml,
      List<String> alsoIn) {

    public Hit {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(textHtml, "textHtml");
      alsoIn = List.copyOf(alsoIn);
    }
  }
}
