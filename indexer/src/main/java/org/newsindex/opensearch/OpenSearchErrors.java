package org.newsindex.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.newsindex.InvalidQueryException;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.TransportException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Turns OpenSearch's error answers into the searcher's errors: a request OpenSearch calls bad (HTTP
 * 400, such as a query that expands to too many clauses) is an {@link InvalidQueryException}, which
 * a server answers with 400 too; a missing index and every other failure is an {@link IOException}
 * that names the target.
 */
final class OpenSearchErrors {

  /** The error type of a search OpenSearch stopped at its timeout. */
  private static final String TIME_EXCEEDED = "time_exceeded_exception";

  private OpenSearchErrors() {}

  /** True when the error is about the request rather than the cluster. */
  static boolean isBadRequest(OpenSearchException e) {
    return e.status() == 400;
  }

  /**
   * True when OpenSearch failed a search because its time ran out before any shard had a partial
   * answer. The client reports that as an {@link OpenSearchException} when it can read the error,
   * else as a {@link ResponseException} (alone or inside a {@link TransportException}) whose
   * message holds the error as OpenSearch sent it.
   */
  static boolean isTimeExceeded(Exception e) {
    if (e instanceof OpenSearchException refused) {
      return causes(refused.error()).anyMatch(cause -> TIME_EXCEEDED.equals(cause.type()));
    }
    ResponseException response = unreadAnswer(e);
    return response != null
        && response.getMessage() != null
        && response.getMessage().contains('"' + TIME_EXCEEDED + '"');
  }

  /**
   * The HTTP error answer behind a failure that the client did not read into an {@link
   * OpenSearchException}: a {@link ResponseException}, alone or inside a {@link
   * TransportException}; {@code null} when the failure is no answer (a connection error).
   */
  static ResponseException unreadAnswer(Exception e) {
    Throwable answer = e instanceof TransportException ? e.getCause() : e;
    return answer instanceof ResponseException response ? response : null;
  }

  /** The error for a request OpenSearch refused as bad. */
  static InvalidQueryException badRequest(OpenSearchException e) {
    String type = rootCause(e).type();
    if (type != null && type.startsWith("too_many")) {
      return new InvalidQueryException(
          "query expands to too many terms for OpenSearch: " + reason(e));
    }
    return new InvalidQueryException("OpenSearch cannot answer this query: " + reason(e));
  }

  /** The error for any other failure, naming the target. */
  static IOException failure(OpenSearchException e, OpenSearchTarget target) {
    if ("index_not_found_exception".equals(e.error().type())) {
      return new IOException(missingIndex(target), e);
    }
    return new IOException(
        "OpenSearch " + target + " failed (HTTP " + e.status() + "): " + reason(e), e);
  }

  /** What to tell a user whose index is not there. */
  static String missingIndex(OpenSearchTarget target) {
    return "no index " + target.indexName() + " at " + String.join(",", urls(target))
        + ": run the indexer with --target opensearch first";
  }

  /** What to tell a user whose cluster does not answer. */
  static String unreachable(OpenSearchTarget target, IOException e) {
    return "cannot reach OpenSearch at " + String.join(",", urls(target)) + ": " + e.getMessage();
  }

  private static List<String> urls(OpenSearchTarget target) {
    return target.urls().stream().map(Object::toString).toList();
  }

  /** An error and every cause it lists, root causes first. */
  private static Stream<ErrorCause> causes(ErrorCause error) {
    return Stream.concat(
        Stream.concat(error.rootCause().stream(), Stream.of(error)),
        error.causedBy() == null ? Stream.empty() : causes(error.causedBy()));
  }

  private static ErrorCause rootCause(OpenSearchException e) {
    List<ErrorCause> causes = e.error().rootCause();
    return causes.isEmpty() ? e.error() : causes.get(0);
  }

  private static String reason(OpenSearchException e) {
    String reason = rootCause(e).reason();
    return reason == null ? e.error().type() : reason;
  }
}
