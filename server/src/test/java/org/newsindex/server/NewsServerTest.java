package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.Article;
import org.newsindex.NewsIndexWriter;
import org.newsindex.FacetCount;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SpeakerCount;

class NewsServerTest {

  private static final ObjectMapper JSON = NewsServer.objectMapper();

  private static final Article RATES =
      new Article(
          "business/001",
          "Central bank raises interest rates",
          LocalDate.of(2024, 3, 1),
          "1 March 2024",
          "FT",
          List.of(
              "The central bank raised interest rates by a quarter point on Thursday.",
              "\"Inflation is still too high,\" said Jane Smith, the governor.",
              "\"Nobody here expected a rise,\" one trader said."),
          List.of("Jane Smith"),
          List.of(
              new Quote("Inflation is still too high,", "Jane Smith", 1),
              new Quote("Nobody here expected a rise,", null, 2)));

  private static final Article SCRIPT =
      new Article(
          "politics/002",
          "Minister defends budget",
          LocalDate.of(2024, 3, 2),
          "2 March 2024",
          "BBC",
          List.of(
              "The minister defended the budget <script>alert(1)</script> in parliament.",
              "Critics said the budget would hurt pensioners."),
          List.of());

  private static final Article UNDATED =
      new Article(
          "sport/003",
          "Local team wins the cup",
          null,
          null,
          null,
          List.of("The local team won the cup final after extra time."),
          List.of());

  @TempDir static Path indexDir;

