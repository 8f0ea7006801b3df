package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
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
    lines.accept(
        line(ctx.method().name(), ctx.path(), ctx.queryString(), ctx.statusCode(), millis));
  }

  /**
   * One request's line: the milliseconds to one decimal, rounded half up, as {@code %.1f} does,
   * built without a {@link java.util.Formatter}, which cost more than the rest of the line.
   */
  static String line(String method, String path, String query, int status, double millis) {
    StringBuilder line = new StringBuilder(128).append(method).append(' ').append(path);
    if (query != null) {
      line.append('?').append(query);
    }
    long tenths = Math.round(millis * 10.0);
    return line.append(' ').append(status).append(' ').append(tenths / 10).append('.')
        .append(tenths % 10).append(" ms").toString();
  }
}
