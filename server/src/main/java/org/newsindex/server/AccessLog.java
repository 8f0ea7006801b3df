package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, when its answer is sent: method, path with query string as the client sent
 * it, status and milliseconds ({@code GET /api/search?q=bank 200 3.4 ms}); never a body.
 */
final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("newsindex.access");

  private final Consumer<String> lines;

  /** A log that hands each line to {@code lines}. */
  AccessLog(Consumer<String> lines) {
    this.lines = Objects.requireNonNull(lines, "lines");
  }

  /** The log the server writes: INFO lines of the logger {@code newsindex.access}. */
  static AccessLog toLogger() {
    return new AccessLog(LOG::info);
  }

  @Override
  public void handle(Context ctx, Float millis) {
    String query = ctx.queryString();
    lines.accept(
        String.format(
            Locale.ROOT,
            "%s %s%s %d %.1f ms",
            ctx.method(),
            ctx.path(),
            query == null ? "" : "?" + query,
            ctx.statusCode(),
            millis));
  }
}
