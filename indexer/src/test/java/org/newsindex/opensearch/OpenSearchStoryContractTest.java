package org.newsindex.opensearch;

import java.io.IOException;
import org.newsindex.NewsSearcherContract;
import org.newsindex.StoryContract;
import org.newsindex.testing.RequiresOpenSearch;

/** {@link StoryContract} over indexes in the OpenSearch node of {@link OpenSearchTests}. */
@RequiresOpenSearch
class OpenSearchStoryContractTest extends StoryContract {

  private final OpenSearchStores stores = new OpenSearchStores();

  @Override
  protected NewsSearcherContract.Store newStore() {
    return stores.newStore();
  }

  @Override
  protected void deleteStores() throws IOException {
    stores.deleteAll();
  }
}
