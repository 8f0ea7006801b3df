package org.newsindex.server;

/** The body of {@code GET /health}: the server answers, and how many articles it can search. */
public record HealthResponse(String status, int articles) {

  /** A healthy server over an index of this many articles. */
  public static HealthResponse ok(int articles) {
    return new HealthResponse("ok", articles);
  }
}
