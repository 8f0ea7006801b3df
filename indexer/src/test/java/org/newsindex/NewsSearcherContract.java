package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.lucene.TestIndex;

/**
 * What every {@link NewsSearcher} does, whatever holds the index: a subclass per backend supplies
 * its indexes, and each test runs against each backend. The expected snippets are exact strings,
 * so the backends must highlight alike, not merely find the same articles.
 *
 * <p>Each set of {@link ContractArticles} is written once per class, through the backend's own
 * writer, and shared by the tests that only read it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NewsSearcherContract {

  /** A new, empty index of the backend under test: how to open its writer and its searcher. */
  public record Store(Opener<ArticleWriter> writers, Opener<NewsSearcher> searchers) {

    /** Opens something of an index. */
    @FunctionalInterface
    public interface Opener<T> {
      T open() throws IOException;
    }

    public ArticleWriter writer() throws IOException {
      return writers.open();
    }

    public NewsSearcher searcher() throws IOException {
      return searchers.open();
    }
  }

  private final Map<List<Article>, NewsSearcher> searchers = new IdentityHashMap<>();
  private final List<NewsSearcher> opened = new ArrayList<>();

  /** Makes a new, empty index; the subclass removes it in {@link #deleteStores()}. */
  protected abstract Store newStore() throws IOException;

  /** Removes every index {@link #newStore()} made. */
  protected abstract void deleteStores() throws IOException;

  /** A searcher over an index of these articles, written the first time a test asks. */
  final NewsSearcher over(List<Article> articles) throws IOException {
    NewsSearcher searcher = searchers.get(articles);
    if (searcher == null) {
      searcher = open(newStore(), articles);
      searchers.put(articles, searcher);
    }
    return searcher;
  }

  private NewsSearcher open(Store store, List<Article> articles) throws IOException {
    try (ArticleWriter writer = store.writer()) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    NewsSearcher searcher = store.searcher();
    opened.add(searcher);
    return searcher;
  }

  @AfterAll
  final void closeAndDelete() throws IOException {
    for (NewsSearcher searcher : opened) {
      searcher.close();
    }
    deleteStores();
  }

  @Test
  void aClosedSearcherSaysSoOnEveryCallEvenForARepeatItHasCached() throws IOException {
    NewsSearcher searcher = open(newStore(), ContractArticles.BASICS);
    SearchRequest officials = SearchRequest.of("officials");
    assertThat(searcher.search(officials).total()).isEqualTo(2);

    searcher.close();
    searcher.close();

    List<ThrowingCallable> calls = List.of(
        () -> searcher.search(officials),
        () -> searcher.searchQuotes(QuoteSearchRequest.of("officials", null)),
        () -> searcher.speakers("", 10),
        () -> searcher.find("world/minsk"),
        () -> searcher.related("world/minsk", 3),
        () -> searcher.highlight("world/minsk", "officials"),
        () -> searcher.duplicatesOf("world/minsk"),
        searcher::articleCount,
        searcher::stats);
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("this searcher is closed");
    }
  }

  @Test
  void anArticleIdMustNotBeNull() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThatThrownBy(() -> searcher.find(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> searcher.related(null, 3)).hasMessage("id");
    assertThatThrownBy(() -> searcher.duplicatesOf(null)).hasMessage("id");
    assertThatThrownBy(() -> searcher.highlight(null, "officials")).hasMessage("id");
  }

  // Words, phrases and highlighting.

  @Test
  void stemmedKeywordFindsOtherFormsOfTheWord() throws IOException {
    SearchResult result = over(ContractArticles.BASICS).search(SearchRequest.of("interfering"));

    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            "Asked if he believed Russia had <mark>interfered</mark> in the US election, Mr Mattis"
                + " spoke.");
  }

  @Test
  void everyKeywordMustMatch() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(ids(searcher.search(SearchRequest.of("officials rates")))).containsExactly("business/001");
    assertThat(ids(searcher.search(SearchRequest.of("officials")))).hasSize(2);
  }

  @Test
  void quotedPhraseIsOneMarkInTheOriginalCase() throws IOException {
    SearchResult result = over(ContractArticles.BASICS).search(SearchRequest.of("\"minsk agreements\""));

    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            "Washington’s top officials called on Moscow to comply with the <mark>Minsk"
                + " agreements</mark>.");
  }

  @Test
  void phraseInTypographicQuotesIsAPhrase() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(searcher.search(SearchRequest.of("\u201cagreements minsk\u201d")).total()).isZero();
    assertThat(searcher.search(SearchRequest.of("\u201eagreements minsk\u201c")).total()).isZero();
    SearchResult result = searcher.search(SearchRequest.of("\u00abminsk agreements\u00bb"));
    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets().get(0)).contains("<mark>Minsk agreements</mark>");
  }

  @Test
  void aTypedWordThatAnalysisSplitsMatchesItsPartsInARow() throws IOException {
    NewsSearcher searcher = over(ContractArticles.JOINED);

    assertThat(ids(searcher.search(SearchRequest.of("M&S")))).containsExactly("retail");
    assertThat(ids(searcher.search(SearchRequest.of("m&s prices")))).containsExactly("retail");
    // The parts in a row as written, whatever joins them; not parts far apart.
    assertThat(ids(searcher.search(SearchRequest.of("co-operation"))))
        .containsExactlyInAnyOrder("treaty", "ops");
    SearchResult retail = searcher.search(SearchRequest.of("M&S"));
    assertThat(retail.hits().get(0).snippets().get(0)).contains("<mark>M&amp;S</mark>");
  }

  /** An overlong passage is cut at its end when its first match fits: the speaker stays in. */
  @Test
  void anOverlongSnippetKeepsItsSentenceStartWhenTheMatchFits() throws IOException {
    NewsSearcher searcher = over(List.of(ContractArticles.LONG_SENTENCE));

    String snippet = searcher.search(SearchRequest.of("election")).hits().get(0).snippets().get(0);

    assertThat(snippet)
        .startsWith("Lord Sainsbury added that")
        .contains("general <mark>election</mark> funds")
        .endsWith("\u2026");
    assertThat(snippet.replaceAll("<[^>]+>", "").length() - 1).isLessThanOrEqualTo(250);
  }

  @Test
  void phraseIsUnstemmedAndInOrder() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(searcher.search(SearchRequest.of("\"minsk agreement\"")).total()).isZero();
    assertThat(searcher.search(SearchRequest.of("\"agreements minsk\"")).total()).isZero();
  }

  @Test
  void phraseNeverMatchesAcrossParagraphs() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(searcher.search(SearchRequest.of("\"election results\"")).total()).isZero();
    assertThat(ids(searcher.search(SearchRequest.of("election results"))))
        .containsExactly("politics/split");
  }

  @Test
  void headlineIsMarkedAndWeighsMoreThanBody() throws IOException {
    SearchResult result = over(ContractArticles.BASICS).search(SearchRequest.of("officials"));

    assertThat(ids(result)).containsExactly("world/minsk", "business/001");
    assertThat(result.hits().get(0).headlineHtml())
        .isEqualTo("US <mark>officials</mark> set conditions on Russia thaw");
    assertThat(result.hits().get(1).headlineHtml()).isEqualTo("Central bank holds rates");
    assertThat(result.hits().get(1).snippets())
        .containsExactly(
            "The central bank kept rates on hold. <mark>Officials</mark> said inflation was"
                + " falling.");
  }

  @Test
  void articleTextIsEscapedAndOnlyMarksAreMarkup() throws IOException {
    SearchResult.Hit hit = over(ContractArticles.BASICS).search(SearchRequest.of("injection")).hits().get(0);

    assertThat(hit.headlineHtml())
        .isEqualTo("Script &lt;b&gt;<mark>injection</mark>&lt;/b&gt; &amp; friends");
    assertThat(hit.snippets())
        .containsExactly(
            "A paragraph containing &lt;script&gt;alert(1)&lt;/script&gt; about"
                + " <mark>injection</mark>.");
  }

  @Test
  void hitWithNoBodyMatchShowsItsFirstSentence() throws IOException {
    SearchResult.Hit hit = over(ContractArticles.BASICS).search(SearchRequest.of("thaw")).hits().get(0);

    assertThat(hit.headlineHtml()).isEqualTo("US officials set conditions on Russia <mark>thaw</mark>");
    assertThat(hit.snippets())
        .containsExactly(
            "Washington’s top officials called on Moscow to comply with the Minsk agreements.");
  }

  @Test
  void orWidensAndMinusExcludes() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(ids(searcher.search(SearchRequest.of("bonn OR markets"))))
        .containsExactlyInAnyOrder("world/minsk", "business/001");
    assertThat(ids(searcher.search(SearchRequest.of("officials -rates")))).containsExactly("world/minsk");
    assertThat(ids(searcher.search(SearchRequest.of("officials AND NOT rates"))))
        .containsExactly("world/minsk");
    assertThat(ids(searcher.search(SearchRequest.of("-officials"))))
        .containsExactlyInAnyOrder("tech/hostile", "politics/split");
  }

  @Test
  void prefixNeedsTwoCharacters() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(ids(searcher.search(SearchRequest.of("offic*")))).hasSize(2);
    assertThat(searcher.search(SearchRequest.of("o*")).total()).isZero();
  }

  @Test
  void prefixIgnoresCaseAndAccents() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(ids(searcher.search(SearchRequest.of("OFFÍC*"))))
        .isEqualTo(ids(searcher.search(SearchRequest.of("offic*"))))
        .hasSize(2);
  }

  @Test
  void prefixMatchesWrittenWordsWhateverTheirStem() throws IOException {
    NewsSearcher searcher = over(ContractArticles.FORMS);

    assertThat(ids(searcher.search(SearchRequest.of("livi*")))).containsExactly("living");
    assertThat(searcher.search(SearchRequest.of("livi*")).hits().get(0).headlineHtml())
        .isEqualTo("<mark>Living</mark> costs climb");
  }

  @Test
  void keywordWhoseStemIsAStopWordMatchesItsFormsNotTheStopWord() throws IOException {
    NewsSearcher searcher = over(ContractArticles.FORMS);

    assertThat(ids(searcher.search(SearchRequest.of("were")))).containsExactly("living");
    assertThat(ids(searcher.search(SearchRequest.of("been")))).containsExactly("living");
    assertThat(ids(searcher.search(SearchRequest.of("\"be announced\"")))).containsExactly("be");
  }

  @Test
  void aWordOfThreeLettersIsItsOwnStem() throws IOException {
    NewsSearcher searcher = over(ContractArticles.FORMS);

    assertThat(ids(searcher.search(SearchRequest.of("KLY")))).containsExactly("kly");
    assertThat(ids(searcher.search(SearchRequest.of("BES")))).containsExactly("bes");
  }

  @Test
  void anInitialismWithDotsAndWithoutIsOneWord() throws IOException {
    NewsSearcher searcher = over(ContractArticles.INITIALISMS);

    assertThat(ids(searcher.search(SearchRequest.of("US trade"))))
        .containsExactlyInAnyOrder("reuters", "bbc", "pronoun");
    SearchResult phrase = searcher.search(SearchRequest.of("\"U.S. trade\""));
    assertThat(ids(phrase)).containsExactlyInAnyOrder("reuters", "bbc");
    assertThat(phrase.hits()).extracting(hit -> hit.snippets().get(0)).containsExactlyInAnyOrder(
        "The <mark>U.S. trade</mark> deficit widened in May.",
        "The <mark>US trade</mark> gap grew again, figures showed.");
  }

  @Test
  void phraseFindsAWordWithAPossessiveEnding() throws IOException {
    SearchResult result = over(ContractArticles.BASICS).search(SearchRequest.of("\"washington top officials\""));

    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            "<mark>Washington’s top officials</mark> called on Moscow to comply with the Minsk"
                + " agreements.");
  }

  @Test
  void hitCarriesTheArticleFields() throws IOException {
    SearchResult.Hit hit = over(ContractArticles.BASICS).search(SearchRequest.of("bonn")).hits().get(0);

    assertThat(hit.id()).isEqualTo("world/minsk");
    assertThat(hit.headline()).isEqualTo(ContractArticles.MINSK.headline());
    assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 19));
    assertThat(hit.source()).isEqualTo("FT");
    assertThat(hit.speakers()).containsExactly("Rex Tillerson", "James Mattis");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void pagingSkipsAndCountsEveryMatch() throws IOException {
    SearchResult second =
        over(ContractArticles.BASICS).search(SearchRequest.builder("officials").from(1).size(1).build());

    assertThat(second.total()).isEqualTo(2);
    assertThat(ids(second)).containsExactly("business/001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unbalanced", "AND", "OR", "NOT", "-", "+", "|", "((((", "))", "*", "~", "\\", "\"\"",
        "a*", "-officials", "officials~2", "\"officials\"~3", "the", "(officials OR", "-\"\"",
        "℃ 中文 ☃", "officials \\\"", "OR officials OR"
      })
  void oddSyntaxIsReadLenientlyWithoutErrors(String query) throws IOException {
    SearchResult result = over(ContractArticles.BASICS).search(SearchRequest.of(query));

    assertThat(result.total()).isGreaterThanOrEqualTo(0);
    assertThat(result.hits()).hasSizeLessThanOrEqualTo((int) result.total());
  }

  @Test
  void queryWithTooManyClausesIsRefused() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      query.append((char) ('b' + i % 20)).append(i % 10).append(' ');
    }
    assertThatThrownBy(() -> over(ContractArticles.BASICS).search(SearchRequest.of(query.toString().strip())))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("600 clauses")
        .hasMessageContaining("limit is " + Limits.MAX_CLAUSES);
  }

  @Test
  void manyTermsAreStillAnswered() throws IOException {
    String query = "officials ".repeat(99) + "officials";

    assertThat(over(ContractArticles.BASICS).search(SearchRequest.of(query)).total()).isEqualTo(2);
  }

  @Test
  void longArticleIsHighlightedToItsEnd() throws IOException {
    SearchResult.Hit hit = over(ContractArticles.LONG).search(SearchRequest.of("zebra")).hits().get(0);

    assertThat(hit.snippets()).containsExactly("At the very end the <mark>zebra</mark> finally appears.");
  }

  @Test
  void findReturnsTheWholeArticle() throws IOException {
    NewsSearcher searcher = over(ContractArticles.BASICS);

    assertThat(searcher.find("world/minsk")).contains(ContractArticles.MINSK);
    assertThat(searcher.find("business/001")).contains(ContractArticles.BANKS);
    assertThat(searcher.find("nope")).isEmpty();
  }

  // Facets and filters.

  @Test
  void speakerFacetCountsTheMatchingArticles() throws IOException {
    SearchResult result = over(ContractArticles.QUOTED).search(SearchRequest.of("terrorism"));

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.facets().speakers())
        .containsExactly(new FacetCount("Sergei Lavrov", 2), new FacetCount("Dmitry Peskov", 1));
    assertThat(result.facets().sources()).containsExactlyInAnyOrder(
        new FacetCount("FT", 1), new FacetCount("BBC", 1));
    assertThat(result.facets().years()).containsExactly(new FacetCount("2024", 1));
  }

  @Test
  void speakerFilterKeepsArticlesQuotingThatPersonAndItsFacetCountsSideways() throws IOException {
    SearchResult result =
        over(ContractArticles.QUOTED).search(
            SearchRequest.builder("terrorism").speakers(List.of("Dmitry Peskov")).build());

    assertThat(ids(result)).containsExactly("world/lavrov");
    assertThat(result.total()).isEqualTo(1);
    assertThat(result.facets().speakers())
        .containsExactly(new FacetCount("Sergei Lavrov", 2), new FacetCount("Dmitry Peskov", 1));
    assertThat(result.facets().sources()).containsExactly(new FacetCount("FT", 1));
  }

  @Test
  void severalSpeakersWidenTheFilter() throws IOException {
    SearchResult result =
        over(ContractArticles.QUOTED).search(
            SearchRequest.builder("the OR bank OR terrorism")
                .speakers(List.of("Dmitry Peskov", "Jane Smith"))
                .build());

    assertThat(ids(result)).containsExactlyInAnyOrder("world/lavrov", "business/rates");
  }

  @Test
  void aSpeakerFilterIgnoresCaseAndAccents() throws IOException {
    NewsSearcher searcher = over(ContractArticles.QUOTED);

    for (String typed : List.of("dmitry peskov", "DMITRY PESKOV", " Dmítry Peskov ")) {
      SearchResult result =
          searcher.search(SearchRequest.builder("terrorism").speakers(List.of(typed)).build());
      assertThat(ids(result)).as(typed).containsExactly("world/lavrov");
      assertThat(result.facets().speakers()).as(typed)
          .containsExactly(new FacetCount("Sergei Lavrov", 2), new FacetCount("Dmitry Peskov", 1));
    }
    assertThat(searcher.searchQuotes(QuoteSearchRequest.of(null, "sergei lavrov")).hits())
        .extracting(QuoteSearchResult.Hit::articleId)
        .containsExactly("world/lavrov", "world/terror");
  }

  @Test
  void unknownSpeakerMatchesNothing() throws IOException {
    SearchResult result =
        over(ContractArticles.QUOTED).search(
            SearchRequest.builder("terrorism").speakers(List.of("Nobody")).build());

    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
  }

  @Test
  void quotesAreNotArticleHits() throws IOException {
    NewsSearcher searcher = over(ContractArticles.QUOTED);

    assertThat(ids(searcher.search(SearchRequest.of("\"nobody answers\"")))).containsExactly("business/rates");
    assertThat(searcher.articleCount()).isEqualTo(3);
  }

  @Test
  void statsCountArticlesQuotesTheIndexAndEverySearch() throws IOException {
    NewsSearcher searcher = over(ContractArticles.QUOTED);
    IndexStats before = searcher.stats();

    assertThat(before.articles()).isEqualTo(ContractArticles.QUOTED.size());
    assertThat(before.quotes())
        .isEqualTo(ContractArticles.QUOTED.stream().mapToLong(a -> a.quotes().size()).sum())
        .isPositive();
    assertThat(before.sizeBytes()).isPositive();

    searcher.search(SearchRequest.of("\"losing time\""));
    searcher.search(SearchRequest.of("\"losing time\""));
    IndexStats after = searcher.stats();
    // Each search is a hit or a miss of the result cache; the first is a miss.
    assertThat(after.resultCacheHits() + after.resultCacheMisses())
        .isEqualTo(before.resultCacheHits() + before.resultCacheMisses() + 2);
    assertThat(after.resultCacheMisses()).isGreaterThan(before.resultCacheMisses());
  }

  @Test
  void sourceAndYearFiltersCombineAndFacetsCountSideways() throws IOException {
    SearchResult result =
        over(ContractArticles.ROUNDS).search(
            SearchRequest.builder("kremlin").sources(List.of("FT")).years(List.of(2022)).size(25).build());

    // 2022 holds articles 0..9; FT the even ones: 0, 2, 4, 6, 8.
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.facets().sources())
        .containsExactlyInAnyOrder(new FacetCount("FT", 5), new FacetCount("BBC", 4));
    assertThat(result.facets().years()).contains(new FacetCount("2022", 5));
    assertThat(result.facets().years()).extracting(FacetCount::value).contains("2023", "2024");
  }

  @Test
  void dateRangeIsInclusive() throws IOException {
    LocalDate first = LocalDate.of(2022, 1, 1).plusDays(40);
    LocalDate last = LocalDate.of(2022, 1, 1).plusDays(120);
    SearchResult result =
        over(ContractArticles.ROUNDS).search(
            SearchRequest.builder("kremlin").dates(first, last).size(25).build());

    assertThat(ids(result)).containsExactlyInAnyOrder("world/001", "world/002", "world/003");
  }

  // Orders and cursors.

  @ParameterizedTest
  @EnumSource(value = SortOrder.class, names = {"NEWEST", "OLDEST"})
  void dateOrdersPutUndatedLastAndKeepScores(SortOrder order) throws IOException {
    List<SearchResult.Hit> hits =
        over(ContractArticles.ROUNDS).search(SearchRequest.builder("kremlin").sort(order).size(25).build()).hits();

    assertThat(hits).hasSize(25);
    assertThat(hits.get(0).id()).isEqualTo(order == SortOrder.NEWEST ? "world/024" : "world/000");
    assertThat(hits.get(24).id()).isEqualTo("world/007");
    List<LocalDate> dates = hits.subList(0, 24).stream().map(SearchResult.Hit::date).toList();
    assertThat(dates).isSortedAccordingTo(order == SortOrder.NEWEST ? (a, b) -> b.compareTo(a) : LocalDate::compareTo);
    assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void cursorWalksEveryHitOnceInOrder(SortOrder sort) throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      SearchResult page = searcher.search(SearchRequest.builder("kremlin").sort(sort).size(10).cursor(cursor).build());
      page.hits().forEach(hit -> seen.add(hit.id()));
      cursor = page.next();
      pages++;
    } while (cursor != null);

    List<String> all = ids(searcher.search(SearchRequest.builder("kremlin").sort(sort).size(25).build()));
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(new HashSet<>(seen)).hasSize(25);
  }

  @Test
  void lastPageHasNoNextCursor() throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);

    assertThat(searcher.search(SearchRequest.builder("kremlin").size(25).build()).next()).isNull();
    assertThat(searcher.search(SearchRequest.builder("\"round 3\"").build()).next()).isNull();
  }

  @Test
  void cursorOfAnotherSearchOrAForgedOneIsRejected() throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);
    String next = searcher.search(SearchRequest.builder("kremlin").build()).next();

    assertThatThrownBy(() -> searcher.search(SearchRequest.builder("talks").cursor(next).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(
            () -> searcher.search(SearchRequest.builder("kremlin").sort(SortOrder.NEWEST).cursor(next).build()))
        .isInstanceOf(InvalidQueryException.class);
    for (String forged : List.of("abc", "!!!", next.substring(1), next + "AA")) {
      assertThatThrownBy(() -> searcher.search(SearchRequest.builder("kremlin").cursor(forged).build()))
          .as(forged)
          .isInstanceOf(InvalidQueryException.class);
    }
  }

  @ParameterizedTest
  @CsvSource({"RELEVANCE, true", "NEWEST, true", "OLDEST, false", "RELEVANCE, false"})
  void cursorWithARankNoIndexCanHoldIsRejected(SortOrder sort, boolean collapse)
      throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);
    SearchRequest.Builder kremlin = SearchRequest.builder("kremlin").sort(sort).collapse(collapse).size(2);
    String next = searcher.search(kremlin.build()).next();

    for (int rank : new int[] {Integer.MAX_VALUE - 2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      String forged = withRank(next, rank);
      assertThatThrownBy(() -> searcher.search(kremlin.cursor(forged).build()))
          .as("rank %d", rank)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("cursor");
    }
  }

  /**
   * The cursor with another rank: both backends' cursors carry it as the int after their version,
   * order and search fingerprint.
   */
  private static String withRank(String cursor, int rank) {
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
    bytes.putInt(1 + 1 + 8, rank);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  @Test
  void misspeltQuerySuggestsTheWordTheIndexHolds() throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);
    SearchResult result = searcher.search(SearchRequest.of("kremlim"));

    assertThat(result.total()).isZero();
    assertThat(result.didYouMean()).isEqualTo(new SearchResult.Suggestion("kremlin", 25));
    assertThat(searcher.search(SearchRequest.builder("kremlim talks").sources(List.of("FT")).build()).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("kremlin talks", 13));
  }

  @Test
  void aMisspellingThatMadeItIntoPrintIsRespeltToTheCommonSpelling() throws IOException {
    SearchResult result = over(ContractArticles.SPELLINGS).search(SearchRequest.of("Phillipines"));

    assertThat(ids(result)).containsExactly("ph-misprint");
    assertThat(result.didYouMean()).isEqualTo(new SearchResult.Suggestion("Philippines", 20));
  }

  @Test
  void aRealWordInTheWrongPlaceIsRespeltWhenThatFindsMore() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    assertThat(searcher.search(SearchRequest.of("Steven Gerard")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Steven Gerrard", 10));
    assertThat(searcher.search(SearchRequest.of("Gerard Houllier")).didYouMean()).isNull();
  }

  @Test
  void aRareWordSpeltRightIsNotRespeltToACommonerOneThatFindsOnlyAFewMore() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);
    SearchResult result = searcher.search(SearchRequest.of("Surrey"));

    assertThat(ids(result)).containsExactly("sy1");
    assertThat(searcher.search(SearchRequest.of("survey")).total()).isEqualTo(5);
    assertThat(result.didYouMean()).isNull();
  }

  @Test
  void anUnknownWordIsRespeltToTheCloseWordTheRestOfTheQueryGoesWith() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    // "browne" is the closer of the two, but no article names a Gordon Browne.
    assertThat(searcher.search(SearchRequest.of("Gordon Brownn")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Gordon Brown", 3));
    assertThat(searcher.search(SearchRequest.of("Jackson Brownn")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Jackson Browne", 1));
  }

  @Test
  void anUnknownShortWordMayBeTwoEditsFromTheWordMeant() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    // "blame" is one edit away and goes with "Tony" once; "Blair" is two away and goes with it
    // forty times, more than the thirty times an edit more costs.
    assertThat(searcher.search(SearchRequest.of("Tony Blare")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Tony Blair", 40));
    assertThat(searcher.search(SearchRequest.of("Hart blare")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Hart blame", 1));
  }

  @Test
  void aWordTwoEditsAwayMustFindThirtyTimesAsMuchAsOneOneEditAway() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    // "most talks" finds 20, "moscow talks" 1: "most" is two edits from "moscw", "moscow" one.
    assertThat(searcher.search(SearchRequest.of("most talks")).total()).isEqualTo(20);
    assertThat(searcher.search(SearchRequest.of("moscw talks")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("moscow talks", 1));
  }

  @Test
  void anUnknownWordKeepsItsFirstLetterUnlessNoCloseWordShares() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    // "Reuter" is as close to "Yeuter" and six times as common, but a first letter is seldom the typo.
    assertThat(searcher.search(SearchRequest.of("Yeuter")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Yeutter", 1));
    // No close word begins with "v": the typo is the first letter.
    assertThat(searcher.search(SearchRequest.of("Vhilippines")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Philippines", 20));
  }

  @Test
  void aRespeltWordKeepsTheTypedCapitals() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SPELLINGS);

    assertThat(searcher.search(SearchRequest.of("Arsene Wengar")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("Arsene Wenger", 2));
    assertThat(searcher.search(SearchRequest.of("ARSENE WENGAR")).didYouMean())
        .isEqualTo(new SearchResult.Suggestion("ARSENE WENGER", 2));
  }

  @Test
  void wellSpeltQueryHasNoSuggestion() throws IOException {
    NewsSearcher searcher = over(ContractArticles.ROUNDS);

    assertThat(searcher.search(SearchRequest.of("kremlin")).didYouMean()).isNull();
    assertThat(searcher.search(SearchRequest.of("zzzzqqq")).didYouMean()).isNull();
  }

  // Quotes and speakers.

  @Test
  void wordsFindQuotesWithTheirSpeakerAndArticle() throws IOException {
    QuoteSearchResult result = over(ContractArticles.QUOTED).searchQuotes(QuoteSearchRequest.of("terrorism", null));

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits()).extracting(QuoteSearchResult.Hit::speaker).containsOnly("Sergei Lavrov");
    QuoteSearchResult.Hit hit =
        result.hits().stream().filter(h -> h.articleId().equals("world/lavrov")).findFirst().orElseThrow();
    assertThat(hit.headline()).isEqualTo("Lavrov urges action on terrorism");
    assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 19));
    assertThat(hit.text()).isEqualTo("We must combat terrorism together,");
    assertThat(hit.textHtml()).isEqualTo("We must combat <mark>terrorism</mark> together,");
  }

  @Test
  void speakerAloneListsTheirQuotesNewestFirst() throws IOException {
    QuoteSearchResult result = over(ContractArticles.QUOTED).searchQuotes(QuoteSearchRequest.of(null, "Sergei Lavrov"));

    assertThat(result.hits())
        .extracting(QuoteSearchResult.Hit::articleId)
        .containsExactly("world/lavrov", "world/terror");
    assertThat(result.hits().get(0).textHtml()).isEqualTo("We must combat terrorism together,");
  }

  @Test
  void quotePhraseAndSpeakerTogetherNarrow() throws IOException {
    NewsSearcher searcher = over(ContractArticles.QUOTED);

    assertThat(searcher.searchQuotes(QuoteSearchRequest.of("\"losing time\"", "Sergei Lavrov")).total()).isZero();
    assertThat(searcher.searchQuotes(QuoteSearchRequest.of("\"losing time\"", "Dmitry Peskov")).hits())
        .singleElement()
        .extracting(QuoteSearchResult.Hit::textHtml)
        .isEqualTo("We’re <mark>losing time</mark> in terms of solving global problems,");
  }

  @Test
  void anonymousQuotesHaveNoSpeaker() throws IOException {
    QuoteSearchResult result = over(ContractArticles.QUOTED).searchQuotes(QuoteSearchRequest.of("nobody", null));

    assertThat(result.hits()).singleElement().satisfies(hit -> {
      assertThat(hit.speaker()).isNull();
      assertThat(hit.articleId()).isEqualTo("business/rates");
    });
  }

  @Test
  void quoteTextIsEscaped() throws IOException {
    assertThat(over(ContractArticles.READING).searchQuotes(QuoteSearchRequest.of("typed", null)).hits())
        .singleElement()
        .extracting(QuoteSearchResult.Hit::textHtml)
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt; is what she <mark>typed</mark>,");
  }

  @Test
  void aQuoteOverTwoParagraphsComesBackWhole() throws IOException {
    NewsSearcher searcher = over(List.of(ContractArticles.LONG_QUOTE, TestIndex.LAVROV));

    assertThat(searcher.find(ContractArticles.LONG_QUOTE.id())).contains(ContractArticles.LONG_QUOTE);
    assertThat(searcher.searchQuotes(QuoteSearchRequest.of("road", null)).hits())
        .singleElement()
        .satisfies(hit -> {
          assertThat(hit.text()).isEqualTo("We will build the bridge first. Then the road follows,");
          assertThat(hit.headline()).isEqualTo("Minister explains the plan");
          assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 4, 2));
        });
  }

  @Test
  void findReturnsQuotesInOrder() throws IOException {
    assertThat(over(ContractArticles.QUOTED).find(TestIndex.LAVROV.id())).contains(TestIndex.LAVROV);
  }

  @Test
  void listsSpeakersMostQuotedFirstWithCounts() throws IOException {
    assertThat(over(ContractArticles.QUOTED).speakers("", 10))
        .containsExactly(
            new SpeakerCount("Sergei Lavrov", 2, 2),
            new SpeakerCount("Dmitry Peskov", 1, 1),
            new SpeakerCount("Jane Smith", 1, 1));
    assertThat(over(ContractArticles.QUOTED).speakers("", 1))
        .extracting(SpeakerCount::name)
        .containsExactly("Sergei Lavrov");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lav", "LAV", "serg", "l", " lavrov "})
  void speakerPrefixMatchesAnyWordOfTheNameIgnoringCase(String prefix) throws IOException {
    List<SpeakerCount> found = over(ContractArticles.QUOTED).speakers(prefix, 10);

    assertThat(found).extracting(SpeakerCount::name).contains("Sergei Lavrov");
    assertThat(found).extracting(SpeakerCount::name).doesNotContain("Jane Smith");
  }

  @Test
  void speakerPrefixInsideAWordOrWithRegexCharactersMatchesNothing() throws IOException {
    NewsSearcher searcher = over(ContractArticles.QUOTED);

    assertThat(searcher.speakers("avrov", 10)).isEmpty();
    assertThat(searcher.speakers(".*", 10)).isEmpty();
    assertThat(searcher.speakers("[", 10)).isEmpty();
  }

  @Test
  void speakerListSizeOutOfBoundsIsAnInvalidQuery() {
    assertThatThrownBy(() -> over(ContractArticles.QUOTED).speakers("", 0))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> over(ContractArticles.QUOTED).speakers("", 101))
        .isInstanceOf(InvalidQueryException.class);
  }

  // Related articles and the article view.

  @Test
  void relatedFindsArticlesAboutTheSameThingWithoutItself() throws IOException {
    NewsSearcher searcher = over(ContractArticles.SUBJECTS);
    List<RelatedArticle> related = searcher.related("a", 5).orElseThrow();

    assertThat(related).extracting(RelatedArticle::id).doesNotContain("a", "c", "d").startsWith("b");
    assertThat(related.get(0).headline()).isEqualTo("Interest rates rise again");
    assertThat(related).allSatisfy(r -> assertThat(r.score()).isPositive());
    assertThat(searcher.related("a", 1).orElseThrow()).hasSize(1);
    assertThat(searcher.related("nope", 5)).isEmpty();
  }

  @Test
  void articleViewMarksEveryMatchInEveryParagraph() throws IOException {
    ArticleHighlights html = over(ContractArticles.READING).highlight("x", "minsk").orElseThrow();

    assertThat(html.headlineHtml()).isEqualTo("<mark>Minsk</mark> &lt;b&gt;talks&lt;/b&gt; resume");
    assertThat(html.paragraphsHtml())
        .containsExactly(
            "Nothing matches in this paragraph.",
            "Russia must honour the <mark>Minsk</mark> agreements, officials said.",
            "The <mark>Minsk</mark> agreements &amp; &lt;script&gt;alert(1)&lt;/script&gt; were"
                + " signed in <mark>Minsk</mark>.");
  }

  @Test
  void articleViewMarksTheQuerysWordsThatTheArticleHoldsThoughItMatchesNotAll() throws IOException {
    NewsSearcher searcher = over(ContractArticles.READING);

    for (String query : List.of("minsk -officials", "minsk zebra", "zebra OR \"minsk agreements\"")) {
      assertThat(searcher.highlight("x", query).orElseThrow().paragraphsHtml().get(1))
          .as(query)
          .contains("<mark>Minsk")
          .doesNotContain("<mark>officials");
    }
  }

  @Test
  void articleViewMarksAPhraseOnce() throws IOException {
    NewsSearcher searcher = over(ContractArticles.READING);
    ArticleHighlights html = searcher.highlight("x", "\"minsk agreements\"").orElseThrow();

    assertThat(html.paragraphsHtml().get(1))
        .isEqualTo("Russia must honour the <mark>Minsk agreements</mark>, officials said.");
    assertThat(html.headlineHtml()).doesNotContain("<mark>");
    assertThat(searcher.highlight("x", "zebra").orElseThrow().paragraphsHtml())
        .hasSize(3)
        .noneMatch(p -> p.contains("<mark>"));
    assertThat(searcher.highlight("nope", "minsk")).isEmpty();
  }

  // Changes.

  @Test
  void showsWhatAWriterCommitsWithoutReopening() throws Exception {
    Store store = newStore();
    NewsSearcher searcher = open(store, ContractArticles.QUOTED);
    assertThat(searcher.search(SearchRequest.of("stay")).total()).isZero(); // now cached
    Article revised =
        new Article(
            TestIndex.RATES.id(), TestIndex.RATES.headline(), null, null, null,
            List.of("\u201cRates will stay where they are,\u201d said Jane Smith."),
            List.of("Jane Smith"),
            List.of(new Quote("Rates will stay where they are,", "Jane Smith", 0)));
    try (ArticleWriter writer = store.writer()) {
      writer.add(revised);
      writer.delete(TestIndex.TERROR.id());
      writer.commit();
    }

    long deadline = System.nanoTime() + 10_000_000_000L;
    while (searcher.articleCount() != 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    while (searcher.search(SearchRequest.of("stay")).total() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(searcher.articleCount()).isEqualTo(2);
    assertThat(searcher.search(SearchRequest.of("stay")).total()).isEqualTo(1); // not stale
    assertThat(searcher.find(revised.id())).contains(revised);
    assertThat(searcher.searchQuotes(QuoteSearchRequest.of(null, "Jane Smith")).hits())
        .extracting(QuoteSearchResult.Hit::text)
        .containsExactly("Rates will stay where they are,");
    assertThat(searcher.searchQuotes(QuoteSearchRequest.of("nobody", null)).total()).isZero();
    assertThat(searcher.speakers("lav", 10)).containsExactly(new SpeakerCount("Sergei Lavrov", 1, 1));
  }

  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