  private static NewsSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(RATES);
      writer.add(SCRIPT);
      writer.add(UNDATED);
      writer.commit();
    }
    searcher = NewsSearcher.open(indexDir);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    if (searcher != null) {
      searcher.close();
    }
  }

  /** Runs one test against a fresh app over the shared index. */
  private static void test(ServerTest body) {
    JavalinTest.test(NewsServer.create(searcher), (server, client) -> body.run(client));
  }

  private interface ServerTest {
    void run(HttpClient client) throws Exception;
  }

  private static String search(String query) {
    return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  private static void assertJson(Response response) {
    assertThat(response.headers().get("Content-Type"))
        .singleElement()
        .satisfies(
            type -> {
              assertThat(type).startsWith("application/json");
              assertThat(type.toLowerCase()).contains("charset=utf-8");
            });
  }

  private static ErrorResponse error(Response response, int status) throws IOException {
    assertThat(response.code()).isEqualTo(status);
    assertJson(response);
    ErrorResponse error = JSON.readValue(response.body().string(), ErrorResponse.class);
    assertThat(error.error()).isNotBlank();
    return error;
  }

  @Test
  void searchAnswersHitsWithMarkedSnippets() {
    test(
        client -> {
          Response response = client.get(search("interest rates"));
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          SearchResponse result = JSON.readValue(response.body().string(), SearchResponse.class);

          assertThat(result.query()).isEqualTo("interest rates");
          assertThat(result.total()).isEqualTo(1);
          assertThat(result.tookMs()).isNotNegative();
          assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("business/001");
            assertThat(hit.headline()).isEqualTo(RATES.headline());
            assertThat(hit.headlineHtml()).contains("<mark>");
            assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(hit.source()).isEqualTo("FT");
            assertThat(hit.speakers()).containsExactly("Jane Smith");
            assertThat(hit.score()).isPositive();
            assertThat(hit.snippets()).anySatisfy(s -> assertThat(s).contains("<mark>"));
          });
        });
  }

  @Test
  void searchJsonUsesSnakeCaseAndIsoDates() {
    test(
        client -> {
          JsonNode body = JSON.readTree(client.get(search("interest")).body().string());
          assertThat(body.fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder(
                  "query", "total", "took_ms", "hits", "facets", "next", "did_you_mean");
          JsonNode hit = body.get("hits").get(0);
          assertThat(hit.fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder(
                  "id", "headline", "headline_html", "date", "source", "speakers", "score",
                  "snippets");
          assertThat(hit.get("date").asText()).isEqualTo("2024-03-01");
        });
  }

  @Test
  void searchFiltersBySpeakerAndCountsSpeakerFacets() {
    test(
        client -> {
          SearchResponse all =
              JSON.readValue(client.get(search("central OR budget")).body().string(), SearchResponse.class);
          assertThat(all.total()).isEqualTo(2);
          assertThat(all.facets().speakers()).containsExactly(new FacetCount("Jane Smith", 1));

          Response filtered = client.get(search("central OR budget") + "&speaker=Jane+Smith");
          assertThat(filtered.code()).isEqualTo(200);
          SearchResponse result = JSON.readValue(filtered.body().string(), SearchResponse.class);
          assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("business/001");
          assertThat(result.facets().speakers()).containsExactly(new FacetCount("Jane Smith", 1));
        });
  }

  @Test
  void searchSpeakerFilterRepeatsAsAlternatives() {
    test(
        client -> {
          String both = search("central OR budget") + "&speaker=Jane+Smith&speaker=Nobody+Else";
          SearchResponse result = JSON.readValue(client.get(both).body().string(), SearchResponse.class);
          assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("business/001");
          String none = search("central OR budget") + "&speaker=Nobody+Else";
          assertThat(JSON.readValue(client.get(none).body().string(), SearchResponse.class).total())
              .isZero();
        });
  }

  @Test
  void quotesAnswerWithSpeakerArticleAndMarkedText() {
    test(
        client -> {
          Response response = client.get("/api/quotes?q=inflation");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          JsonNode body = JSON.readTree(response.body().string());
          assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("total", "took_ms", "hits");
          assertThat(body.get("total").asLong()).isEqualTo(1);
          JsonNode hit = body.get("hits").get(0);
          assertThat(hit.fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder(
                  "article_id", "headline", "date", "speaker", "text", "text_html");
          assertThat(hit.get("article_id").asText()).isEqualTo("business/001");
          assertThat(hit.get("headline").asText()).isEqualTo(RATES.headline());
          assertThat(hit.get("date").asText()).isEqualTo("2024-03-01");
          assertThat(hit.get("speaker").asText()).isEqualTo("Jane Smith");
          assertThat(hit.get("text").asText()).isEqualTo("Inflation is still too high,");
          assertThat(hit.get("text_html").asText())
              .isEqualTo("<mark>Inflation</mark> is still too high,");
        });
  }

  @Test
  void quotesBySpeakerAloneAndAnonymousQuotesWithNullSpeaker() {
    test(
        client -> {
          JsonNode bySpeaker =
              JSON.readTree(client.get("/api/quotes?speaker=Jane+Smith").body().string());
          assertThat(bySpeaker.get("hits")).hasSize(1);
          assertThat(bySpeaker.get("hits").get(0).get("text").asText())
              .isEqualTo("Inflation is still too high,");

          JsonNode anonymous = JSON.readTree(client.get("/api/quotes?q=expected").body().string());
          assertThat(anonymous.get("hits").get(0).get("speaker").isNull()).isTrue();
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/quotes",
        "/api/quotes?q=&speaker=",
        "/api/quotes?q=inflation&size=0",
        "/api/quotes?q=inflation&size=101",
        "/api/quotes?q=inflation&from=-1",
        "/api/quotes?q=inflation&from=abc",
        "/api/quotes?q=inflation&from=9995&size=10",
        "/api/speakers?size=0",
        "/api/speakers?size=abc",
        "/api/speakers?size=101"
      })
  void badQuoteAndSpeakerParametersAreBadRequests(String path) {
    test(client -> error(client.get(path), 400));
  }

  @Test
  void speakersListsPeopleWithCountsByPrefix() {
    test(
        client -> {
          Response response = client.get("/api/speakers?prefix=smi&size=5");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          SpeakersResponse body = JSON.readValue(response.body().string(), SpeakersResponse.class);
          assertThat(body.speakers()).containsExactly(new SpeakerCount("Jane Smith", 1, 1));
          SpeakersResponse none =
              JSON.readValue(client.get("/api/speakers?prefix=zz").body().string(), SpeakersResponse.class);
          assertThat(none.speakers()).isEmpty();
        });
  }

  /** A query every fixture article matches. */
  private static final String ALL_THREE = "bank OR budget OR cup";

  private static List<String> ids(HttpClient client, String path) throws IOException {
    Response response = client.get(path);
    assertThat(response.code()).as(path).isEqualTo(200);
    return JSON.readValue(response.body().string(), SearchResponse.class).hits().stream()
        .map(SearchResult.Hit::id)
        .toList();
  }

  @Test
  void searchSortsByDateWithUndatedLast() {
    test(
        client -> {
          assertThat(ids(client, search(ALL_THREE) + "&sort=newest"))
              .containsExactly("politics/002", "business/001", "sport/003");
          assertThat(ids(client, search(ALL_THREE) + "&sort=oldest"))
              .containsExactly("business/001", "politics/002", "sport/003");
        });
  }

  @Test
  void searchFiltersByDateRangeSourceAndYear() {
    test(
        client -> {
          assertThat(ids(client, search(ALL_THREE) + "&date_from=2024-03-02"))
              .containsExactly("politics/002");
          assertThat(ids(client, search(ALL_THREE) + "&date_to=2024-03-01"))
              .containsExactly("business/001");
          assertThat(ids(client, search(ALL_THREE) + "&source=FT")).containsExactly("business/001");
          assertThat(ids(client, search(ALL_THREE) + "&source=FT&source=BBC"))
              .containsExactlyInAnyOrder("business/001", "politics/002");
          assertThat(ids(client, search(ALL_THREE) + "&year=2024"))
              .containsExactlyInAnyOrder("business/001", "politics/002");
        });
  }

  @Test
  void searchFacetsCountSourcesAndYears() {
    test(
        client -> {
          SearchResponse result =
              JSON.readValue(client.get(search(ALL_THREE) + "&source=FT").body().string(), SearchResponse.class);
          assertThat(result.facets().sources())
              .containsExactlyInAnyOrder(new FacetCount("FT", 1), new FacetCount("BBC", 1));
          assertThat(result.facets().years()).containsExactly(new FacetCount("2024", 1));
        });
  }

  @Test
  void searchCursorContinuesToTheLastPage() {
    test(
        client -> {
          List<String> seen = new java.util.ArrayList<>();
          String path = search(ALL_THREE) + "&sort=newest&size=1";
          String next = null;
          do {
            String page = next == null ? path : path + "&cursor=" + next;
            SearchResponse result =
                JSON.readValue(client.get(page).body().string(), SearchResponse.class);
            result.hits().forEach(hit -> seen.add(hit.id()));
            next = result.next();
          } while (next != null);
          assertThat(seen).containsExactly("politics/002", "business/001", "sport/003");
        });
  }

  @Test
  void searchSuggestsABetterSpelling() {
    test(
        client -> {
          JsonNode body = JSON.readTree(client.get(search("inflaton")).body().string());
          assertThat(body.get("total").asLong()).isZero();
          assertThat(body.get("did_you_mean").get("query").asText()).isEqualTo("inflation");
          assertThat(body.get("did_you_mean").get("total").asLong()).isEqualTo(1);
          assertThat(JSON.readTree(client.get(search("inflation")).body().string())
                  .get("did_you_mean").isNull())
              .isTrue();
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "&sort=sideways",
        "&date_from=2024-13-01",
        "&date_to=yesterday",
        "&date_from=2024-03-05&date_to=2024-03-01",
        "&cursor=forged",
        "&cursor=AQAAAAAAAAAAAAAAAQAAAAEAAAAAAAAAAAAAAAA",
        "&from=5&cursor=abc",
        "&year=abc"
      })
  void badSearchValuesAreBadRequestsWithAMessage(String params) {
    test(
        client -> {
          ErrorResponse error = error(client.get(search(ALL_THREE) + params), 400);
          String name = params.substring(1, params.indexOf('='));
          assertThat(error.error()).containsAnyOf(name, "cursor", "date_to");
        });
  }

  @Test
  void relatedArticlesExcludeTheArticleItself() {
    test(
        client -> {
          Response response = client.get("/api/articles/business/001/related?size=2");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          JsonNode hits = JSON.readTree(response.body().string()).get("hits");
          assertThat(hits.size()).isLessThanOrEqualTo(2);
          for (JsonNode hit : hits) {
            assertThat(hit.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("id", "headline", "date", "score");
            assertThat(hit.get("id").asText()).isNotEqualTo("business/001");
          }
          error(client.get("/api/articles/business/999/related"), 404);
          error(client.get("/api/articles/business/001/related?size=0"), 400);
        });
  }

  @Test
  void articleWithoutDateOrSourceSaysNull() {
    test(
        client -> {
          JsonNode body = JSON.readTree(client.get("/api/articles/sport/003").body().string());
          assertThat(body.has("date")).isTrue();
          assertThat(body.get("date").isNull()).isTrue();
          assertThat(body.get("source").isNull()).isTrue();
          assertThat(body.has("paragraphs_html")).isFalse();
        });
  }

  @Test
  void articleWithQueryMarksItsHeadlineAndParagraphs() {
    test(
        client -> {
          JsonNode body =
              JSON.readTree(client.get("/api/articles/business/001?q=inflation").body().string());
          assertThat(body.get("headline_html").asText()).isEqualTo(RATES.headline());
          JsonNode paragraphs = body.get("paragraphs_html");
          assertThat(paragraphs.size()).isEqualTo(RATES.paragraphs().size());
          assertThat(paragraphs.get(1).asText())
              .isEqualTo("&quot;<mark>Inflation</mark> is still too high,&quot; said Jane Smith, the governor.");
          assertThat(JSON.readTree(client.get("/api/articles/business/001").body().string())
                  .has("paragraphs_html"))
              .isFalse();
        });
  }

  @Test
  void searchEscapesMarkupFromArticles() {
    test(
        client -> {
          Response response = client.get(search("minister defended"));
          assertThat(response.code()).isEqualTo(200);
          SearchResponse result = JSON.readValue(response.body().string(), SearchResponse.class);
          assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("politics/002");
            assertThat(String.join("", hit.snippets()))
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
          });
        });
  }

  @Test
  void searchPagesThroughResults() {
    test(
        client -> {
          Response response = client.get(search("the") + "&size=1&from=1");
          assertThat(response.code()).isEqualTo(200);
          SearchResponse result = JSON.readValue(response.body().string(), SearchResponse.class);
          assertThat(result.hits()).hasSizeLessThanOrEqualTo(1);
        });
  }

  @Test
  void searchWithoutQueryIsBadRequest() {
    test(
        client -> {
          assertThat(error(client.get("/api/search"), 400).error()).contains("query");
          assertThat(error(client.get("/api/search?q="), 400).error()).contains("query");
          assertThat(error(client.get("/api/search?q=%20%20"), 400).error()).contains("query");
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"size=0", "size=101", "size=abc", "from=-1", "from=9995&size=10", "from=1e3",
        "size=99999999999"})
  void badPagingIsBadRequest(String paging) {
    test(client -> error(client.get(search("bank") + "&" + paging), 400));
  }

  @Test
  void badPagingMessagesNameTheParameter() {
    test(
        client -> {
          assertThat(error(client.get(search("bank") + "&size=abc"), 400).error())
              .contains("size")
              .contains("abc");
          assertThat(error(client.get(search("bank") + "&size=101"), 400).error())
              .contains("size");
        });
  }

  static Stream<String> hostileQueries() {
    return Stream.of(
        "\"unbalanced", "AND", "OR", "NOT", "-", "-bank", "((((", "))))", "*", "?", "~", "\\",
        "bank~", "bank^", ":", "headline:", "/", "/regex", "[a TO", "{", "&&", "||", "!", "\"\"",
        "\u0000", "bank\u0000", "\uD83D\uDCA5", "*bank", "a* b* c* d* e* f*",
        "a".repeat(5_000), "bank ".repeat(190), "bank OR ".repeat(120), "NOT ".repeat(250),
        "(".repeat(1_000), ")".repeat(1_000), "\"".repeat(1_000), "-".repeat(1_000));
  }

  @ParameterizedTest
  @MethodSource("hostileQueries")
  void hostileQueriesAnswerJsonWithoutServerError(String query) {
    test(
        client -> {
          Response response = client.get(search(query));
          assertThat(response.code()).isBetween(200, 499);
          assertJson(response);
          JsonNode body = JSON.readTree(response.body().string());
          if (response.code() == 200) {
            assertThat(body.has("hits")).isTrue();
          } else {
            assertThat(body.get("error").asText()).isNotBlank();
          }
        });
  }

  @Test
  void overlongQueryIsBadRequest() {
    test(client -> assertThat(error(client.get(search("a".repeat(5_000))), 400).error())
        .contains("1000"));
  }

  @Test
  void articleWithSlashInIdIsFound() {
    test(
        client -> {
          Response response = client.get("/api/articles/business/001");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          String body = response.body().string();
          assertThat(JSON.readValue(body, Article.class)).isEqualTo(RATES);
          assertThat(JSON.readTree(body).fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder(
                  "id", "headline", "date", "date_text", "source", "speakers", "paragraphs",
                  "quotes");
          assertThat(JSON.readTree(body).get("date").asText()).isEqualTo("2024-03-01");
          JsonNode quote = JSON.readTree(body).get("quotes").get(0);
          assertThat(quote.fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder("speaker", "text", "paragraph");
          assertThat(quote.get("paragraph").asInt()).isEqualTo(1);
        });
  }

  @Test
  void articleKeepsMarkupAsPlainText() {
    test(
        client -> {
          String body = client.get("/api/articles/politics/002").body().string();
          Article article = JSON.readValue(body, Article.class);
          // The API returns text; the page inserts it with textContent, so it is never markup.
          assertThat(article.paragraphs().get(0)).contains("<script>alert(1)</script>");
        });
  }

  @Test
  void articleWithoutDateHasNullDate() {
    test(
        client -> {
          JsonNode body = JSON.readTree(client.get("/api/articles/sport/003").body().string());
          assertThat(body.get("date").isNull()).isTrue();
          assertThat(body.get("source").isNull()).isTrue();
        });
  }

  @Test
  void unknownArticleIsNotFound() {
    test(
        client -> {
          assertThat(error(client.get("/api/articles/business/999"), 404).error())
              .contains("business/999");
          error(client.get("/api/articles/business"), 404);
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/articles/../pom.xml",
        "/api/articles/business/../../../etc/passwd",
        "/api/articles/%2e%2e/%2e%2e/etc/passwd",
        "/api/articles/..%2F..%2Fetc%2Fpasswd",
        "/api/articles//etc/passwd",
        "/api/articles/%252e%252e%252fetc"
      })
  void traversalLikeIdsAreNeverServedAsFiles(String path) {
    test(
        client -> {
          Response response = client.get(path);
          assertThat(response.code()).isIn(400, 404);
          assertJson(response);
          assertThat(response.body().string()).doesNotContain("root:").doesNotContain("<project");
        });
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
        (server, client) -> {
          try (Socket socket = new Socket("127.0.0.1", server.port())) {
            String request =
                "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response =
                new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response)
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: application/json; charset=utf-8")
                .endsWith("{\"error\":\"bad request\"}");
          }
        });
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
  void healthCountsArticles() {
    test(
        client -> {
          Response response = client.get("/health");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          assertThat(JSON.readValue(response.body().string(), HealthResponse.class))
              .isEqualTo(new HealthResponse("ok", 3));
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
          assertThat(client.get("/app.js").code()).isEqualTo(200);
          assertThat(client.get("/style.css").code()).isEqualTo(200);
        });
  }
}
