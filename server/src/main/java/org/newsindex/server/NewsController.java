package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Objects;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;

/**
 * The API's handlers. They read parameters, ask the searcher and answer with a record; what goes
 * wrong is thrown and turned into an {@link ErrorResponse} by {@link NewsServer}.
 */
final class NewsController {

  private final NewsSearcher searcher;

  NewsController(NewsSearcher searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /** {@code GET /api/search?q=...&from=0&size=10}. */
  void search(Context ctx) throws IOException {
    // Only the types are checked here: SearchRequest owns the range rules and their messages.
    int from = ctx.queryParamAsClass("from", Integer.class).getOrDefault(0);
    int size =
        ctx.queryParamAsClass("size", Integer.class).getOrDefault(SearchRequest.DEFAULT_SIZE);
    String query = Objects.requireNonNullElse(ctx.queryParam("q"), "");
    ctx.json(SearchResponse.of(searcher.search(new SearchRequest(query, from, size))));
  }

  /** {@code GET /api/articles/<id>}, where the id may contain slashes. */
  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article article =
        searcher.find(id).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
    ctx.json(article);
  }

  /** {@code GET /health}. */
  void health(Context ctx) throws IOException {
    ctx.json(HealthResponse.ok(searcher.articleCount()));
  }
}
