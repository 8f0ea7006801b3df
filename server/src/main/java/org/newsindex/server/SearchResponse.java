package org.newsindex.server;

import java.util.List;
import org.newsindex.SearchResult;

/**
 * The body of {@code GET /api/search}: a {@link SearchResult} under the names the HTTP API promises
 * ({@code took_ms}, not the library's {@code tookMillis}).
 */
public record SearchResponse(
    String query,
    long total,
    long tookMs,
    List<SearchResult.Hit> hits,
    SearchResult.Facets facets,
    String next,
    SearchResult.Suggestion didYouMean) {

  public SearchResponse {
    hits = List.copyOf(hits);
  }

  /** The answer for one page of results. */
  public static SearchResponse of(SearchResult result) {
    return new SearchResponse(
        result.query(),
        result.total(),
        result.tookMillis(),
        result.hits(),
        result.facets(),
        result.next(),
        result.didYouMean());
  }
}
