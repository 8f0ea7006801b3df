package org.newsindex.eval;

import java.util.List;
import java.util.Objects;

/**
 * The hand-labelled speakers and quotations of one article.
 *
 * @param id the article's id, its path under the corpus folder without {@code .txt}
 * @param speakers the canonical names of the named people who speak in it
 * @param quotes its direct quotations with their speakers
 */
public record GoldArticle(String id, List<String> speakers, List<GoldQuote> quotes) {

  /** Copies the lists, so a gold article never changes once read. */
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }
}
