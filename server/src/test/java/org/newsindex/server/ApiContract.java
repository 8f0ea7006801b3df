package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsindex.server.ApiArticles.FERRIES;
import static org.newsindex.server.ApiArticles.LIGHTHOUSE;
import static org.newsindex.server.ApiArticles.LIGHTHOUSE_COPY;
import static org.newsindex.server.ApiArticles.RATES;
import static org.newsindex.server.ApiArticles.all;
import static org.newsindex.server.ApiArticles.ferries;
import static org.newsindex.server.ApiTests.JSON;
import static org.newsindex.server.ApiTests.assertJson;
import static org.newsindex.server.ApiTests.error;
import static org.newsindex.server.ApiTests.search;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.Article;
import org.newsindex.FacetCount;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchResult;
import org.newsindex.SpeakerCount;

/**
 * The HTTP API's contract, run once per backend by a subclass that supplies the index: the same
 * articles written to the local Lucene index ({@link LocalApiContractTest}) and to OpenSearch
 * ({@link OpenSearchApiContractTest}) must give the same answers from {@link NewsServer}. Tests of
 * the server alone (the page, unknown routes, failures) are in {@link NewsServerTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {

  /** A query every one of the first three articles matches, and no other. */
  private static final String ALL_THREE = "bank OR budget OR cup";

  private Backend backend;
  private NewsSearcher searcher;

  /** A new, empty index of the backend under test; the suite closes it, which removes it. */
  abstract Backend newBackend() throws IOException;

  @BeforeAll
  final void load() throws IOException {
    backend = newBackend();
    searcher = backend.load(all());
  }

  @AfterAll
  final void unload() throws IOException {
    try (Backend closing = backend; NewsSearcher closingSearcher = searcher) {
      backend = null;
      searcher = null;
    }
  }

  /** Runs one test against a fresh app over the shared index. */
  private void test(ApiTests.Requests body) {
    ApiTests.test(searcher, body);
  }

  private static SearchResult searchResponse(HttpClient client, String path) throws IOException {
    Response response = client.get(path);
    assertThat(response.code()).as(path).isEqualTo(200);
    assertJson(response);
    return JSON.readValue(response.body().string(), SearchResult.class);
  }

  private static List<String> ids(HttpClient client, String path) throws IOException {
    return searchResponse(client, path).hits().stream().map(SearchResult.Hit::id).toList();
  }

  /** The HTML with its mark elements taken out: what is left must be escaped text. */
  /** The article an answer of {@code /api/articles/<id>} holds, without its copies' ids. */
  private static Article article(String body) throws IOException {
    return JSON.readerFor(Article.class)
        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .readValue(body);
  }

  private static String withoutMarks(String html) {
    return html.replace("<mark>", "").replace("</mark>", "");
  }

  // ---- search: hits, ranking, highlighting

  @Test
  void searchAnswersHitsWithMarkedSnippets() {
    test(
        client -> {
          SearchResult result = searchResponse(client, search("interest rates"));
          assertThat(result.query()).isEqualTo("interest rates");
          assertThat(result.total()).isEqualTo(1);
          assertThat(result.tookMillis()).isNotNegative();
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
                  "snippets", "duplicates");
          assertThat(hit.get("date").asText()).isEqualTo("2024-03-01");
        });
  }

  @Test
  void searchRanksTheArticleAboutTheQueryFirst() {
    test(
        client -> {
          SearchResult result = searchResponse(client, search("pension reform"));
          assertThat(result.hits())
              .extracting(SearchResult.Hit::id)
              .containsExactly("money/pensions", "money/statement");
          assertThat(result.hits().get(0).score()).isGreaterThan(result.hits().get(1).score());
        });
  }

  @Test
  void searchStemsWords() {
    test(
        client ->
            assertThat(ids(client, search("raise interest rate")))
                .containsExactly("business/001"));
  }

  @Test
  void phraseIsMarkedAsOneSpan() {
    test(
        client -> {
          SearchResult result = searchResponse(client, search("\"interest rates\""));
          assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("business/001");
            assertThat(hit.headlineHtml())
                .isEqualTo("Central bank raises <mark>interest rates</mark>");
            assertThat(String.join(" ", hit.snippets()))
                .contains("<mark>interest rates</mark>")
                .doesNotContain("<mark>interest</mark>");
          });
        });
  }

  @Test
  void phraseMatchesWordsInOrderWithinOneParagraph() {
    test(
        client -> {
          assertThat(ids(client, search("\"rates interest\""))).isEmpty();
          // "... in parliament." ends the first paragraph, "Critics said ..." begins the second.
          assertThat(ids(client, search("\"parliament critics\""))).isEmpty();
          assertThat(ids(client, search("parliament critics"))).containsExactly("politics/002");
        });
  }

  @Test
  void searchEscapesMarkupFromArticles() {
    test(
        client -> {
          SearchResult result = searchResponse(client, search("minister defended"));
          assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo("politics/002");
            String snippets = String.join("", hit.snippets());
            assertThat(snippets).contains("&lt;script&gt;").doesNotContain("<script>");
            assertThat(withoutMarks(snippets)).doesNotContain("<");
            assertThat(withoutMarks(hit.headlineHtml())).doesNotContain("<");
          });
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

  // ---- facets and filters

  @Test
  void searchFiltersBySpeakerAndCountsSpeakerFacets() {
    test(
        client -> {
          SearchResult all = searchResponse(client, search("central OR budget"));
          assertThat(all.total()).isEqualTo(2);
          assertThat(all.facets().speakers()).containsExactly(new FacetCount("Jane Smith", 1));

          SearchResult result =
              searchResponse(client, search("central OR budget") + "&speaker=Jane+Smith");
          assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("business/001");
          assertThat(result.facets().speakers()).containsExactly(new FacetCount("Jane Smith", 1));
        });
  }

  @Test
  void searchSpeakerFilterRepeatsAsAlternatives() {
    test(
        client -> {
          String both = search("central OR budget") + "&speaker=Jane+Smith&speaker=Nobody+Else";
          assertThat(ids(client, both)).containsExactly("business/001");
          String none = search("central OR budget") + "&speaker=Nobody+Else";
          assertThat(searchResponse(client, none).total()).isZero();
        });
  }

  @Test
  void emptySpeakerAndSourceFiltersAreNoFilters() {
    test(
        client -> {
          List<String> unfiltered = ids(client, search(ALL_THREE));
          assertThat(unfiltered).hasSize(3);
          assertThat(ids(client, search(ALL_THREE) + "&speaker=&source=+"))
              .containsExactlyElementsOf(unfiltered);
          assertThat(ids(client, search(ALL_THREE) + "&speaker=&speaker=Jane+Smith"))
              .containsExactly("business/001");
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
          SearchResult result = searchResponse(client, search(ALL_THREE) + "&source=FT");
          // A source's own facet ignores the source selection, so the reader can widen it.
          assertThat(result.facets().sources())
              .containsExactlyInAnyOrder(new FacetCount("FT", 1), new FacetCount("BBC", 1));
          assertThat(result.facets().years()).containsExactly(new FacetCount("2024", 1));
        });
  }

  @Test
  void filtersAndFacetsAgreeOnALargerSet() {
    test(
        client -> {
          SearchResult all = searchResponse(client, search("ferry") + "&size=1");
          assertThat(all.total()).isEqualTo(FERRIES);
          assertThat(all.facets().sources())
              .containsExactlyInAnyOrder(
                  new FacetCount("Island Post", 15), new FacetCount("Coast Radio", 15));
          assertThat(all.facets().years())
              .containsExactlyInAnyOrder(
                  new FacetCount("2019", 9), new FacetCount("2020", 9), new FacetCount("2021", 9));

          SearchResult in2020 = searchResponse(client, search("ferry") + "&year=2020&size=100");
          assertThat(in2020.total()).isEqualTo(9);
          assertThat(in2020.hits()).allSatisfy(hit -> assertThat(hit.date().getYear()).isEqualTo(2020));
          assertThat(ids(client, search("ferry") + "&date_from=2020-01-01&date_to=2020-12-31&size=100"))
              .containsExactlyInAnyOrderElementsOf(
                  in2020.hits().stream().map(SearchResult.Hit::id).toList());
          SearchResult june2 =
              searchResponse(client, search("ferry") + "&date_from=2021-06-02&date_to=2021-06-02");
          // Dated ferries n % 3 == 2 and n % 4 == 1: n = 5, 17.
          assertThat(june2.hits())
              .extracting(SearchResult.Hit::id)
              .containsExactlyInAnyOrder("ferry/05", "ferry/17");

          SearchResult island =
              searchResponse(client, search("ferry") + "&source=Island+Post&year=2019&size=100");
          // Even n with n % 3 == 0, dated: 0, 6, 12, 18, 24.
          assertThat(island.hits())
              .extracting(SearchResult.Hit::id)
              .containsExactlyInAnyOrder("ferry/00", "ferry/06", "ferry/12", "ferry/18", "ferry/24");
        });
  }

  // ---- sorting and paging

  @Test
  void searchSortsByDateWithUndatedLast() {
    test(
        client -> {
          assertThat(ids(client, search(ALL_THREE) + "&sort=newest"))
              .containsExactly("politics/002", "business/001", "sport/003");
          assertThat(ids(client, search(ALL_THREE) + "&sort=oldest"))
              .containsExactly("business/001", "politics/002", "sport/003");
          // Any case; an empty choice, as a form sends it, is the default order.
          assertThat(ids(client, search(ALL_THREE) + "&sort=NEWEST"))
              .containsExactly("politics/002", "business/001", "sport/003");
          assertThat(ids(client, search(ALL_THREE) + "&sort="))
              .containsExactlyElementsOf(ids(client, search(ALL_THREE)));
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"newest", "oldest", "relevance"})
  void cursorPagesHaveNoOverlapAndNoGap(String sort) {
    test(
        client -> {
          List<SearchResult.Hit> byCursor = new ArrayList<>();
          String path = search("ferry") + "&sort=" + sort + "&size=7";
          String next = null;
          int pages = 0;
          do {
            SearchResult page =
                searchResponse(client, next == null ? path : path + "&cursor=" + next);
            assertThat(page.total()).isEqualTo(FERRIES);
            assertThat(page.hits()).hasSizeLessThanOrEqualTo(7);
            byCursor.addAll(page.hits());
            next = page.next();
            assertThat(++pages).as("pages").isLessThanOrEqualTo(5);
          } while (next != null);

          List<String> ids = byCursor.stream().map(SearchResult.Hit::id).toList();
          assertThat(ids).doesNotHaveDuplicates().hasSize(FERRIES);
          assertThat(ids)
              .containsExactlyInAnyOrderElementsOf(
                  ferries().stream().map(Article::id).toList());
          List<LocalDate> dates = byCursor.stream().map(SearchResult.Hit::date).toList();
          if (sort.equals("newest")) {
            assertThat(dates)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
          } else if (sort.equals("oldest")) {
            assertThat(dates).isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));
          }

          // Numbered pages walk the same order.
          List<String> byFrom = new ArrayList<>();
          for (int from = 0; from < FERRIES; from += 7) {
            byFrom.addAll(ids(client, search("ferry") + "&sort=" + sort + "&size=7&from=" + from));
          }
          assertThat(byFrom).isEqualTo(ids);
        });
  }

  @Test
  void searchCursorContinuesToTheLastPage() {
    test(
        client -> {
          List<String> seen = new ArrayList<>();
          String path = search(ALL_THREE) + "&sort=newest&size=1";
          String next = null;
          do {
            SearchResult result =
                searchResponse(client, next == null ? path : path + "&cursor=" + next);
            result.hits().forEach(hit -> seen.add(hit.id()));
            next = result.next();
          } while (next != null);
          assertThat(seen).containsExactly("politics/002", "business/001", "sport/003");
        });
  }

  @Test
  void searchPagesThroughResults() {
    test(
        client -> {
          SearchResult first = searchResponse(client, search("ferry") + "&size=10");
          SearchResult last = searchResponse(client, search("ferry") + "&size=10&from=25");
          assertThat(first.hits()).hasSize(10);
          assertThat(last.hits()).hasSize(5);
          assertThat(last.total()).isEqualTo(FERRIES);
        });
  }

  // ---- quotes and speakers

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
                  "article_id", "headline", "date", "speaker", "text", "text_html", "also_in");
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

          JsonNode anyCase = JSON.readTree(client.get("/api/quotes?speaker=jane+smith").body().string());
          assertThat(anyCase.get("hits")).isEqualTo(bySpeaker.get("hits"));

          JsonNode anonymous = JSON.readTree(client.get("/api/quotes?q=expected").body().string());
          assertThat(anonymous.get("hits")).hasSize(1);
          assertThat(anonymous.get("hits").get(0).get("speaker").isNull()).isTrue();
        });
  }

  @Test
  void quotesFilterWordsBySpeaker() {
    test(
        client -> {
          JsonNode hers =
              JSON.readTree(client.get("/api/quotes?q=high&speaker=Jane+Smith").body().string());
          assertThat(hers.get("total").asLong()).isEqualTo(1);
          assertThat(hers.get("hits").get(0).get("text_html").asText())
              .isEqualTo("Inflation is still too <mark>high</mark>,");
          JsonNode nobody =
              JSON.readTree(client.get("/api/quotes?q=expected&speaker=Jane+Smith").body().string());
          assertThat(nobody.get("total").asLong()).isZero();
          assertThat(nobody.get("hits")).isEmpty();
        });
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
          assertThat(JSON.readValue(client.get("/api/speakers?prefix=JANE").body().string(),
                  SpeakersResponse.class).speakers())
              .containsExactly(new SpeakerCount("Jane Smith", 1, 1));
          assertThat(JSON.readValue(client.get("/api/speakers").body().string(),
                  SpeakersResponse.class).speakers())
              .containsExactly(new SpeakerCount("Jane Smith", 1, 1));
          SpeakersResponse none =
              JSON.readValue(client.get("/api/speakers?prefix=zz").body().string(), SpeakersResponse.class);
          assertThat(none.speakers()).isEmpty();
        });
  }

  // ---- articles

  @Test
  void articleWithSlashInIdIsFound() {
    test(
        client -> {
          Response response = client.get("/api/articles/business/001");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          String body = response.body().string();
          assertThat(article(body)).isEqualTo(RATES);
          assertThat(JSON.readTree(body).fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder(
                  "id", "headline", "date", "date_text", "source", "speakers", "paragraphs",
                  "quotes", "duplicates", "duplicate_ids");
          assertThat(JSON.readTree(body).get("date").asText()).isEqualTo("2024-03-01");
          JsonNode quote = JSON.readTree(body).get("quotes").get(0);
          assertThat(quote.fieldNames())
              .toIterable()
              .containsExactlyInAnyOrder("speaker", "text", "paragraph");
          assertThat(quote.get("paragraph").asInt()).isEqualTo(1);
        });
  }

  @Test
  void everyArticleComesBackAsWritten() {
    test(
        client -> {
          for (Article article : all()) {
            Response response = client.get("/api/articles/" + article.id());
            assertThat(response.code()).as(article.id()).isEqualTo(200);
            assertThat(article(response.body().string())).isEqualTo(article);
          }
        });
  }

  @Test
  void articleKeepsMarkupAsPlainText() {
    test(
        client -> {
          Article article =
              article(client.get("/api/articles/politics/002").body().string());
          // The API returns text; the page inserts it with textContent, so it is never markup.
          assertThat(article.paragraphs().get(0)).contains("<script>alert(1)</script>");
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
  void articleWithPhraseQueryMarksThePhraseAsOneSpanAndEscapesText() {
    test(
        client -> {
          String phrase = URLEncoder.encode("\"interest rates\"", StandardCharsets.UTF_8);
          JsonNode rates =
              JSON.readTree(client.get("/api/articles/business/001?q=" + phrase).body().string());
          assertThat(rates.get("headline_html").asText())
              .isEqualTo("Central bank raises <mark>interest rates</mark>");
          assertThat(rates.get("paragraphs_html").get(0).asText())
              .isEqualTo("The central bank raised <mark>interest rates</mark> by a quarter point on Thursday.");

          JsonNode script =
              JSON.readTree(client.get("/api/articles/politics/002?q=minister").body().string());
          assertThat(script.get("paragraphs_html").get(0).asText())
              .isEqualTo("The <mark>minister</mark> defended the budget &lt;script&gt;alert(1)&lt;/script&gt; in parliament.");
        });
  }

  @Test
  void relatedArticlesAreAlikeAndExcludeTheArticleItself() {
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

          JsonNode ferries =
              JSON.readTree(client.get("/api/articles/ferry/00/related?size=5").body().string())
                  .get("hits");
          assertThat(ferries).hasSize(5);
          for (JsonNode hit : ferries) {
            assertThat(hit.get("id").asText()).startsWith("ferry/").isNotEqualTo("ferry/00");
            assertThat(hit.get("headline").asText()).isEqualTo("Ferry timetable changes");
            assertThat(hit.get("score").asDouble()).isPositive();
          }
        });
  }

  @Test
  void unknownArticleIsNotFound() {
    test(
        client -> {
          assertThat(error(client.get("/api/articles/business/999"), 404).error())
              .contains("business/999");
          error(client.get("/api/articles/business"), 404);
          error(client.get("/api/articles/business/999?q=bank"), 404);
          error(client.get("/api/articles/business/999/related"), 404);
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

  @Test
  void healthCountsArticles() {
    test(
        client -> {
          Response response = client.get("/health");
          assertThat(response.code()).isEqualTo(200);
          assertJson(response);
          assertThat(JSON.readValue(response.body().string(), HealthResponse.class))
              .isEqualTo(new HealthResponse("ok", all().size()));
        });
  }

  @Test
  void metricsCountRequestsAndDescribeTheIndex() {
    test(
        client -> {
          Map<String, Double> before = metrics(client);
          String query = search("island ferry timetable") + "&size=3";
          assertThat(client.get(query).code()).isEqualTo(200);
          assertThat(client.get(query).code()).isEqualTo(200);
          assertThat(client.get("/api/articles/business/001").code()).isEqualTo(200);
          assertThat(client.get("/api/nothing-here").code()).isEqualTo(404);
          Map<String, Double> after = metrics(client);

          assertThat(after)
              .containsEntry(requests("/api/search", 200), 2.0)
              .containsEntry(requests("/api/articles/<id>", 200), 1.0)
              .containsEntry(requests("unmatched", 404), 1.0)
              .containsEntry("newsindex_index_articles", (double) all().size())
              .containsEntry(
                  "newsindex_index_quotes",
                  (double) all().stream().mapToLong(article -> article.quotes().size()).sum())
              .containsKey("newsindex_search_timeouts_total")
              .containsKey("newsindex_index_refresh_age_seconds")
              .containsKey("jvm_gc_memory_allocated_bytes_total");
          assertThat(after.get("newsindex_index_size_bytes")).isPositive();
          assertThat(after.keySet())
              .anyMatch(name -> name.startsWith("newsindex_http_requests_seconds_bucket{"))
              .anyMatch(name -> name.startsWith("jvm_memory_used_bytes{area=\"heap\""));
          // Each search is a hit or a miss of the result cache.
          assertThat(searched(after) - searched(before)).isEqualTo(2.0);
        });
  }

  @Test
  void copiesOfAStoryAreOneHitThatCountsThemUnlessAskedOtherwise() {
    test(
        client -> {
          JsonNode collapsed = JSON.readTree(client.get(search("lighthouse")).body().string());
          assertThat(collapsed.get("total").asInt()).isEqualTo(2);
          assertThat(collapsed.get("hits")).hasSize(1);
          assertThat(collapsed.get("hits").get(0).get("duplicates").asInt()).isEqualTo(1);

          JsonNode every =
              JSON.readTree(client.get(search("lighthouse") + "&collapse=false").body().string());
          assertThat(every.get("hits")).hasSize(2);
          for (JsonNode hit : every.get("hits")) {
            assertThat(hit.get("duplicates").asInt()).isEqualTo(1);
          }
          assertThat(ids(client, search("bank") + "&collapse=false"))
              .isEqualTo(ids(client, search("bank")));

          assertThat(error(client.get(search("lighthouse") + "&collapse=maybe"), 400).error())
              .contains("collapse");
        });
  }

  @Test
  void anArticleNamesItsCopiesAndAQuoteTheOtherArticlesThatHoldIt() {
    test(
        client -> {
          JsonNode copy = JSON.readTree(client.get("/api/articles/wire/lighthouse").body().string());
          assertThat(copy.get("duplicates").asInt()).isEqualTo(1);
          assertThat(copy.get("duplicate_ids").get(0).asText()).isEqualTo(LIGHTHOUSE.id());
          JsonNode alone = JSON.readTree(client.get("/api/articles/business/001").body().string());
          assertThat(alone.get("duplicates").asInt()).isZero();
          assertThat(alone.get("duplicate_ids")).isEmpty();

          JsonNode quotes = JSON.readTree(client.get("/api/quotes?q=lamp").body().string());
          assertThat(quotes.get("hits")).hasSize(1);
          JsonNode quote = quotes.get("hits").get(0);
          assertThat(quote.get("also_in")).hasSize(1);
          assertThat(List.of(quote.get("article_id").asText(), quote.get("also_in").get(0).asText()))
              .containsExactlyInAnyOrder(LIGHTHOUSE.id(), LIGHTHOUSE_COPY.id());
          assertThat(JSON.readTree(client.get("/api/quotes?q=lamp&collapse=false").body().string())
                  .get("hits"))
              .hasSize(2);
        });
  }

  @Test
  void everyAnswerIsWhatTheOpenApiDocumentPromises() {
    test(
        client -> {
          String[][] requests = {
            {"/api/search", search("bank")},
            {"/api/search", search("central bank") + "&sort=newest&size=2&source=FT"},
            {"/api/search", search("ferry") + "&size=1&year=2020"},
            {"/api/search", search("pensoin reform")},
            {"/api/search", search("bank") + "&size=abc"},
            {"/api/search", "/api/search"},
            {"/api/quotes", "/api/quotes?q=inflation"},
            {"/api/quotes", "/api/quotes?speaker=Jane+Smith"},
            {"/api/quotes", "/api/quotes?q=inflation&from=-1"},
            {"/api/search", search("lighthouse")},
            {"/api/search", search("lighthouse") + "&collapse=false"},
            {"/api/search", search("lighthouse") + "&collapse=maybe"},
            {"/api/quotes", "/api/quotes?q=lamp"},
            {"/api/articles/{id}", "/api/articles/wire/lighthouse"},
            {"/api/speakers", "/api/speakers?prefix=jan"},
            {"/api/speakers", "/api/speakers?size=0"},
            {"/api/articles/{id}", "/api/articles/business/001"},
            {"/api/articles/{id}", "/api/articles/sport/003?q=cup"},
            {"/api/articles/{id}", "/api/articles/business/999"},
            {"/api/articles/{id}/related", "/api/articles/business/001/related"},
            {"/api/articles/{id}/related", "/api/articles/business/999/related"},
            {"/api/articles/{id}/related", "/api/articles/business/001/related?size=0"},
            {"/health", "/health"}
          };
          for (String[] request : requests) {
            Response response = client.get(request[1]);
            OpenApiDocument.assertConforms(request[0], response.code(), response.body().string());
          }
        });
  }

  /** The sample that counts GET requests to a route that answered with a status. */
  private static String requests(String route, int status) {
    return "newsindex_http_requests_seconds_count{method=\"GET\",route=\"" + route
        + "\",status=\"" + status + "\"}";
  }

  /** Searches answered, from the cache or not. */
  private static double searched(Map<String, Double> metrics) {
    return metrics.get("newsindex_result_cache_hits_total")
        + metrics.get("newsindex_result_cache_misses_total");
  }

  /** The samples of a scrape, by name and labels. */
  private static Map<String, Double> metrics(HttpClient client) throws IOException {
    Response response = client.get("/metrics");
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.headers().get("Content-Type"))
        .containsExactly(NewsServer.METRICS_CONTENT_TYPE);
    Map<String, Double> samples = new HashMap<>();
    for (String line : response.body().string().split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int space = line.lastIndexOf(' ');
        samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
      }
    }
    return samples;
  }

  // ---- bad input

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
        "size=99999999999", "size=%EF%BC%95", "size=%D9%A5"})
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
          assertThat(error(client.get(search("bank") + "&size=99999999999"), 400).error())
              .contains("size is too large");
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
        "/api/quotes?speaker=Jane+Smith&speaker=John+Doe",
        "/api/speakers?size=0",
        "/api/speakers?size=abc",
        "/api/speakers?size=101",
        "/api/articles/business/001/related?size=0",
        "/api/articles/business/001/related?size=101"
      })
  void badQuoteSpeakerAndRelatedParametersAreBadRequests(String path) {
    test(client -> error(client.get(path), 400));
  }

  @Test
  void overlongQueryIsBadRequest() {
    test(client -> assertThat(error(client.get(search("a".repeat(5_000))), 400).error())
        .contains("1000"));
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
          for (String path : List.of(search(query), "/api/quotes?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))) {
            Response response = client.get(path);
            assertThat(response.code()).as(path).isBetween(200, 499);
            assertJson(response);
            JsonNode body = JSON.readTree(response.body().string());
            if (response.code() == 200) {
              assertThat(body.has("hits")).isTrue();
            } else {
              assertThat(body.get("error").asText()).isNotBlank();
            }
          }
        });
  }
}
