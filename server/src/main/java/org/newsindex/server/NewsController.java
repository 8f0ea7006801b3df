package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsindex.Article;
import org.newsindex.ArticleHighlights;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.InvalidQueryException;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.SearchRequest;
import org.newsindex.SortOrder;
import org.newsindex.json.ArticleResponse;

/**
 * The API's handlers. They read parameters, ask the searcher and answer with a record; what goes
 * wrong is thrown and turned into an {@link ErrorResponse} by {@link NewsServer}.
 */
final class NewsController {

  /** How many related articles to list when the request does not say. */
  private static final int RELATED_SIZE = 5;

  private final Supplier<NewsSearcher> searcher;

  /** Handlers over the searcher that {@code searcher} gives, asked again on each request. */
  NewsController(Supplier<NewsSearcher> searcher) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
  }

  /**
   * {@code GET /api/search?q=...}, with optional {@code speaker}, {@code source}, {@code year}
   * (each repeatable), {@code date_from}, {@code date_to}, {@code sort}, {@code size}, {@code
   * from} or {@code cursor}, and {@code collapse}.
   */
  void search(Context ctx) throws IOException {
    SearchRequest request =
        SearchRequest.builder(Objects.requireNonNullElse(ctx.queryParam("q"), ""))
            .speakers(ctx.queryParams("speaker"))
            .sources(ctx.queryParams("source"))
            .years(ctx.queryParamsAsClass("year", Integer.class).getOrDefault(List.of()))
            .dates(date(ctx, "date_from"), date(ctx, "date_to"))
            .sort(ctx.queryParamAsClass("sort", SortOrder.class).getOrDefault(SortOrder.RELEVANCE))
            .from(from(ctx))
            .size(size(ctx))
            .cursor(ctx.queryParam("cursor"))
            .collapse(collapse(ctx))
            .build();
    ctx.json(searcher.get().search(request));
  }

  /**
   * {@code GET /api/quotes?q=...&speaker=...&from=0&size=10&collapse=true}; either q or speaker may
   * be left out.
   */
  void quotes(Context ctx) throws IOException {
    if (ctx.queryParams("speaker").size() > 1) {
      // One speaker a search: a second one must not be dropped without a word.
      throw new InvalidQueryException("give one speaker; /api/quotes searches one at a time");
    }
    QuoteSearchRequest request =
        new QuoteSearchRequest(
            ctx.queryParam("q"), ctx.queryParam("speaker"), from(ctx), size(ctx), collapse(ctx));
    ctx.json(searcher.get().searchQuotes(request));
  }

  /** {@code GET /api/speakers?prefix=...&size=10}. */
  void speakers(Context ctx) throws IOException {
    String prefix = Objects.requireNonNullElse(ctx.queryParam("prefix"), "");
    ctx.json(new SpeakersResponse(searcher.get().speakers(prefix, size(ctx))));
  }

  /**
   * {@code GET /api/articles/<id>}, where the id may contain slashes; with {@code q}, the headline
   * and paragraphs also come as HTML with the query's matches marked.
   */
  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    NewsSearcher searcher = this.searcher.get();
    Article article = searcher.find(id).orElseThrow(() -> notFound(id));
    String query = ctx.queryParam("q");
    ArticleHighlights highlights =
        query == null || query.isBlank()
            ? null
            : searcher.highlight(id, query).orElseThrow(() -> notFound(id));
    ctx.json(ArticleResponse.of(article, highlights, searcher.duplicatesOf(id)));
  }

  /** {@code GET /api/articles/<id>/related?size=5}. */
  void related(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int size = ctx.queryParamAsClass("size", Integer.class).getOrDefault(RELATED_SIZE);
    ctx.json(new RelatedResponse(searcher.get().related(id, size).orElseThrow(() -> notFound(id))));
  }

  /** {@code GET /health}. */
  void health(Context ctx) throws IOException {
    ctx.json(HealthResponse.ok(searcher.get().articleCount()));
  }

  /** Whether copies of one story collapse into one hit: yes unless {@code collapse=false}. */
  private static boolean collapse(Context ctx) {
    return ctx.queryParamAsClass("collapse", Boolean.class).getOrDefault(true);
  }

  private static NotFoundResponse notFound(String id) {
    return new NotFoundResponse("no article with id " + id);
  }

  // Only the types are checked here: the library's requests own the range rules and messages.
  private static LocalDate date(Context ctx, String name) {
    return ctx.queryParamAsClass(name, LocalDate.class).getOrNull();
  }

  private static int from(Context ctx) {
    return ctx.queryParamAsClass("from", Integer.class).getOrDefault(0);
  }

  private static int size(Context ctx) {
    return ctx.queryParamAsClass("size", Integer.class).getOrDefault(Limits.DEFAULT_SIZE);
  }
}
