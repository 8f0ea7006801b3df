package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsindex.NewsSearcherContract;
import org.newsindex.SearcherOptions;

/**
 * The OpenSearch indexes of the backend contracts: each a fresh index in the node of {@link
 * OpenSearchTests}, all deleted at the end.
 */
final class OpenSearchStores {

  private final List<OpenSearchTarget> targets = new ArrayList<>();

  /** A new, empty index, written by {@link OpenSearchWriter} and read by {@link OpenSearchSearcher}. */
  NewsSearcherContract.Store newStore() {
    OpenSearchTarget target = fresh();
    return new NewsSearcherContract.Store(
        () -> OpenSearchWriter.open(target),
        () -> OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS));
  }

  /** A fresh index name, deleted with the others. */
  OpenSearchTarget fresh() {
    OpenSearchTarget target = OpenSearchTests.freshTarget();
    targets.add(target);
    return target;
  }

  /** Deletes every index this made. */
  void deleteAll() throws IOException {
    for (OpenSearchTarget target : targets) {
      OpenSearchTests.deleteIndex(target);
    }
    targets.clear();
  }
}
