package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsindex.Article;
import org.newsindex.StoryArticles;

/** Which articles {@link StorySketch} calls one story, on crafted copies and near misses. */
class StorySketchTest {

  @Test
  void craftedCopiesAreOneStory() {
    StorySketch original = sketch(StoryArticles.ORIGINAL);
    for (Article copy : StoryArticles.COPIES) {
      assertThat(sketch(copy).sameStory(original)).as(copy.id()).isTrue();
      assertThat(sketch(copy).bands()).as("a copy shares a band: the index can find it")
          .containsAnyOf(original.bands());
      assertThat(sketch(copy).storySimilarity(original)).as("the comparison is not cut short")
          .isEqualTo(sketch(copy).similarity(original));
    }
  }

  @Test
  void theNumberSummaryNeverRulesOutTwoArticlesOfOneStory() {
    List<StorySketch> sketches = StoryArticles.ALL.stream().map(StorySketchTest::sketch).toList();
    int pairsOfOneStory = 0;
    for (StorySketch a : sketches) {
      for (StorySketch b : sketches) {
        if (a.sameStory(b)) {
          pairsOfOneStory++;
          assertThat(StorySketch.numbersMayAgree(a.numberSummary(), b.numberSummary()))
              .as("%s and %s", a, b)
              .isTrue();
        }
      }
    }
    assertThat(pairsOfOneStory).isGreaterThan(sketches.size());
  }

  @Test
  void anotherReportOfTheSameEventWithTheSameQuotesIsAnotherStory() {
    StorySketch other = sketch(StoryArticles.OTHER_REPORT);
    for (Article copy : StoryArticles.COPIES) {
      assertThat(sketch(copy).similarity(other)).as(copy.id()).isLessThan(0.2);
    }
  }

  @Test
  void exactCopiesAgreeEverywhereAndSoDoTheirKeys() {
    StorySketch a = StorySketch.of("One", List.of("The same words, said the same way, in the same order, all of them."));
    StorySketch b = StorySketch.of("Two", List.of("the same words said the same way in the same order all of them"));

    assertThat(a.similarity(b)).isEqualTo(1.0);
    assertThat(a.bands()).containsExactly(b.bands());
    assertThat(a.newStoryKey()).isEqualTo(b.newStoryKey());
  }

  @Test
  void aWordEndsWithItsParagraphAndNumbersAreReadWhole() {
    String words = "the talks went on through the night and into the morning";
    StorySketch apart = StorySketch.of("A", List.of(words + " at 10", "5 said"));
    StorySketch together = StorySketch.of("A", List.of(words + " at 10 5 said"));
    StorySketch glued = StorySketch.of("A", List.of(words + " at 105 said"));

    assertThat(apart.newStoryKey()).isEqualTo(together.newStoryKey());
    assertThat(glued.newStoryKey()).isNotEqualTo(apart.newStoryKey());
    assertThat(apart.sameStory(glued)).as("10 and 5 are not 105").isFalse();
  }

  @Test
  void shortBodiesAreOneStoryOnlyAsExactCopiesHeadlineIncluded() {
    StorySketch brief = StorySketch.of("Rates held", List.of("Rates held at 5 percent."));
    StorySketch other = StorySketch.of("Rates held", List.of("Rates held at 4 percent."));
    StorySketch same = StorySketch.of("Rates held", List.of("Rates held at 5 percent."));
    StorySketch retitled = StorySketch.of("Bank keeps rates", List.of("Rates held at 5 percent."));

    assertThat(brief.bands()).isEmpty();
    assertThat(brief.sameStory(same)).isTrue();
    assertThat(brief.sameStory(other)).isFalse();
    assertThat(brief.sameStory(retitled)).isFalse();
  }

  @Test
  void templatedReportsThatDifferInTheirNumbersAreDifferentStories() {
    StorySketch first = StorySketch.of("X", List.of(
        "Shr 1.12 dlrs vs 98 cts. Net 4,512,000 vs 3,900,000. Revs 91.2 mln vs 84.5 mln."
            + " Nine mths shr 3.05 dlrs vs 2.71 dlrs. Net 12.3 mln vs 10.8 mln."));
    StorySketch second = StorySketch.of("Y", List.of(
        "Shr 41 cts vs 37 cts. Net 1,210,000 vs 1,090,000. Revs 22.7 mln vs 20.1 mln."
            + " Nine mths shr 1.19 dlrs vs 1.02 dlrs. Net 3.6 mln vs 3.2 mln."));

    assertThat(first.sameStory(second)).isFalse();
    assertThat(StorySketch.numbersMayAgree(first.numberSummary(), second.numberSummary()))
        .as("the summaries alone tell them apart")
        .isFalse();
  }

  @Test
  void aQuoteKeyDependsOnTheStoryAndTheWordsNotOnTheirCase() {
    long quote = StorySketch.quoteKey(7, "We will see.");

    assertThat(StorySketch.quoteKey(7, "we will SEE")).isEqualTo(quote);
    assertThat(StorySketch.quoteKey(8, "We will see.")).isNotEqualTo(quote);
    assertThat(StorySketch.quoteKey(7, "We shall see.")).isNotEqualTo(quote);
  }

  @Test
  void aSketchOwesNothingToWhatItsThreadSketchedBefore() {
    StorySketch first = sketch(StoryArticles.ORIGINAL);
    StorySketch corrected = sketch(StoryArticles.CORRECTED);
    double similarity = first.similarity(corrected);

    // A longer body, a body too short to compare and a quotation, read by the same thread.
    String longBody = String.join(" ", Collections.nCopies(2_000, "another 12,500 words"));
    StorySketch.of("Long", List.of(longBody, longBody));
    StorySketch.of("Short", List.of("Too short, at 1,000."));
    StorySketch.quoteKey(first.newStoryKey(), StoryArticles.MAYOR_SAYS);
    StorySketch again = sketch(StoryArticles.ORIGINAL);

    assertThat(again.newStoryKey()).isEqualTo(first.newStoryKey());
    assertThat(again.bands()).containsExactly(first.bands());
    assertThat(again.numberSummary()).isEqualTo(first.numberSummary());
    assertThat(again.similarity(corrected)).isEqualTo(similarity).isLessThan(1.0);
  }

  @Test
  void aSketchMadeToCompareJudgesEveryPairAsTheFullSketchDoes() {
    List<Article> articles = new ArrayList<>(StoryArticles.ALL);
    articles.add(
        new Article("short", "Short", null, null, null, List.of("Too short, at 1,000."), List.of()));
    int ofOneStory = 0;
    for (Article a : articles) {
      StorySketch full = sketch(a);
      for (Article b : articles) {
        StorySketch toCompare = StorySketch.toCompare(b.headline(), b.paragraphs());
        assertThat(toCompare.bands()).as("never looked up, so no bands").isEmpty();
        assertThat(full.storySimilarity(toCompare))
            .as("%s against %s", a.id(), b.id())
            .isEqualTo(full.storySimilarity(sketch(b)));
        assertThat(toCompare.storySimilarity(full)).isEqualTo(sketch(b).storySimilarity(full));
        assertThat(full.similarity(toCompare)).isEqualTo(full.similarity(sketch(b)));
        if (full.sameStory(toCompare)) {
          ofOneStory++;
        }
      }
    }
    assertThat(ofOneStory).as("pairs of one story besides each with itself")
        .isGreaterThan(articles.size());
  }

  private static StorySketch sketch(Article article) {
    return StorySketch.of(article.headline(), article.paragraphs());
  }
}
