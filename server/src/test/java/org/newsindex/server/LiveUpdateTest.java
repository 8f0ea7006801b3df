package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.json.ApiJson;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

/** The server shows what an indexer commits, while it runs, without a restart. */
class LiveUpdateTest {

  private static final ObjectMapper JSON = ApiJson.mapper();

  @TempDir Path indexDir;

  private static Article article(int n) {
    return new Article(
        "live/" + n, "Bulletin number " + n, null, null, null,
        List.of("Bulletin " + n + " reports the latest harbour news."), List.of());
  }

  @Test
  void newArticlesAppearWithinAboutASecondAndNoRequestFails() throws Exception {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(article(0));
      writer.commit();
    }
    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      JavalinTest.test(
          NewsServer.create(searcher),
          (server, client) -> {
            assertThat(articles(client.get("/health"))).isEqualTo(1);

            // An indexer writes 200 articles in ten commits while the server answers searches.
            AtomicReference<Exception> writerFailure = new AtomicReference<>();
            Thread indexer =
                new Thread(
                    () -> {
                      try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
                        for (int n = 1; n <= 200; n++) {
                          writer.add(article(n));
                          if (n % 20 == 0) {
                            writer.commit();
                          }
                        }
                      } catch (IOException e) {
                        writerFailure.set(e);
                      }
                    });
            indexer.start();
            List<Long> totals = new ArrayList<>();
            while (indexer.isAlive()) {
              Response response = client.get("/api/search?q=harbour&size=1");
              assertThat(response.code()).isEqualTo(200);
              totals.add(JSON.readTree(response.body().string()).get("total").asLong());
            }
            indexer.join();
            assertThat(writerFailure.get()).isNull();
            // Commits only ever add: a search never sees fewer articles than one before it.
            assertThat(totals).isSorted();
            assertThat(totals).allSatisfy(total -> assertThat(total % 20).isIn(0L, 1L));

            long deadline = System.nanoTime() + 3_000_000_000L;
            int count = articles(client.get("/health"));
            while (count < 201 && System.nanoTime() < deadline) {
              Thread.sleep(50);
              count = articles(client.get("/health"));
            }
            assertThat(count).isEqualTo(201);
            assertThat(client.get("/api/articles/live/200").code()).isEqualTo(200);
          });
    }
  }

  private static int articles(Response health) throws IOException {
    return JSON.readTree(health.body().string()).get("articles").asInt();
  }
}
