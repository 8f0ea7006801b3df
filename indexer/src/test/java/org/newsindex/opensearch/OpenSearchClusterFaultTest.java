package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SearcherOptions;
import org.newsindex.search.Schema;
import org.newsindex.testing.RequiresOpenSearchInstall;
import org.newsindex.testing.TestOpenSearch;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch.core.CountResponse;

/**
 * The OpenSearch backend survives losing a node: on a two-node loopback cluster with one replica
 * of every shard, every article is still found while the data node is down, and the cluster is
 * green again once that node is back. Runs from the install named by {@value
 * TestOpenSearch#HOME_VARIABLE}.
 */
@RequiresOpenSearchInstall
class OpenSearchClusterFaultTest {

  private static final int ARTICLES = 40;
  private static final Duration FIRST_START = Duration.ofMinutes(3);
  private static final Duration RECOVERY = Duration.ofMinutes(2);

  private Path clusterFolder;
  private final List<OpenSearchNode> nodes = new ArrayList<>();
  private NewsSearcher searcher;

  @AfterEach
  void stopClusterAndDeleteIt() throws Exception {
    try {
      if (searcher != null) {
        searcher.close();
      }
    } finally {
      for (OpenSearchNode node : nodes) {
        node.stop();
      }
      if (clusterFolder != null) {
        OpenSearchNode.deleteFolder(clusterFolder);
      }
    }
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void everyArticleIsFoundWhileADataNodeIsDownAndTheClusterHealsWhenItReturns() throws Exception {
    Path home = TestOpenSearch.home();
    clusterFolder = OpenSearchNode.createClusterFolder();
    List<Integer> ports = OpenSearchNode.freePorts(4);
    List<Integer> transportPorts = List.of(ports.get(2), ports.get(3));
    String cluster = "newsindex-fault-" + ports.get(0);
    // Only the first node may manage the cluster: with two eligible nodes, stopping either could
    // leave the other without a quorum. So the node that goes away is the data-only one.
    OpenSearchNode manager =
        OpenSearchNode.configure(home, clusterFolder, cluster, "n1", OpenSearchNode.Role.CLUSTER_MANAGER,
            ports.get(0), transportPorts.get(0), transportPorts, "n1");
    OpenSearchNode data =
        OpenSearchNode.configure(home, clusterFolder, cluster, "n2", OpenSearchNode.Role.DATA,
            ports.get(1), transportPorts.get(1), transportPorts, "n1");
    nodes.add(manager);
    nodes.add(data);
    manager.start();
    data.start();
    manager.awaitHealth("green", 2, FIRST_START);

    // Clients know both nodes, as a server started with --url http://a,http://b would.
    OpenSearchTarget target =
        new OpenSearchTarget(List.of(manager.url(), data.url()), "fault-test");
    List<Article> articles = articles();
    try (ArticleWriter writer = OpenSearchWriter.open(target, 2, 1)) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    // Green: each shard has its replica on the other node.
    manager.awaitHealth("green", 2, RECOVERY);
    searcher = OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS.withResultCacheSize(0));
    assertEveryArticleFound(target, articles);

    data.stop();
    manager.awaitHealth("yellow", 1, RECOVERY);
    assertEveryArticleFound(target, articles);

    data.start();
    manager.awaitHealth("green", 2, RECOVERY);
    assertEveryArticleFound(target, articles);
  }

  /** Every article counted by every shard, found by id and by a word only it contains. */
  private void assertEveryArticleFound(OpenSearchTarget target, List<Article> articles)
      throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      CountResponse count =
          connection.client().count(c -> c.index(target.indexName())
              .query(q -> q.term(t -> t.field(Schema.KIND).value(FieldValue.of(Schema.ARTICLE)))));
      assertThat(count.count()).isEqualTo(articles.size());
      assertThat(count.shards().failed()).as("failed shards").isZero();
      assertThat(count.shards().successful()).as("answering shards").isEqualTo(2);
    }
    assertThat(searcher.articleCount()).isEqualTo(articles.size());
    for (int n = 0; n < articles.size(); n++) {
      Article article = articles.get(n);
      assertThat(searcher.find(article.id())).contains(article);
      assertThat(searcher.search(SearchRequest.of(word(n))).hits())
          .extracting(SearchResult.Hit::id)
          .containsExactly(article.id());
    }
  }

  private static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < ARTICLES; n++) {
      String text = "The tide was " + word(n) + " this morning,";
      articles.add(
          new Article(
              String.format(Locale.ROOT, "harbour/%03d", n),
              "Harbour report number " + (n + 1),
              LocalDate.of(2024, 1, 1).plusDays(n),
              null,
              n % 2 == 0 ? "BBC" : "FT",
              List.of(
                  "The harbour master filed her report at dawn.",
                  "\"" + text + "\" said Ann Lee."),
              List.of("Ann Lee"),
              List.of(new Quote(text, "Ann Lee", 1))));
    }
    return articles;
  }

  /** A made-up word for article n that no other article has and no stemmer changes. */
  private static String word(int n) {
    String[] syllables = {"ka", "lo", "mi", "nu", "pe", "ri", "so", "tu"};
    return syllables[n / 8 % 8] + syllables[n % 8] + "x";
  }
}
