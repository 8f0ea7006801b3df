package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsindex.server.ApiTests.assertJson;
import static org.newsindex.server.ApiTests.error;
import static org.newsindex.server.ApiTests.search;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchTimeoutException;
import org.newsindex.SearcherBusyException;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

/**
 * What the server does whatever index it answers from: the page, unknown routes, requests Jetty
 * refuses, and failures of the searcher. What it answers from an index, on either backend, is
 * {@link ApiContract}'s.
 */
class NewsServerTest {

  @TempDir static Path indexDir;

  private static NewsSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(ApiArticles.RATES);
      writer.commit();
    }
    searcher = LuceneNewsSearcher.open(indexDir);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
  }

  /** Runs one test against a fresh app over the shared index. */
  private static void test(ApiTests.Requests body) {
    ApiTests.test(searcher, body);
  }

  /**
   * Jetty rejects a NUL byte in the path before Javalin sees the request, and closes the
   * connection. Sent in one write, the whole request is read before that close, so the answer
   * always arrives; a client that sends its headers in pieces may instead see the close first.
   */
  @ParameterizedTest
  @ValueSource(strings = {"/api/articles/%00", "/api/articles/business/001%00"})
  void nulBytesInThePathAreJsonBadRequests(String path) {
    JavalinTest.test(
        NewsServer.create(searcher),
        (server, client) ->
            assertThat(rawGet(server.port(), path))
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: application/json; charset=utf-8")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("Cache-Control: no-store")
                .endsWith("{\"error\":\"bad request\"}"));
  }

  /**
   * A parameter whose % escapes do not decode is an error that names it, never a parameter left
   * out (Javalin drops it: {@code size=500%} read as no size, {@code q=port%} as an empty query).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"q=port%", "q=bank&size=500%", "q=bank&date_from=2099-01-01%",
        "q=bank&sort=sideways%", "q=bank&year=20%G4", "q=bank&speaker=%", "q=bank&q2=%zz"})
  void badPercentEncodingIsAJsonBadRequestNamingTheParameter(String query) {
    String bad = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
    JavalinTest.test(
        NewsServer.create(searcher),
        (server, client) ->
            assertThat(rawGet(server.port(), "/api/search?" + query))
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: application/json")
                .contains("{\"error\":\"parameter '" + bad + "' is not URL-encoded"));
  }

  /**
   * The whole answer to a GET sent as written, byte for byte: Java's HTTP clients refuse to send
   * a malformed URL. Sent in one write, the whole request is read before the server may close.
   */
  private static String rawGet(int port, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndOnlyThePageIsCached() {
    test(
        client -> {
          for (String path : List.of("/", "/app.js", "/style.css")) {
            Response response = client.get(path);
            assertThat(response.code()).as(path).isEqualTo(200);
            assertSecurityHeaders(response, path);
            assertThat(header(response, "Cache-Control")).as(path).contains("max-age=");
          }
          for (String path :
              List.of(search("bank"), "/health", search("bank") + "&size=abc", "/api/nothing-here")) {
            Response response = client.get(path);
            assertSecurityHeaders(response, path);
            assertThat(header(response, "Cache-Control")).as(path).isEqualTo("no-store");
          }
        });
  }

  private static void assertSecurityHeaders(Response response, String path) {
    assertThat(header(response, "Content-Security-Policy"))
        .as(path)
        .contains("script-src 'self'")
        .contains("style-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
  }

  /** The one value of a header; none or several fail. */
  private static String header(Response response, String name) {
    List<String> values = response.headers().get(name);
    assertThat(values).as(name).hasSize(1);
    return values.getFirst();
  }

  @Test
  void theAccessLogHasOneLinePerRequestAndNeverABody() throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    JavalinTest.test(
        NewsServer.create(() -> searcher, new AccessLog(lines::add)),
        (server, client) -> {
          client.get(search("central bank") + "&size=1");
          client.get("/api/nothing-here");
          client.get("/app.js");
        });
    // Each line is written once its answer is sent, which may be after the client has it; the
    // test tools send a request of their own (DELETE /clear-cookies-...), which is not ours.
    List<String> logged = new ArrayList<>();
    while (logged.size() < 3) {
      String line = lines.poll(5, TimeUnit.SECONDS);
      assertThat(line).as("access log lines so far: %s", logged).isNotNull();
      if (line.startsWith("GET ")) {
        logged.add(line);
      }
    }
    assertThat(lines).noneMatch(line -> line.startsWith("GET "));
    assertThat(logged)
        .anySatisfy(
            line ->
                assertThat(line).matches("GET /api/search\\?q=central\\+bank&size=1 200 \\d+\\.\\d ms"))
        .anySatisfy(line -> assertThat(line).matches("GET /api/nothing-here 404 \\d+\\.\\d ms"))
        .anySatisfy(line -> assertThat(line).matches("GET /app.js 200 \\d+\\.\\d ms"))
        .noneSatisfy(line -> assertThat(line).containsIgnoringCase(ApiArticles.RATES.headline()));
  }

  @Test
  void searchTimeoutsAreCountedInTheMetrics() {
    NewsSearcher slow =
        FailingSearcher.throwing(new SearchTimeoutException("query ran longer than 5 ms"));
    JavalinTest.test(
        NewsServer.create(slow),
        (server, client) -> {
          assertThat(error(client.get(search("bank")), 400).error()).contains("ran longer");
          assertThat(client.get("/metrics").body().string())
              .contains("\nnewsindex_search_timeouts_total 1.0\n")
              // The failing searcher has no statistics either: they are missing, not zero.
              .contains("\nnewsindex_index_articles NaN\n");
        });
  }

  /**
   * A HEAD answers with the status and content type that a GET of the same URL gets, and no body:
   * a monitor's HEAD of a missing article or a bad search must not read as fine.
   */
  @Test
  void headAnswersAsGetWouldWithoutTheBody() {
    test(
        client -> {
          Map<String, Integer> statuses =
              Map.of(
                  search("rates"), 200,
                  "/api/articles/" + ApiArticles.RATES.id(), 200,
                  "/health", 200,
                  search("rates") + "&size=500", 400,
                  "/api/articles/no/such/article", 404);
          for (var expected : statuses.entrySet()) {
            String path = expected.getKey();
            HttpResponse<String> head = send(client, "HEAD", path);
            Response get = client.get(path);
            assertThat(head.statusCode()).as(path).isEqualTo(expected.getValue()).isEqualTo(get.code());
            assertThat(head.headers().firstValue("Content-Type"))
                .as(path)
                .hasValue(get.headers().get("Content-Type").getFirst());
            assertThat(head.body()).as(path).isEmpty();
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void aMethodThatNoRouteTakesIsJsonMethodNotAllowed(String method) {
    test(
        client -> {
          HttpResponse<String> response = send(client, method, search("rates"));
          assertThat(response.statusCode()).isEqualTo(405);
          assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
          assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
              type -> assertThat(type).startsWith("application/json"));
          assertThat(response.body()).startsWith("{\"error\":");
        });
  }

  private static HttpResponse<String> send(HttpClient client, String method, String path)
      throws IOException, InterruptedException {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(client.getOrigin() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void unknownEndpointIsJsonNotFound() {
    test(client -> error(client.get("/api/nothing-here"), 404));
  }

  @Test
  void unexpectedFailureIsInternalErrorWithoutDetails() {
    NewsSearcher broken =
        FailingSearcher.throwing(new IllegalStateException("index at /secret/path is corrupt"));
    JavalinTest.test(
        NewsServer.create(broken),
        (server, client) -> {
          for (String path :
              List.of(
                  search("bank"),
                  "/api/quotes?q=bank",
                  "/api/speakers",
                  "/api/articles/business/001",
                  "/api/articles/business/001/related",
                  "/health")) {
            Response response = client.get(path);
            assertThat(response.code()).isEqualTo(500);
            assertJson(response);
            assertThat(response.body().string()).isEqualTo("{\"error\":\"internal error\"}");
          }
        });
  }

  @Test
  void busySearcherIsServiceUnavailableWithRetryAfter() {
    NewsSearcher busy = FailingSearcher.throwing(new SearcherBusyException(Duration.ofSeconds(2)));
    JavalinTest.test(
        NewsServer.create(busy),
        (server, client) -> {
          Response response = client.get(search("bank"));
          assertThat(response.code()).isEqualTo(503);
          assertJson(response);
          assertThat(response.headers().get("Retry-After")).containsExactly("1");
          assertThat(response.body().string())
              .isEqualTo(
                  "{\"error\":\"the searcher is busy: no turn to search came within 2000 ms;"
                      + " try again\"}");
        });
  }

  @Test
  void rootServesTheSearchPage() {
    test(
        client -> {
          Response response = client.get("/");
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.headers().get("Content-Type"))
              .singleElement()
              .asString()
              .startsWith("text/html");
          assertThat(response.body().string())
              .contains("<label for=\"q\"")
              .contains("/app.js")
              .doesNotContain("http://")
              .doesNotContain("https://");
          assertServed(client, "/app.js", "text/javascript");
          assertServed(client, "/style.css", "text/css");
          assertThat(client.get("/missing.js").code()).isEqualTo(404);
        });
  }

  private static void assertServed(HttpClient client, String path, String contentType)
      throws IOException {
    Response response = client.get(path);
    assertThat(response.code()).as(path).isEqualTo(200);
    assertThat(response.headers().get("Content-Type"))
        .as(path)
        .singleElement()
        .asString()
        .startsWith(contentType);
    assertThat(response.body().string()).as(path).isNotBlank();
  }
}
