package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsindex.ArticleWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.NewsSearcherContract;
import org.newsindex.SearcherOptions;
import org.newsindex.StoryContract;
import org.newsindex.testing.RequiresOpenSearch;

/** {@link StoryContract} over indexes in the OpenSearch node of {@link OpenSearchTests}. */
@RequiresOpenSearch
class OpenSearchStoryContractTest extends StoryContract {

  private final List<OpenSearchTarget> targets = new ArrayList<>();

  @Override
  protected NewsSearcherContract.Store newStore() {
    OpenSearchTarget target = OpenSearchTests.freshTarget();
    targets.add(target);
    return new NewsSearcherContract.Store() {
      @Override
      public ArticleWriter writer() throws IOException {
        return OpenSearchWriter.open(target);
      }

      @Override
      public NewsSearcher searcher() throws IOException {
        return OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
      }
    };
  }

  @Override
  protected void deleteStores() throws IOException {
    for (OpenSearchTarget target : targets) {
      OpenSearchTests.deleteIndex(target);
    }
  }
}
