package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.Map;

/**
 * Headers that make a slip harmless and say what may be cached, in one place. The page escapes
 * article text; should some text ever slip through, the content security policy still lets the
 * page run only the server's own script and style (no inline script, no other origin), browsers
 * must not guess a type from content, and no request tells another site where the reader came
 * from. API answers change with the index and are never cached; the page's files are, briefly.
 */
final class ResponseHeaders {

  /** The page's policy: its own script, style and API only; icons may be data URIs. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
          + " form-action 'self'";

  /** On every answer, errors included. */
  static final Map<String, String> SECURITY =
      Map.of(
          Header.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY,
          Header.X_CONTENT_TYPE_OPTIONS, "nosniff",
          Header.REFERRER_POLICY, "no-referrer");

  /** How long a browser may keep the page's files before asking again: a new release shows soon. */
  static final String PAGE_FILES_CACHE = "public, max-age=300";

  /** API answers and errors: never from a cache. */
  static final String ANSWERS_CACHE = "no-store";

  private ResponseHeaders() {}

  /**
   * Sets the headers of every answer before its handler runs; the page's files replace {@link
   * #ANSWERS_CACHE} with their own.
   */
  static void apply(Context ctx) {
    SECURITY.forEach(ctx::header);
    ctx.header(Header.CACHE_CONTROL, ANSWERS_CACHE);
  }
}
