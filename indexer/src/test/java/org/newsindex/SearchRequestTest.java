package org.newsindex;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a search request refuses before any index sees it. */
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
}
