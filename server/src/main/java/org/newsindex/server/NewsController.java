package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Objects;
import org.newsindex.Article;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
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

  /** {@code GET /api/search?q=...&speaker=...&from=0&size=10}; {@code speaker} may repeat. */
  void search(Context ctx) throws IOException {
    SearchRequest request =
        SearchRequest.builder(Objects.requireNonNullElse(ctx.queryParam("q"), ""))
            .speakers(ctx.queryParams("speaker"))
            .from(from(ctx))
            .size(size(ctx))
            .build();
    ctx.json(SearchResponse.of(searcher.search(request)));
  }

  /** {@code GET /api/quotes?q=...&speaker=...&from=0&size=10}; either q or speaker may be left out. */
  void quotes(Context ctx) throws IOException {
    QuoteSearchRequest request =
        new QuoteSearchRequest(ctx.queryParam("q"), ctx.queryParam("speaker"), from(ctx), size(ctx));
    ctx.json(QuotesResponse.of(searcher.searchQuotes(request)));
  }

  /** {@code GET /api/speakers?prefix=...&size=10}. */
  void speakers(Context ctx) throws IOException {
    String prefix = Objects.requireNonNullElse(ctx.queryParam("prefix"), "");
    ctx.json(new SpeakersResponse(searcher.speakers(prefix, size(ctx))));
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

  // Only the types are checked here: the library's requests own the range rules and messages.
  private static int from(Context ctx) {
    return ctx.queryParamAsClass("from", Integer.class).getOrDefault(0);
  }

  private static int size(Context ctx) {
    return ctx.queryParamAsClass("size", Integer.class).getOrDefault(Limits.DEFAULT_SIZE);
  }
}
