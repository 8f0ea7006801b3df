package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.parse.ArticleParser;

class StoredQuotesTest {

  private static final List<String> PARAGRAPHS =
      List.of(
          "“We will build it,” said Ann Lee. “And soon.”",
          "Mr Cole said: “The line opens in May, not June.",
          "“It will carry 9,000 people a day,” he added.",
          "Residents called it “a long overdue” change.");

  @Test
  void quotesReadBackAsWritten() throws IOException {
    List<Quote> quotes =
        List.of(
            new Quote("We will build it,", "Ann Lee", 0),
            new Quote("And soon.", "Ann Lee", 0),
            // Runs over two paragraphs: the parser joins them with a space.
            new Quote(
                "The line opens in May, not June. It will carry 9,000 people a day,", "Tom Cole", 1),
            new Quote("a long overdue", null, 3));

    assertThat(roundTrip(quotes, List.of("Ann Lee", "Tom Cole"))).isEqualTo(quotes);
  }

  @Test
  void textTheParagraphsDoNotHoldIsStoredItself() throws IOException {
    List<Quote> quotes =
        List.of(
            new Quote("Words nobody wrote here", "Ann Lee", 0),
            // In the article, but not from the quote's own paragraph on.
            new Quote("We will build it,", null, 2));

    BytesRef stored = StoredQuotes.encode(article(quotes, List.of("Ann Lee")));

    assertThat(StoredQuotes.decode(stored, PARAGRAPHS, List.of("Ann Lee"))).isEqualTo(quotes);
    assertThat(stored.utf8ToString()).contains("Words nobody wrote here");
  }

  @Test
  void textFoundInTheParagraphsIsNotStoredAgain() throws IOException {
    List<Quote> quotes =
        List.of(
            new Quote(
                "The line opens in May, not June. It will carry 9,000 people a day,", "Tom Cole", 1));

    BytesRef stored = StoredQuotes.encode(article(quotes, List.of("Tom Cole")));

    assertThat(stored.length).isLessThan(12);
  }

  /**
   * On real articles (the project's gold files): every quote the parser finds reads back as parsed,
   * and every one is stored as places in its paragraphs, none as text.
   */
  @Test
  void everyQuoteOfTheGoldArticlesIsStoredAsPlaces() throws Exception {
    Path articles = Path.of(StoredQuotesTest.class.getResource("/gold/articles").toURI());
    ArticleParser parser = new ArticleParser();
    int quotes = 0;
    try (Stream<Path> files = Files.walk(articles)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Article article = parser.parse(file.getFileName().toString(), Files.readString(file));
        for (Quote quote : article.quotes()) {
          assertThat(StoredQuotes.Part.find(quote, article.paragraphs())).as("%s", quote).isNotNull();
        }
        BytesRef stored = StoredQuotes.encode(article);
        assertThat(StoredQuotes.decode(stored, article.paragraphs(), article.speakers()))
            .as(file.toString())
            .isEqualTo(article.quotes());
        quotes += article.quotes().size();
      }
    }
    assertThat(quotes).as("quotes in the gold articles").isGreaterThan(500);
  }

  @Test
  void aSpeakerTheArticleDoesNotListIsStoredByName() throws IOException {
    List<Quote> quotes = List.of(new Quote("And soon.", "Someone Else", 0));

    assertThat(roundTrip(quotes, List.of("Ann Lee"))).isEqualTo(quotes);
  }

  @Test
  void anArticleWithoutQuotesStoresNothing() throws IOException {
    assertThat(StoredQuotes.encode(article(List.of(), List.of()))).isNull();
    assertThat(StoredQuotes.decode(null, PARAGRAPHS, List.of())).isEmpty();
  }

  private static List<Quote> roundTrip(List<Quote> quotes, List<String> speakers)
      throws IOException {
    BytesRef stored = StoredQuotes.encode(article(quotes, speakers));
    return StoredQuotes.decode(stored, PARAGRAPHS, speakers);
  }

  private static Article article(List<Quote> quotes, List<String> speakers) {
    return new Article("a", "Headline", null, null, null, PARAGRAPHS, speakers, quotes);
  }
}
