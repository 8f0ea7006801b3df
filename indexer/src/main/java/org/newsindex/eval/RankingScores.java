package org.newsindex.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well one ranked list of article ids answers a judged query, by the measures of TREC-style
 * evaluation: nDCG at {@value #CUTOFF} with the grades as gains, precision at {@value #CUTOFF}
 * (an article is relevant when its grade is 1 or 2), recall of the judged relevant articles within
 * the list, and how much of the top {@value #CUTOFF} was judged at all (unjudged articles count as
 * not relevant, so a low figure says the scores are a lower bound).
 *
 * @param ndcg       normalised discounted cumulative gain at {@value #CUTOFF}, 0 to 1
 * @param precision  relevant articles among the first {@value #CUTOFF}, over {@value #CUTOFF}
 * @param recall     judged relevant articles anywhere in the list, over all judged relevant ones
 * @param judged     judged articles among the first {@value #CUTOFF}, over the articles there
 */
public record RankingScores(double ndcg, double precision, double recall, double judged) {

  /** The rank cutoff of nDCG and precision: the first page a reader sees. */
  public static final int CUTOFF = 10;

  /**
   * Scores a ranked list against a judged query.
   *
   * @param ranked article ids, best first; duplicates after the first occurrence are ignored
   */
  public static RankingScores of(JudgedQuery query, List<String> ranked) {
    List<String> distinct = ranked.stream().distinct().toList();
    List<String> top = distinct.subList(0, Math.min(CUTOFF, distinct.size()));
    double dcg = 0;
    int relevantInTop = 0;
    int judgedInTop = 0;
    for (int rank = 0; rank < top.size(); rank++) {
      int grade = query.grade(top.get(rank));
      dcg += grade / log2(rank + 2);
      relevantInTop += grade > 0 ? 1 : 0;
      judgedInTop += query.judged(top.get(rank)) ? 1 : 0;
    }
    double ideal = idealDcg(query);
    long relevant = query.relevantCount();
    long found = distinct.stream().filter(id -> query.grade(id) > 0).count();
    return new RankingScores(
        ideal == 0 ? 0 : dcg / ideal,
        relevantInTop / (double) CUTOFF,
        relevant == 0 ? 0 : found / (double) relevant,
        top.isEmpty() ? 1 : judgedInTop / (double) top.size());
  }

  /** The mean of each measure over several queries' scores. */
  public static RankingScores mean(List<RankingScores> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("no scores to average");
    }
    return new RankingScores(
        scores.stream().mapToDouble(RankingScores::ndcg).average().orElseThrow(),
        scores.stream().mapToDouble(RankingScores::precision).average().orElseThrow(),
        scores.stream().mapToDouble(RankingScores::recall).average().orElseThrow(),
        scores.stream().mapToDouble(RankingScores::judged).average().orElseThrow());
  }

  /** The DCG of the best possible list: every judged article, highest grades first. */
  private static double idealDcg(JudgedQuery query) {
    List<Integer> grades = new ArrayList<>(query.grades().values());
    grades.sort(Comparator.reverseOrder());
    double ideal = 0;
    for (int rank = 0; rank < Math.min(CUTOFF, grades.size()); rank++) {
      ideal += grades.get(rank) / log2(rank + 2);
    }
    return ideal;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
