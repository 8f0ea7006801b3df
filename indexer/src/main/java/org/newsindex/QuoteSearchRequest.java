package org.newsindex;

/**
 * A search over quotations: what was said, by whom, or both.
 *
 * <p>The query syntax is that of {@link SearchRequest}, applied to the words of each quote.
 *
 * @param query   words or phrases the quote must contain, or {@code null} for any quote of the
 *                speaker; at most 1,000 characters
 * @param speaker the name of the person who said it as listed, case and accents ignored, or
 *                {@code null} for anybody
 * @param from    how many hits to skip, at least 0
 * @param size    how many hits to return, 1 to 100; {@code from + size} at most 10,000
 * @param collapse whether the same quote in copies of one story is one hit, which names the other
 *                articles in {@link QuoteSearchResult.Hit#alsoIn()}, or one hit per article
 * @throws InvalidQueryException when neither query nor speaker is given, or a value is out of bounds
 */
public record QuoteSearchRequest(
    String query, String speaker, int from, int size, boolean collapse) {

  public QuoteSearchRequest {
    query = blankToNull(query);
    speaker = blankToNull(speaker);
    if (query == null && speaker == null) {
      throw new InvalidQueryException("give a query, a speaker, or both");
    }
    Limits.checkQueryLength(query);
    Limits.checkPage(from, size);
  }

  /** A request whose copies of one quote collapse into one hit. */
  public QuoteSearchRequest(String query, String speaker, int from, int size) {
    this(query, speaker, from, size, true);
  }

  /** The first ten quotes for a query and speaker, either of which may be {@code null}. */
  public static QuoteSearchRequest of(String query, String speaker) {
    return new QuoteSearchRequest(query, speaker, 0, Limits.DEFAULT_SIZE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
