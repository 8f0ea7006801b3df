package org.newsindex.server;

import org.newsindex.testing.RequiresOpenSearch;

/** {@link ApiContract} over an index of its own on the OpenSearch test node. */
@RequiresOpenSearch
class OpenSearchApiContractTest extends ApiContract {

  @Override
  Backend newBackend() {
    return Backend.OpenSearch.fresh();
  }
}
