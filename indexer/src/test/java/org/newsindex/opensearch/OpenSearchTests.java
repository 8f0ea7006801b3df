package org.newsindex.opensearch;

import java.io.IOException;
import java.util.UUID;
import org.newsindex.testing.RequiresOpenSearch;
import org.newsindex.testing.TestOpenSearch;

/**
 * Indexes on the OpenSearch node that tests of the OpenSearch backend run against. Classes that
 * use it carry {@link org.newsindex.testing.RequiresOpenSearch}, which skips them (or fails them
 * on CI) on a machine without a node before any of their tests run.
 */
public final class OpenSearchTests {

  private OpenSearchTests() {}

  /** A target with a fresh index name on the test node. */
  public static OpenSearchTarget freshTarget() {
    return OpenSearchTarget.parse(TestOpenSearch.url(), "newsindex-test-" + UUID.randomUUID());
  }

  /** Deletes a test's index; tests call it when done so the node does not fill up. */
  public static void deleteIndex(OpenSearchTarget target) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      connection.client().indices().delete(d -> d.index(target.indexName()).ignoreUnavailable(true));
    }
  }
}
