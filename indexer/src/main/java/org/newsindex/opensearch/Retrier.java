package org.newsindex.opensearch;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.TransportException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Sends a request to an OpenSearch target again, with {@link Backoff}, while it fails for a reason
 * that passes: the cluster is busy (HTTP 429), a node or a proxy is unavailable (502, 503, 504),
 * or the connection failed or timed out. Any other failure, and the last transient one, reach the
 * caller; the last one as an {@link IOException} that names the target and the attempts made.
 */
final class Retrier {

  /** A request to send, perhaps more than once: it must be safe to repeat. */
  @FunctionalInterface
  interface Request<T> {

    /** Sends the request and returns its answer. */
    T send() throws IOException;
  }

  /** HTTP statuses that say "not now" rather than "not this": worth asking again. */
  static final Set<Integer> TRANSIENT_STATUSES = Set.of(429, 502, 503, 504);

  private final OpenSearchTarget target;
  private final Backoff backoff;

  Retrier(OpenSearchTarget target, Backoff backoff) {
    this.target = target;
    this.backoff = backoff;
  }

  Backoff backoff() {
    return backoff;
  }

  /** The same target with another schedule. */
  Retrier with(Backoff other) {
    return new Retrier(target, other);
  }

  /**
   * Sends a request until it succeeds, fails for good, or has been tried {@link
   * Backoff#attempts()} times.
   *
   * @param what the request, for the message when it fails ("the bulk request")
   */
  <T> T call(String what, Request<T> request) throws IOException {
    long started = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try {
        return request.send();
      } catch (IOException | OpenSearchException e) {
        if (!isTransient(e)) {
          throw e;
        }
        if (attempt >= backoff.attempts()) {
          throw gaveUp(what, attempt, started, describe(e), e);
        }
      }
      backoff.pauseAfter(attempt);
    }
  }

  /** The error for a request given up on after {@code attempts} transient failures. */
  IOException gaveUp(String what, int attempts, long startedNanos, String lastFailure,
      Exception cause) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
    return new IOException(
        "OpenSearch " + target + " did not take " + what + ": " + attempts + " attempts in "
            + elapsed.toSeconds() + " s failed, the last with " + lastFailure,
        cause);
  }

  /** Whether trying again later may succeed. */
  static boolean isTransient(Exception e) {
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    if (e instanceof OpenSearchException refused) {
      Integer status = refused.response().status();
      return status != null && TRANSIENT_STATUSES.contains(status);
    }
    ResponseException answer = OpenSearchErrors.unreadAnswer(e);
    if (answer != null) {
      return TRANSIENT_STATUSES.contains(answer.status());
    }
    // A TransportException holding no answer is one the client could not read: asking again gets
    // the same. Other I/O failures (refused or reset connections, timeouts, a node gone
    // mid-request) may heal.
    return e instanceof IOException && !(e instanceof TransportException);
  }

  /** A failure in a few words: its HTTP status, or the connection error. */
  static String describe(Exception e) {
    if (e instanceof OpenSearchException refused) {
      // An answer without a status ("no handler found for uri") is read with none.
      Integer status = refused.response().status();
      return (status == null ? "an error" : "HTTP " + status)
          + " (" + refused.error().reason() + ")";
    }
    ResponseException answer = OpenSearchErrors.unreadAnswer(e);
    if (answer != null) {
      return "HTTP " + answer.status();
    }
    String message = e.getMessage();
    String kind = e instanceof SocketTimeoutException ? "timeout" : e.getClass().getSimpleName();
    return message == null || message.isBlank()
        ? kind
        : kind + " (" + message.lines().findFirst().orElse("") + ")";
  }
}
