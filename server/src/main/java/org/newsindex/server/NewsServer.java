package org.newsindex.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newsindex.InvalidQueryException;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchTimeoutException;
import org.newsindex.SearcherBusyException;
import org.newsindex.json.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the newsindex web app: routes, JSON settings, error answers and the search page. */
public final class NewsServer {

  /** JSON is UTF-8; saying so in the header spares clients that would otherwise guess. */
  static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

  /** Prometheus's text format, as scrapers ask for it. */
  static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(NewsServer.class);

  /** When a client told that the searcher is busy should ask again. */
  private static final String RETRY_AFTER_SECONDS = "1";

  private NewsServer() {}

  /**
   * Returns a configured, unstarted app that serves the API and the page over a searcher. The
   * caller starts and stops the app and closes the searcher.
   */
  public static Javalin create(NewsSearcher searcher) {
    Objects.requireNonNull(searcher, "searcher");
    return create(() -> searcher, null);
  }

  /**
   * Returns a configured, unstarted app over the searcher that {@code searcher} gives when a request
   * comes: so the app can be built while the index is still opening.
   *
   * @param accessLog where each request is logged, or {@code null} for nowhere
   */
  static Javalin create(Supplier<NewsSearcher> searcher, AccessLog accessLog) {
    NewsController controller = new NewsController(searcher);
    Metrics metrics = new Metrics(searcher);
    byte[] openApi = resource("/openapi.json");
    byte[] apiPage = resource("/docs/api-docs.html");
    ObjectMapper json = ApiJson.mapper();
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.requestLogger.http(
              (ctx, millis) -> {
                metrics.handle(ctx, millis);
                if (accessLog != null) {
                  accessLog.handle(ctx, millis);
                }
              });
          config.jsonMapper(new JavalinJackson(json, false));
          ParameterFormats.register(config.validation);
          config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
          // Javalin's own handler reads the page's files through the class loader; Jetty's would
          // first open the whole server jar as a file system, which costs startup time.
          config.resourceHandler(new JavalinStaticResourceHandler());
          config.staticFiles.add(
              files -> {
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of(Header.CACHE_CONTROL, ResponseHeaders.PAGE_FILES_CACHE);
              });
          config.staticFiles.enableWebjars();
          config.routes.before(ResponseHeaders::apply);
          config.routes.before("/api/*", ParameterFormats::checkPercentEncoding);

          // A wrong method is told apart from a wrong path.
          config.http.prefer405over404 = true;
          RoutesConfig routes = config.routes;
          getAndHead(routes, "/api/search", controller::search);
          getAndHead(routes, "/api/quotes", controller::quotes);
          getAndHead(routes, "/api/speakers", controller::speakers);
          // <id> rather than {id}: article ids are paths such as business/001.
          // Declared first: <id> takes slashes, so the more specific route must win.
          getAndHead(routes, "/api/articles/<id>/related", controller::related);
          getAndHead(routes, "/api/articles/<id>", controller::article);
          getAndHead(routes, "/health", controller::health);
          getAndHead(
              routes,
              "/metrics",
              ctx -> ctx.contentType(METRICS_CONTENT_TYPE).result(metrics.scrape()));
          getAndHead(
              routes, "/openapi.json", ctx -> ctx.contentType(JSON_CONTENT_TYPE).result(openApi));
          getAndHead(routes, "/api/docs", ctx -> ctx.html(new String(apiPage, UTF_8)));

          // ctx.json() says only "application/json"; every JSON answer, errors too, passes here.
          config.routes.after(
              ctx -> {
                if (ContentType.JSON.equals(ctx.res().getContentType())) {
                  ctx.contentType(JSON_CONTENT_TYPE);
                }
              });

          config.routes.exception(
              InvalidQueryException.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
          // The most specific handler answers: a timeout is a bad request that is also counted.
          config.routes.exception(
              SearchTimeoutException.class,
              (e, ctx) -> {
                metrics.searchTimedOut();
                badRequest(ctx, e.getMessage());
              });
          config.routes.exception(
              SearcherBusyException.class,
              (e, ctx) ->
                  ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
                      .header(Header.RETRY_AFTER, RETRY_AFTER_SECONDS)
                      .json(new ErrorResponse(e.getMessage())));
          config.routes.exception(
              ValidationException.class, (e, ctx) -> badRequest(ctx, describe(e.getErrors())));
          // Every route takes GET and HEAD alone (getAndHead), as a 405's Allow header must say.
          config.routes.exception(
              MethodNotAllowedResponse.class,
              (e, ctx) ->
                  ctx.status(e.getStatus())
                      .header(Header.ALLOW, "GET, HEAD")
                      .json(new ErrorResponse(e.getMessage())));
          config.routes.exception(
              HttpResponseException.class,
              (e, ctx) -> ctx.status(e.getStatus()).json(new ErrorResponse(e.getMessage())));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(new ErrorResponse("internal error"));
              });
        });
  }

  /**
   * Routes GET and HEAD to the handler: a HEAD answers with the status and headers of the GET, and
   * Jetty leaves out the body. Without it Javalin answers a HEAD of a GET route 200 without running
   * the handler, so that a monitor's HEAD of a missing article or a bad search would read as fine.
   */
  private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
    routes.get(path, handler);
    routes.head(path, handler);
  }

  /** A file of the server's jar, read once when the app is built. */
  private static byte[] resource(String name) {
    try (InputStream in = NewsServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the server's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void badRequest(Context ctx, String message) {
    ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorResponse(message));
  }

  /** Turns validator errors such as {@code size=abc} into one sentence. */
  private static String describe(Map<String, List<ValidationError<Object>>> errors) {
    return errors.entrySet().stream()
        .flatMap(entry -> entry.getValue().stream().map(error -> describe(entry.getKey(), error)))
        .collect(Collectors.joining("; "));
  }

  private static String describe(String parameter, ValidationError<Object> error) {
    String problem =
        error.exception() instanceof ParameterFormats.FormatException format
            ? format.getMessage()
            : "is invalid (" + error.getMessage() + ")";
    return parameter + " " + problem + ", was '" + error.value + "'";
  }
}
