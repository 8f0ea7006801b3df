package org.newsindex.eval;

import java.util.Objects;

/**
 * One labelled quotation of a gold article.
 *
 * @param start the first 40 characters after the opening mark (the whole quotation if shorter),
 *     which is how a found quotation is matched to this one
 * @param speaker the canonical name of its speaker, or {@code null} when it has no named speaker
 */
public record GoldQuote(String start, String speaker) {

  /** Rejects a missing start, which could never be matched. */
  public GoldQuote {
    Objects.requireNonNull(start, "start");
  }
}
