package org.newsindex.server;

import java.util.List;
import org.newsindex.QuoteSearchResult;

/** The body of {@code GET /api/quotes}: a {@link QuoteSearchResult} under the API's names. */
public record QuotesResponse(long total, long tookMs, List<QuoteSearchResult.Hit> hits) {

  public QuotesResponse {
    hits = List.copyOf(hits);
  }

  /** The answer for one page of quotes. */
  public static QuotesResponse of(QuoteSearchResult result) {
    return new QuotesResponse(result.total(), result.tookMillis(), result.hits());
  }
}
