package org.newsindex.server;

import java.util.List;
import org.newsindex.RelatedArticle;

/** The body of {@code GET /api/articles/{id}/related}: articles like one article, best first. */
public record RelatedResponse(List<RelatedArticle> hits) {

  public RelatedResponse {
    hits = List.copyOf(hits);
  }
}
