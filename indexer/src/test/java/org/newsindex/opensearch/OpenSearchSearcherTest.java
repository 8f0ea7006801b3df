package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsindex.Article;
import org.newsindex.ContractArticles;
import org.newsindex.InvalidQueryException;
import org.newsindex.NewsSearcher;
import org.newsindex.NewsSearcherContract;
import org.newsindex.SearchRequest;
import org.newsindex.SearcherOptions;
import org.newsindex.testing.RequiresOpenSearch;

/**
 * {@link NewsSearcherContract} over indexes in the OpenSearch node of {@link OpenSearchTests},
 * written by {@link OpenSearchWriter}; and what only this backend can get wrong: the cluster and
 * the index it is opened on.
 */
@RequiresOpenSearch
class OpenSearchSearcherTest extends NewsSearcherContract {

  private final OpenSearchStores stores = new OpenSearchStores();

  @Override
  protected Store newStore() {
    return stores.newStore();
  }

  @Override
  protected void deleteStores() throws IOException {
    stores.deleteAll();
  }

  private OpenSearchTarget fresh() {
    return stores.fresh();
  }

  /** A fresh index holding these articles. */
  private OpenSearchTarget written(List<Article> articles) throws IOException {
    OpenSearchTarget target = fresh();
    try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    return target;
  }

  @Test
  void openingAnUnreachableClusterSaysSo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    OpenSearchTarget nowhere = OpenSearchTarget.parse("http://127.0.0.1:" + closedPort, "news");

    assertThatThrownBy(() -> OpenSearchSearcher.open(nowhere, SearcherOptions.DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot reach OpenSearch at http://127.0.0.1:" + closedPort + ": ");
  }

  @Test
  void openingAMissingIndexSaysSo() {
    OpenSearchTarget missing = fresh();

    assertThatThrownBy(() -> OpenSearchSearcher.open(missing, SearcherOptions.DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "no index " + missing.indexName() + " at " + missing.urls().get(0)
                + ": run the indexer with --target opensearch first");
  }

  @Test
  void openingAnIndexNewsindexDidNotWriteSaysSo() throws IOException {
    OpenSearchTarget foreign = fresh();
    try (OpenSearchConnection connection = OpenSearchConnection.open(foreign)) {
      connection.client().indices().create(c -> c.index(foreign.indexName()));
    }

    assertThatThrownBy(() -> OpenSearchSearcher.open(foreign, SearcherOptions.DEFAULTS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not a newsindex index");
  }

  @Test
  void searchThatOutlivesItsTimeoutIsStoppedWithAClearError() throws IOException {
    OpenSearchTarget target = written(ContractArticles.BASICS);
    try (NewsSearcher impatient =
        OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS.withTimeout(Duration.ofNanos(1)))) {
      assertThatThrownBy(() -> impatient.search(SearchRequest.of("officials")))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("ran longer than 0 ms");
    }
  }

  @Test
  void searchOfAnIndexDeletedWhileServingFailsWithTheRemedy() throws IOException {
    OpenSearchTarget doomed = written(List.of(ContractArticles.MINSK));
    try (NewsSearcher searcher = OpenSearchSearcher.open(doomed, SearcherOptions.DEFAULTS)) {
      OpenSearchTests.deleteIndex(doomed);

      assertThatThrownBy(() -> searcher.search(SearchRequest.of("minsk")))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("no index " + doomed.indexName());
    }
  }
}
