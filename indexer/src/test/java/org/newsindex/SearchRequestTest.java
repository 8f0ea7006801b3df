package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search request refuses, or tidies, before any index sees it. */
class SearchRequestTest {

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

  @Test
  void blankSpeakersAndSourcesAskForNoFilter() {
    SearchRequest request =
        SearchRequest.builder("x")
            .speakers(List.of("", "Jane Smith", " "))
            .sources(List.of("\t"))
            .build();

    assertThat(request.speakers()).containsExactly("Jane Smith");
    assertThat(request.sources()).isEmpty();
  }

  @Test
  void nullNamesAndYearsAreRefusedByName() {
    assertThatThrownBy(
            () -> SearchRequest.builder("rates").speakers(java.util.Arrays.asList("A", null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("must not be null");
    assertThatThrownBy(
            () -> SearchRequest.builder("rates").years(java.util.Arrays.asList(2024, null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("years must not hold null");
    assertThatThrownBy(() -> SortOrder.parse(null)).hasMessage("text");
  }
}
