package org.newsindex.lucene;

import java.io.IOException;
import org.newsindex.NewsSearcherContract;
import org.newsindex.StoryContract;

/** {@link StoryContract} over local index folders. */
class LuceneStoryContractTest extends StoryContract {

  private final LocalStores stores = new LocalStores();

  @Override
  protected NewsSearcherContract.Store newStore() throws IOException {
    return stores.newStore();
  }

  @Override
  protected void deleteStores() throws IOException {
    stores.deleteAll();
  }
}
