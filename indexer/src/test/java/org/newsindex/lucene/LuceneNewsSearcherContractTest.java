package org.newsindex.lucene;

import java.io.IOException;
import org.newsindex.NewsSearcherContract;

/** {@link NewsSearcherContract} over local index folders. */
class LuceneNewsSearcherContractTest extends NewsSearcherContract {

  private final LocalStores stores = new LocalStores();

  @Override
  protected Store newStore() throws IOException {
    return stores.newStore();
  }

  @Override
  protected void deleteStores() throws IOException {
    stores.deleteAll();
  }
}
