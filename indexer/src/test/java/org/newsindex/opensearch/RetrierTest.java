package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.ErrorResponse;
import org.opensearch.client.opensearch._types.OpenSearchException;

class RetrierTest {

  @Test
  void aRefusalWithAStatusSaysIt() {
    OpenSearchException busy = refusal(429, "rejected execution");

    assertThat(Retrier.isTransient(busy)).isTrue();
    assertThat(Retrier.describe(busy)).isEqualTo("HTTP 429 (rejected execution)");
  }

  @Test
  void aRefusalWithoutAStatusIsFinalAndDescribed() {
    // What OpenSearch answers for an endpoint it lacks, such as a module's that is not installed.
    OpenSearchException unknown =
        refusal(null, "no handler found for uri [/news/_update_by_query] and method [POST]");

    assertThat(Retrier.isTransient(unknown)).isFalse();
    assertThat(Retrier.describe(unknown))
        .isEqualTo("an error (no handler found for uri [/news/_update_by_query] and method [POST])");
  }

  private static OpenSearchException refusal(Integer status, String reason) {
    return new OpenSearchException(
        ErrorResponse.of(
            r -> {
              if (status != null) {
                r.status(status);
              }
              return r.error(e -> e.type("error").reason(reason));
            }));
  }
}
