package org.newsindex;

import java.util.List;
import java.util.Objects;

/**
 * A whole article as HTML with a query's matches marked: the text escaped, each match (a phrase as
 * one element) in {@code <mark>}.
 *
 * @param headlineHtml   the headline
 * @param paragraphsHtml every paragraph, in order, one entry per paragraph of the article
 */
public record ArticleHighlights(String headlineHtml, List<String> paragraphsHtml) {

  public ArticleHighlights {
    Objects.requireNonNull(headlineHtml, "headlineHtml");
    paragraphsHtml = List.copyOf(paragraphsHtml);
  }
}
