package org.newsindex.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.newsindex.QuoteSearchResult;
import org.newsindex.SearchResult;

/**
 * The JSON of the API's records, in one place, for the HTTP server and the command line's {@code
 * --json}: the records as they are, their names in snake_case ({@code headline_html}, {@code
 * did_you_mean}), dates as ISO {@code yyyy-MM-dd}, and one rename, a result's {@code tookMillis}
 * as {@code took_ms}. The server adds only the envelopes the library has no record for (an article
 * with its highlights, related articles, speakers, health, errors).
 */
public final class ApiJson {

  private ApiJson() {}

  /** The mapper that writes every answer, and reads them back in tests. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .addMixIn(SearchResult.class, TookMs.class)
        .addMixIn(QuoteSearchResult.class, TookMs.class);
  }

  /** A result's time under the API's name. */
  private abstract static class TookMs {
    @JsonProperty("took_ms")
    abstract long tookMillis();
  }
}
