package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class QuoteSearchTest {

  @RegisterExtension final TestIndex index = new TestIndex(TestIndex.ALL);

  @Test
  void wordsFindQuotesWithTheirSpeakerAndArticle() throws IOException {
    QuoteSearchResult result = index.searcher().searchQuotes(QuoteSearchRequest.of("terrorism", null));

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits())
        .extracting(QuoteSearchResult.Hit::speaker)
        .containsOnly("Sergei Lavrov");
    QuoteSearchResult.Hit hit =
        result.hits().stream().filter(h -> h.articleId().equals("world/lavrov")).findFirst().get();
    assertThat(hit.headline()).isEqualTo("Lavrov urges action on terrorism");
    assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 19));
    assertThat(hit.text()).isEqualTo("We must combat terrorism together,");
    assertThat(hit.textHtml()).isEqualTo("We must combat <mark>terrorism</mark> together,");
  }

  @Test
  void speakerAloneListsTheirQuotesNewestFirst() throws IOException {
    QuoteSearchResult result =
        index.searcher().searchQuotes(QuoteSearchRequest.of(null, "Sergei Lavrov"));

    assertThat(result.hits())
        .extracting(QuoteSearchResult.Hit::articleId)
        .containsExactly("world/lavrov", "world/terror"); // the undated article last
    assertThat(result.hits().get(0).textHtml()).isEqualTo("We must combat terrorism together,");
  }

  @Test
  void wordsAndSpeakerTogetherNarrow() throws IOException {
    QuoteSearchResult result =
        index.searcher().searchQuotes(QuoteSearchRequest.of("\"losing time\"", "Sergei Lavrov"));

    assertThat(result.total()).isZero();
    assertThat(index.searcher().searchQuotes(QuoteSearchRequest.of("\"losing time\"", "Dmitry Peskov")).hits())
        .singleElement()
        .extracting(QuoteSearchResult.Hit::textHtml)
        .isEqualTo("We’re <mark>losing time</mark> in terms of solving global problems,");
  }

  @Test
  void anonymousQuotesHaveNoSpeaker() throws IOException {
    QuoteSearchResult result = index.searcher().searchQuotes(QuoteSearchRequest.of("nobody", null));

    assertThat(result.hits()).singleElement().satisfies(hit -> {
      assertThat(hit.speaker()).isNull();
      assertThat(hit.articleId()).isEqualTo("business/rates");
    });
  }

  @Test
  void quoteTextIsEscaped(@TempDir Path dir) throws IOException {
    Article hostile =
        new Article(
            "x", "Headline", null, null, null,
            List.of("\u201c<img src=x onerror=alert(1)> is what she typed,\u201d Ann Lee said."),
            List.of("Ann Lee"),
            List.of(new Quote("<img src=x onerror=alert(1)> is what she typed,", "Ann Lee", 0)));
    try (NewsSearcher hostileSearcher = TestIndex.open(dir, List.of(hostile))) {
      assertThat(hostileSearcher.searchQuotes(QuoteSearchRequest.of("typed", null)).hits())
          .singleElement()
          .extracting(QuoteSearchResult.Hit::textHtml)
          .isEqualTo("&lt;img src=x onerror=alert(1)&gt; is what she <mark>typed</mark>,");
    }
  }

  @Test
  void needsWordsOrASpeaker() {
    assertThatThrownBy(() -> QuoteSearchRequest.of(" ", null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("query, a speaker, or both");
  }

  @Test
  void reindexingReplacesAnArticlesQuotes() throws IOException {
    Article revised =
        new Article(
            TestIndex.RATES.id(), TestIndex.RATES.headline(), null, null, null,
            List.of("\u201cRates will stay where they are,\u201d said Jane Smith."),
            List.of("Jane Smith"),
            List.of(new Quote("Rates will stay where they are,", "Jane Smith", 0)));
    index.change(writer -> writer.add(revised));

    assertThat(index.searcher().searchQuotes(QuoteSearchRequest.of(null, "Jane Smith")).hits())
        .extracting(QuoteSearchResult.Hit::text)
        .containsExactly("Rates will stay where they are,");
    assertThat(index.searcher().searchQuotes(QuoteSearchRequest.of("nobody", null)).total()).isZero();
    assertThat(index.searcher().find(revised.id())).contains(revised);
  }

  @Test
  void findReturnsQuotesInOrder() throws IOException {
    assertThat(index.searcher().find(TestIndex.LAVROV.id())).contains(TestIndex.LAVROV);
  }
}
