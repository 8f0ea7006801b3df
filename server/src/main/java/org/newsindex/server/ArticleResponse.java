package org.newsindex.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.newsindex.Article;
import org.newsindex.ArticleHighlights;

/**
 * The body of {@code GET /api/articles/{id}}: the article's own fields, and with {@code q} also its
 * headline and paragraphs as HTML with the query's matches marked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleResponse(
    @JsonUnwrapped Article article, String headlineHtml, List<String> paragraphsHtml) {

  /** The article with its highlights, which may be {@code null}. */
  public static ArticleResponse of(Article article, ArticleHighlights highlights) {
    return highlights == null
        ? new ArticleResponse(article, null, null)
        : new ArticleResponse(article, highlights.headlineHtml(), highlights.paragraphsHtml());
  }
}
