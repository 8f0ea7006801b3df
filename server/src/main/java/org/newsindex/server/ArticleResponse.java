package org.newsindex.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.newsindex.Article;
import org.newsindex.ArticleHighlights;
import org.newsindex.Quote;

/**
 * The body of {@code GET /api/articles/{id}}: the article, and with {@code q} also its headline and
 * paragraphs as HTML with the query's matches marked.
 */
public record ArticleResponse(
    String id,
    String headline,
    LocalDate date,
    String dateText,
    String source,
    List<String> paragraphs,
    List<String> speakers,
    List<Quote> quotes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String headlineHtml,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> paragraphsHtml) {

  /** The article as stored, without highlights. */
  public static ArticleResponse of(Article article) {
    return of(article, null);
  }

  /** The article with its highlights, which may be {@code null}. */
  public static ArticleResponse of(Article article, ArticleHighlights highlights) {
    return new ArticleResponse(
        article.id(),
        article.headline(),
        article.date(),
        article.dateText(),
        article.source(),
        article.paragraphs(),
        article.speakers(),
        article.quotes(),
        highlights == null ? null : highlights.headlineHtml(),
        highlights == null ? null : highlights.paragraphsHtml());
  }
}
