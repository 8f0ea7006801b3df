package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sorting, date ranges, source and year filters, cursors and respelling over 25 articles. */
class ArticleSearchOrderTest {

  /** Article i: dated 2022-01-01 plus 40 i days, but article 7 undated; sources alternate. */
  private static final List<Article> ARTICLES = articles();

  @RegisterExtension final TestIndex index = new TestIndex(ARTICLES);

  private static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      LocalDate date = i == 7 ? null : LocalDate.of(2022, 1, 1).plusDays(40L * i);
      articles.add(
          new Article(
              String.format("world/%03d", i),
              "Kremlin talks, round " + i,
              date,
              null,
              i % 2 == 0 ? "FT" : "BBC",
              List.of("Officials met at the Kremlin for round " + i + " of the talks."),
              List.of()));
    }
    return articles;
  }

  @Test
  void newestFirstPutsUndatedLast() throws IOException {
    List<SearchResult.Hit> hits =
        index.searcher()
            .search(SearchRequest.builder("kremlin").sort(SortOrder.NEWEST).size(25).build())
            .hits();

    assertThat(hits).hasSize(25);
    assertThat(hits.get(0).id()).isEqualTo("world/024");
    assertThat(hits.get(24).id()).isEqualTo("world/007");
    assertThat(hits.subList(0, 24))
        .extracting(SearchResult.Hit::date)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(hits).allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  @Test
  void oldestFirstPutsUndatedLast() throws IOException {
    List<SearchResult.Hit> hits =
        index.searcher()
            .search(SearchRequest.builder("kremlin").sort(SortOrder.OLDEST).size(25).build())
            .hits();

    assertThat(hits.get(0).id()).isEqualTo("world/000");
    assertThat(hits.get(24).id()).isEqualTo("world/007");
    assertThat(hits.subList(0, 24)).extracting(SearchResult.Hit::date).isSorted();
  }

  @Test
  void dateRangeIsInclusive() throws IOException {
    LocalDate first = LocalDate.of(2022, 1, 1).plusDays(40);
    LocalDate last = LocalDate.of(2022, 1, 1).plusDays(120);
    SearchResult result =
        index.searcher()
            .search(SearchRequest.builder("kremlin").dates(first, last).size(25).build());

    assertThat(result.hits())
        .extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("world/001", "world/002", "world/003");
  }

  @Test
  void sourceAndYearFiltersCombineAndFacetsCountSideways() throws IOException {
    SearchResult result =
        index.searcher()
            .search(
                SearchRequest.builder("kremlin")
                    .sources(List.of("FT"))
                    .years(List.of(2022))
                    .size(25)
                    .build());

    // 2022 holds articles 0..9; FT the even ones: 0, 2, 4, 6, 8.
    assertThat(result.total()).isEqualTo(5);
    // Sources are counted without the source filter, years without the year filter.
    assertThat(result.facets().sources())
        .containsExactlyInAnyOrder(new FacetCount("FT", 5), new FacetCount("BBC", 4));
    assertThat(result.facets().years()).contains(new FacetCount("2022", 5));
    assertThat(result.facets().years()).extracting(FacetCount::value).contains("2023", "2024");
  }

  @Test
  void cursorWalksEveryHitOnceInOrder() throws IOException {
    for (SortOrder sort : SortOrder.values()) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        SearchResult page =
            index.searcher()
                .search(SearchRequest.builder("kremlin").sort(sort).size(10).cursor(cursor).build());
        page.hits().forEach(hit -> seen.add(hit.id()));
        cursor = page.next();
        pages++;
      } while (cursor != null);

      List<String> all =
          index.searcher()
              .search(SearchRequest.builder("kremlin").sort(sort).size(25).build())
              .hits()
              .stream()
              .map(SearchResult.Hit::id)
              .toList();
      assertThat(pages).as(sort.name()).isEqualTo(3);
      assertThat(seen).as(sort.name()).containsExactlyElementsOf(all);
      Set<String> unique = new HashSet<>(seen);
      assertThat(unique).hasSize(25);
    }
  }

  @Test
  void lastPageHasNoNextCursor() throws IOException {
    SearchResult all = index.searcher().search(SearchRequest.builder("kremlin").size(25).build());
    SearchResult one = index.searcher().search(SearchRequest.builder("\"round 3\"").build());

    assertThat(all.next()).isNull();
    assertThat(one.next()).isNull();
  }

  @Test
  void cursorOfAnotherSearchOrAForgedOneIsRejected() throws IOException {
    String next = index.searcher().search(SearchRequest.builder("kremlin").build()).next();

    assertThatThrownBy(
            () -> index.searcher().search(SearchRequest.builder("talks").cursor(next).build()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(
            () ->
                index.searcher()
                    .search(
                        SearchRequest.builder("kremlin")
                            .sort(SortOrder.NEWEST)
                            .cursor(next)
                            .build()))
        .isInstanceOf(InvalidQueryException.class);
    for (String forged : List.of("abc", "!!!", next.substring(1), next + "AA")) {
      assertThatThrownBy(
              () -> index.searcher().search(SearchRequest.builder("kremlin").cursor(forged).build()))
          .as(forged)
          .isInstanceOf(InvalidQueryException.class);
    }
  }

  @Test
  void misspeltQuerySuggestsTheWordTheIndexHolds() throws IOException {
    SearchResult result = index.searcher().search(SearchRequest.of("kremlim"));

    assertThat(result.total()).isZero();
    assertThat(result.didYouMean()).isEqualTo(new SearchResult.Suggestion("kremlin", 25));
  }

  @Test
  void wellSpeltQueryHasNoSuggestion() throws IOException {
    assertThat(index.searcher().search(SearchRequest.of("kremlin")).didYouMean()).isNull();
    assertThat(index.searcher().search(SearchRequest.of("zzzzqqq")).didYouMean()).isNull();
  }

  @Test
  void badDatesAndPagingAreInvalid() {
    assertThatThrownBy(
            () ->
                SearchRequest.builder("x")
                    .dates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("after");
    assertThatThrownBy(() -> SearchRequest.builder("x").from(10).cursor("abc").build())
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> SortOrder.parse("sideways"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("relevance, newest, oldest");
  }
}
