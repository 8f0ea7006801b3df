package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.ingest.FolderIndexer;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.parse.ArticleParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many concurrent clients against the real server, mixing keyword, phrase and filtered queries:
 * every answer must be a 200. A short run is part of every build; the full run (32 clients for
 * 20 s, over a real corpus) is tagged {@code load} and runs on demand:
 *
 * <pre>
 * mvn -B verify -pl indexer,server -am -Dtest=LoadTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsindex.excludedGroups= -Dnewsindex.load.corpus=$PWD/../shared/corpora/bbc
 * </pre>
 */
class LoadTest {

  /** The figures of a run go to the log (stderr), not stdout. */
  private static final Logger LOG = LoggerFactory.getLogger(LoadTest.class);

  private static final String[] QUERIES = {
    "government", "\"prime minister\"", "economy growth", "film OR music", "mobile phone",
    "\"interest rates\"", "election -labour", "bank", "champions league", "tax", "market shares",
    "\"chief executive\"", "game", "court", "oil prices"
  };

  private static final String[] FILTERS = {
    "", "", "", "&sort=newest", "&sort=oldest", "&size=20", "&date_from=2000-01-01",
    "&source=Wire", "&year=2004"
  };

  @TempDir Path indexDir;

  @Test
  void shortBurstOfConcurrentClientsGetsNoErrors() throws Exception {
    run(8, Duration.ofSeconds(3));
  }

  @Test
  @Tag("load")
  void thirtyTwoClientsForTwentySecondsGetNoErrors() throws Exception {
    run(
        Integer.getInteger("newsindex.load.clients", 32),
        Duration.ofSeconds(Integer.getInteger("newsindex.load.seconds", 20)));
  }

  private void run(int clients, Duration length) throws Exception {
    buildIndex();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      Javalin app = NewsServer.create(searcher).start("127.0.0.1", 0);
      try {
        Result result = load("http://127.0.0.1:" + app.port(), clients, length);
        LOG.info(
            String.format(
                Locale.ROOT,
                "load: %d clients, %d requests in %.1f s: %.0f requests/s, p50 %.2f ms, p99 %.2f"
                    + " ms, %d errors",
                clients,
                result.requests(),
                result.seconds(),
                result.requests() / result.seconds(),
                result.percentile(50),
                result.percentile(99),
                result.errors().size()));
        assertThat(result.errors()).isEmpty();
        assertThat(result.requests()).isPositive();
      } finally {
        app.stop();
      }
    }
  }

  private void buildIndex() throws IOException {
    String corpus = System.getProperty("newsindex.load.corpus");
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      if (corpus != null && !corpus.isBlank()) {
        new FolderIndexer(new ArticleParser()).index(Path.of(corpus), writer, FolderIndexer.Progress.NONE);
        return;
      }
      for (int i = 0; i < 500; i++) {
        writer.add(syntheticArticle(i));
      }
      writer.commit();
    }
  }

  private static Article syntheticArticle(int i) {
    String topic = QUERIES[i % QUERIES.length].replace("\"", "").replace(" OR ", " ").replace("-", "");
    return new Article(
        "load/" + i,
        "Report " + i + " on " + topic,
        i % 10 == 0 ? null : LocalDate.of(2003 + i % 3, 1 + i % 12, 1 + i % 28),
        null,
        i % 2 == 0 ? "Wire" : "Daily",
        List.of(
            "The prime minister spoke about " + topic + " and interest rates on day " + i + ".",
            "\u201cThe chief executive expects growth in " + topic + ",\u201d said Ann Lee."),
        List.of("Ann Lee"));
  }

  /** What a load run measured. */
  private record Result(long requests, double seconds, long[] latenciesNanos, List<String> errors) {
    double percentile(int p) {
      if (latenciesNanos.length == 0) {
        return 0;
      }
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  private static Result load(String base, int clients, Duration length) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicLong sequence = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(
            pool.submit(
                () -> {
                  // Bounded in time and in count, so it always stops by itself.
                  for (int n = 0; n < 1_000_000 && System.nanoTime() < deadline; n++) {
                    long i = sequence.getAndIncrement();
                    String query = QUERIES[(int) (i % QUERIES.length)];
                    String filter = FILTERS[(int) (i / QUERIES.length % FILTERS.length)];
                    String path =
                        "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + filter;
                    long sent = System.nanoTime();
                    try {
                      HttpResponse<Void> response =
                          http.send(
                              HttpRequest.newBuilder(URI.create(base + path))
                                  .timeout(Duration.ofSeconds(10))
                                  .build(),
                              HttpResponse.BodyHandlers.discarding());
                      latencies.add(System.nanoTime() - sent);
                      if (response.statusCode() != 200) {
                        errors.add(response.statusCode() + " " + path);
                      }
                    } catch (IOException | InterruptedException e) {
                      errors.add(e + " " + path);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
    return new Result(nanos.length, seconds, nanos, List.copyOf(errors));
  }
}
