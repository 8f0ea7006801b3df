package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.FacetCount;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;

class ArticleSearchTest {

  @RegisterExtension final TestIndex index = new TestIndex(TestIndex.ALL);

  @Test
  void speakerFacetCountsTheMatchingArticles() throws IOException {
    SearchResult result = index.searcher().search(SearchRequest.of("terrorism"));

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.facets().speakers())
        .containsExactly(new FacetCount("Sergei Lavrov", 2), new FacetCount("Dmitry Peskov", 1));
  }

  @Test
  void speakerFilterKeepsArticlesQuotingThatPerson() throws IOException {
    SearchResult result =
        index.searcher().search(
            SearchRequest.builder("terrorism").speakers(List.of("Dmitry Peskov")).build());

    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("world/lavrov");
    assertThat(result.total()).isEqualTo(1);
  }

  @Test
  void speakerFacetIgnoresItsOwnFilterSoOtherSpeakersStaySelectable() throws IOException {
    SearchResult result =
        index.searcher().search(
            SearchRequest.builder("terrorism").speakers(List.of("Dmitry Peskov")).build());

    assertThat(result.facets().speakers())
        .containsExactly(new FacetCount("Sergei Lavrov", 2), new FacetCount("Dmitry Peskov", 1));
  }

  @Test
  void severalSpeakersWidenTheFilter() throws IOException {
    SearchResult result =
        index.searcher().search(
            SearchRequest.builder("the OR bank OR terrorism")
                .speakers(List.of("Dmitry Peskov", "Jane Smith"))
                .build());

    assertThat(result.hits())
        .extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("world/lavrov", "business/rates");
  }

  @Test
  void unknownSpeakerMatchesNothing() throws IOException {
    SearchResult result =
        index.searcher().search(SearchRequest.builder("terrorism").speakers(List.of("Nobody")).build());

    assertThat(result.total()).isZero();
    assertThat(result.hits()).isEmpty();
  }

  @Test
  void quotesAreNotArticleHits() throws IOException {
    // "nobody answers" is in a quote document and in its article's body: one hit, the article.
    SearchResult result = index.searcher().search(SearchRequest.of("\"nobody answers\""));

    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("business/rates");
    assertThat(index.searcher().articleCount()).isEqualTo(3);
  }

  @Test
  void indexWithoutAnySpeakersStillSearchesAndFilters(@TempDir Path plainDir) throws IOException {
    Article plain =
        new Article("a", "Plain headline", null, null, null, List.of("Plain body."), List.of());
    try (NewsSearcher plainSearcher = TestIndex.open(plainDir, List.of(plain))) {
      assertThat(plainSearcher.search(SearchRequest.of("plain")).facets().speakers()).isEmpty();
      assertThat(
              plainSearcher
                  .search(SearchRequest.builder("plain").speakers(List.of("X Y")).build())
                  .total())
          .isZero();
    }
  }
}
