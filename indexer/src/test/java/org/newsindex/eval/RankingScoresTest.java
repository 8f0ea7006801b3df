package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingScoresTest {

  /** a highly relevant, b partly, c judged not relevant; anything else unjudged. */
  private static final JudgedQuery QUERY =
      new JudgedQuery("q1", "words", "a need", Map.of("a", 2, "b", 1, "c", 0));

  @Test
  void scoresAGradedRankingByTheTextbookFormulas() {
    RankingScores scores = RankingScores.of(QUERY, List.of("b", "x", "a"));

    // DCG = 1/log2(2) + 0 + 2/log2(4) = 2; ideal = 2/log2(2) + 1/log2(3) = 2.6309
    assertThat(scores.ndcg()).isCloseTo(2 / (2 + 1 / (Math.log(3) / Math.log(2))), within(1e-9));
    assertThat(scores.precision()).isEqualTo(0.2);
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.judged()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void theIdealOrderScoresOneAndAnEmptyAnswerZero() {
    assertThat(RankingScores.of(QUERY, List.of("a", "b", "c")).ndcg()).isEqualTo(1.0);

    RankingScores none = RankingScores.of(QUERY, List.of());
    assertThat(none.ndcg()).isZero();
    assertThat(none.precision()).isZero();
    assertThat(none.recall()).isZero();
  }

  @Test
  void onlyTheFirstTenCountForNdcgAndPrecisionButRecallReadsTheWholeList() {
    List<String> deep =
        List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "a", "b");

    RankingScores scores = RankingScores.of(QUERY, deep);

    assertThat(scores.ndcg()).isZero();
    assertThat(scores.precision()).isZero();
    assertThat(scores.recall()).isEqualTo(1.0);
    assertThat(scores.judged()).isZero();
  }

  @Test
  void aRepeatedIdCountsOnce() {
    assertThat(RankingScores.of(QUERY, List.of("a", "a", "b")))
        .isEqualTo(RankingScores.of(QUERY, List.of("a", "b")));
  }

  @Test
  void theMeanAveragesEachMeasure() {
    RankingScores mean =
        RankingScores.mean(
            List.of(new RankingScores(1, 0.4, 1, 1), new RankingScores(0.5, 0.2, 0, 0.5)));

    assertThat(mean).isEqualTo(new RankingScores(0.75, 0.30000000000000004, 0.5, 0.75));
    assertThatThrownBy(() -> RankingScores.mean(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
