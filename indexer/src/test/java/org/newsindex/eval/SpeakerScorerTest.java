package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsindex.Article;
import org.newsindex.Quote;

class SpeakerScorerTest {

  private final SpeakerScorer scorer = new SpeakerScorer();

  private static Article article(List<String> speakers, List<Quote> quotes) {
    return new Article("a", "Headline", null, null, null, List.of("p0"), speakers, quotes);
  }

  private static GoldArticle gold(List<String> speakers, GoldQuote... quotes) {
    return new GoldArticle("a", speakers, List.of(quotes));
  }

  @Test
  void microAveragesSpeakersOverArticlesAndListsTheMistakes() {
    GoldArticle first = new GoldArticle("a", List.of("Ann Cole", "Tom Hale"), List.of());
    GoldArticle second = new GoldArticle("b", List.of("Sam Hale"), List.of());
    Map<String, Article> found = Map.of(
        "a", article(List.of("Ann Cole", " Tom Hale "), List.of()),
        "b", new Article("b", "H", null, null, null, List.of("p"), List.of("Tom Hale"), List.of()));

    Scorecard card = scorer.score(List.of(first, second), found);

    assertThat(card.truePositives()).isEqualTo(2);
    assertThat(card.falsePositives()).isEqualTo(1);
    assertThat(card.falseNegatives()).isEqualTo(1);
    assertThat(card.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(card.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(card.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(card.mistakes()).containsExactly(
        new ArticleMistakes("b", List.of("Sam Hale"), List.of("Tom Hale"), List.of()));
  }

  static Stream<Arguments> quoteCases() {
    String start = "We have to cut costs this year and next";
    return Stream.of(
        Arguments.of("same start and speaker", new GoldQuote(start, "Ann Cole"),
            new Quote(start + " too.", "Ann Cole", 0), true),
        Arguments.of("gold start inside the found text", new GoldQuote(start, "Ann Cole"),
            new Quote("Well. " + start + " too.", "Ann Cole", 0), true),
        Arguments.of("wrong speaker", new GoldQuote(start, "Ann Cole"),
            new Quote(start, "Tom Hale", 0), false),
        Arguments.of("null matches null", new GoldQuote(start, null), new Quote(start, null, 0), true),
        Arguments.of("a name never matches null", new GoldQuote(start, null),
            new Quote(start, "Ann Cole", 0), false),
        Arguments.of("null never matches a name", new GoldQuote(start, "Ann Cole"),
            new Quote(start, null, 0), false),
        Arguments.of("different text", new GoldQuote(start, "Ann Cole"),
            new Quote("We have to cut jobs", "Ann Cole", 0), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quoteCases")
  void scoresAQuoteByStartAndSpeaker(String description, GoldQuote gold, Quote found, boolean correct) {
    Scorecard card = scorer.score(List.of(gold(List.of(), gold)), Map.of("a", article(List.of(), List.of(found))));

    assertThat(card.quotesTotal()).isEqualTo(1);
    assertThat(card.quotesCorrect()).isEqualTo(correct ? 1 : 0);
    assertThat(card.quoteAccuracy()).isEqualTo(correct ? 1.0 : 0.0);
  }

  @Test
  void aMissingArticleIsAnEmptyPrediction() {
    Scorecard card = scorer.score(
        List.of(gold(List.of("Ann Cole"), new GoldQuote("Some words here", "Ann Cole"))), Map.of());

    assertThat(card.falseNegatives()).isEqualTo(1);
    assertThat(card.quotesCorrect()).isZero();
    assertThat(card.mistakes().getFirst().misattributed()).containsExactly(
        new ArticleMistakes.Misattribution("Some words here", "Ann Cole", false, null));
    assertThat(card.f1()).isZero();
  }
}
