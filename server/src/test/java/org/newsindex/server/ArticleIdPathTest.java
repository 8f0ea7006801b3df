package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

/**
 * Ids are paths, so an id may read as a route of its own ({@code news/related}) or end in a slash:
 * with its slashes encoded ({@code %2F}), as the page sends every id, each is its own article.
 */
class ArticleIdPathTest {

  @TempDir Path indexDir;

  @Test
  void anIdWithItsSlashesEncodedIsThatArticleWhateverItEndsIn() throws Exception {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (String id : List.of("news", "news/related", "trail/")) {
        writer.add(new Article(id, "Headline of " + id, null, null, null,
            List.of("Harbour news of " + id + "."), List.of()));
      }
      writer.commit();
    }
    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      JavalinTest.test(
          NewsServer.create(searcher),
          (server, client) -> {
            assertThat(idOf(client.get("/api/articles/news%2Frelated"))).isEqualTo("news/related");
            assertThat(idOf(client.get("/api/articles/trail%2F"))).isEqualTo("trail/");
            assertThat(idOf(client.get("/api/articles/news"))).isEqualTo("news");
            // Unencoded, the same path is the route to the articles like "news".
            Response related = client.get("/api/articles/news/related");
            assertThat(related.code()).isEqualTo(200);
            assertThat(ApiTests.JSON.readTree(related.body().string()).has("hits")).isTrue();
          });
    }
  }

  private static String idOf(Response response) throws IOException {
    assertThat(response.code()).isEqualTo(200);
    return ApiTests.JSON.readTree(response.body().string()).get("id").asText();
  }
}
