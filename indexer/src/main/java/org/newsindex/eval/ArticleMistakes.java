package org.newsindex.eval;

import java.util.List;

/**
 * What the extraction got wrong in one article, for reading the errors behind a score.
 *
 * @param id the article's id
 * @param missing gold speakers the extraction did not find
 * @param extra speakers the extraction found that the gold standard does not list
 * @param misattributed gold quotations not found with the right speaker
 */
public record ArticleMistakes(
    String id, List<String> missing, List<String> extra, List<Misattribution> misattributed) {

  /** Copies the lists, so a report never changes once made. */
  public ArticleMistakes {
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
    misattributed = List.copyOf(misattributed);
  }

  /** True when the article has nothing wrong, so that a report can leave it out. */
  public boolean none() {
    return missing.isEmpty() && extra.isEmpty() && misattributed.isEmpty();
  }

  /**
   * A gold quotation the extraction missed or gave to the wrong speaker.
   *
   * @param start the gold quotation's start
   * @param expected its gold speaker, {@code null} for none
   * @param found whether the extraction found the quotation at all
   * @param foundSpeaker the speaker the extraction gave it, {@code null} for none or when not found
   */
  public record Misattribution(String start, String expected, boolean found, String foundSpeaker) {}
}
