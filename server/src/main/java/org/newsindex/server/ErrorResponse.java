package org.newsindex.server;

import java.util.Objects;

/** The body of every 4xx and 5xx answer: one sentence for the person who asked. */
public record ErrorResponse(String error) {

  public ErrorResponse {
    Objects.requireNonNull(error, "error");
  }
}
