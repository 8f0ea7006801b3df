package org.newsindex.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsindex.Article;
import org.newsindex.Quote;

/**
 * Compares extracted speakers and quotations with a gold standard by the rules of the gold README:
 * speaker sets are compared per article by exact name (trimmed) and micro-averaged, and a gold
 * quotation is correct when a found quotation begins with or contains its start and names the
 * same speaker, null matching only null.
 */
public final class SpeakerScorer {

  /** Creates a scorer; it keeps no state between calls. */
  public SpeakerScorer() {}

  /**
   * Scores the extraction of each gold article.
   *
   * @param gold the gold articles
   * @param found the parsed articles by id; a gold article missing here counts as an empty one
   */
  public Scorecard score(List<GoldArticle> gold, Map<String, Article> found) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int quotesCorrect = 0;
    int quotesTotal = 0;
    List<ArticleMistakes> mistakes = new ArrayList<>();
    for (GoldArticle expected : gold) {
      Article article = found.get(expected.id());
      List<String> foundSpeakers = article == null ? List.of() : article.speakers();
      List<Quote> foundQuotes = article == null ? List.of() : article.quotes();
      Set<String> goldNames = new LinkedHashSet<>(expected.speakers());
      Set<String> foundNames = new LinkedHashSet<>();
      for (String name : foundSpeakers) {
        foundNames.add(name.strip());
      }
      List<String> missing = new ArrayList<>(goldNames);
      missing.removeAll(foundNames);
      List<String> extra = new ArrayList<>(foundNames);
      extra.removeAll(goldNames);
      tp += goldNames.size() - missing.size();
      fn += missing.size();
      fp += extra.size();
      List<ArticleMistakes.Misattribution> wrong = new ArrayList<>();
      for (GoldQuote quote : expected.quotes()) {
        quotesTotal++;
        if (correct(quote, foundQuotes)) {
          quotesCorrect++;
        } else {
          Quote match = firstMatch(quote, foundQuotes);
          wrong.add(new ArticleMistakes.Misattribution(
              quote.start(), quote.speaker(), match != null, match == null ? null : match.speaker()));
        }
      }
      ArticleMistakes articleMistakes = new ArticleMistakes(expected.id(), missing, extra, wrong);
      if (!articleMistakes.none()) {
        mistakes.add(articleMistakes);
      }
    }
    return new Scorecard(gold.size(), tp, fp, fn, quotesCorrect, quotesTotal, mistakes);
  }

  private static boolean correct(GoldQuote gold, List<Quote> found) {
    for (Quote quote : found) {
      if (matches(gold, quote) && Objects.equals(gold.speaker(), strip(quote.speaker()))) {
        return true;
      }
    }
    return false;
  }

  private static Quote firstMatch(GoldQuote gold, List<Quote> found) {
    for (Quote quote : found) {
      if (matches(gold, quote)) {
        return quote;
      }
    }
    return null;
  }

  /** A found quotation begins with the gold start or contains it. */
  private static boolean matches(GoldQuote gold, Quote quote) {
    return quote.text().contains(gold.start());
  }

  private static String strip(String name) {
    return name == null ? null : name.strip();
  }
}
