package org.newsindex.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.newsindex.Article;
import org.newsindex.ArticleHighlights;

/**
 * The body of {@code GET /api/articles/{id}}: the article's own fields, how many other articles
 * tell the same story and their ids, and with {@code q} also its headline and paragraphs as HTML
 * with the query's matches marked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleResponse(
    @JsonUnwrapped Article article,
    int duplicates,
    List<String> duplicateIds,
    String headlineHtml,
    List<String> paragraphsHtml) {

  /** The article with its copies' ids and its highlights, which may be {@code null}. */
  public static ArticleResponse of(
      Article article, ArticleHighlights highlights, List<String> duplicateIds) {
    return highlights == null
        ? new ArticleResponse(article, duplicateIds.size(), duplicateIds, null, null)
        : new ArticleResponse(
            article,
            duplicateIds.size(),
            duplicateIds,
            highlights.headlineHtml(),
            highlights.paragraphsHtml());
  }
}
