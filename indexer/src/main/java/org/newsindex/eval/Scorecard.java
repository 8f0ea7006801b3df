package org.newsindex.eval;

import java.util.List;

/**
 * The scores of an extraction against a gold standard, computed as the gold README defines them.
 *
 * @param articles gold articles scored
 * @param truePositives gold speakers found, summed over articles
 * @param falsePositives speakers found that the gold standard does not list, summed over articles
 * @param falseNegatives gold speakers not found, summed over articles
 * @param quotesCorrect gold quotations found with the right speaker
 * @param quotesTotal gold quotations
 * @param mistakes the articles with anything wrong, in gold order
 */
public record Scorecard(
    int articles,
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int quotesCorrect,
    int quotesTotal,
    List<ArticleMistakes> mistakes) {

  /** Copies the list, so a scorecard never changes once made. */
  public Scorecard {
    mistakes = List.copyOf(mistakes);
  }

  /** Speaker precision, TP / (TP + FP); 0 when nothing was found. */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /** Speaker recall, TP / (TP + FN); 0 when the gold standard lists nobody. */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of gold quotations found with the right speaker; 0 when there are none. */
  public double quoteAccuracy() {
    return ratio(quotesCorrect, quotesTotal);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
