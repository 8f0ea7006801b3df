package org.newsindex;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The OpenSearch node that tests of the OpenSearch backend run against: the one named by the
 * environment variable {@value #URL_VARIABLE} ({@code .ci/run} starts one and sets it). Without it
 * those tests are skipped on a developer's machine and fail on CI, which must run them.
 */
public final class OpenSearchTests {

  public static final String URL_VARIABLE = "NEWSINDEX_OPENSEARCH_URL";

  private OpenSearchTests() {}

  /** A target with a fresh index name on the test node; skips or fails the test without one. */
  public static OpenSearchTarget freshTarget() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      if (System.getenv("CI") != null) {
        fail(URL_VARIABLE + " is not set: CI must run the OpenSearch tests (see .ci/run)");
      }
      Assumptions.abort(URL_VARIABLE + " is not set: no OpenSearch node to test against");
    }
    return OpenSearchTarget.parse(url, "newsindex-test-" + UUID.randomUUID());
  }

  /** Deletes a test's index; tests call it when done so the node does not fill up. */
  public static void deleteIndex(OpenSearchTarget target) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      connection.client().indices().delete(d -> d.index(target.indexName()).ignoreUnavailable(true));
    }
  }
}
