package org.newsindex.opensearch;

import java.io.IOException;
import java.time.Duration;
import org.newsindex.InvalidQueryException;
import org.newsindex.Limits;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * The time one search may take in OpenSearch, enforced twice: OpenSearch is asked to stop at the
 * limit (its {@code timeout}, checked while collecting hits, answers with what it found so far),
 * and an answer that comes back stopped, or later than the limit, is refused with the error a local
 * search gives when its time is up. A search that OpenSearch stops before any shard has collected
 * a hit is no answer but a failure (HTTP 500, {@code time_exceeded_exception}); it gets that same
 * error. Either way the user gets no partial, wrongly counted page.
 *
 * @param limit how long a search may take
 */
record OpenSearchTimeout(Duration limit) {

  /** A search request to send. */
  @FunctionalInterface
  interface Search<T> {
    SearchResponse<T> send() throws IOException;
  }

  /** The limit as OpenSearch's {@code timeout} parameter takes it. */
  String parameter() {
    return limit.toMillis() + "ms";
  }

  /**
   * Sends a search and returns its answer.
   *
   * @throws InvalidQueryException when the search was stopped or took longer than the limit
   */
  <T> SearchResponse<T> send(Search<T> search) throws IOException {
    long started = System.nanoTime();
    SearchResponse<T> response;
    try {
      response = search.send();
    } catch (IOException | OpenSearchException e) {
      if (OpenSearchErrors.isTimeExceeded(e)) {
        throw Limits.tooSlow(limit);
      }
      throw e;
    }
    if (response.timedOut() || System.nanoTime() - started > limit.toNanos()) {
      throw Limits.tooSlow(limit);
    }
    return response;
  }
}
