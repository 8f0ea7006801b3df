package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsindex.Article;
import org.newsindex.InvalidQueryException;
import org.newsindex.Quote;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;

class QuoteSearchTest {

  @RegisterExtension final TestIndex index = new TestIndex(TestIndex.ALL);

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
}
