package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;

/**
 * Sends bulk requests until every operation in them has been applied. A whole request that fails
 * for a passing reason (see {@link Retrier#isTransient}) is sent again after a pause; so are just
 * the operations a node rejected inside a successful answer (HTTP 429 when its write queue is
 * full). Any other rejected operation, such as a document the mapping refuses, fails the send
 * with the document's id and OpenSearch's reason.
 *
 * <p>Every operation is an index, a delete or an update of fields to given values by id, so
 * sending one again is harmless.
 */
final class BulkSender {

  private final OpenSearchClient client;
  private final Retrier retrier;
  private final OpenSearchTarget target;

  BulkSender(OpenSearchClient client, Retrier retrier, OpenSearchTarget target) {
    this.client = client;
    this.retrier = retrier;
    this.target = target;
  }

  /**
   * Applies the operations, in order for each document. Failed requests and rejected operations
   * share one budget of {@link Backoff#attempts()} attempts.
   */
  void send(List<BulkOperation> operations) throws IOException {
    Backoff backoff = retrier.backoff();
    long started = System.nanoTime();
    List<BulkOperation> pending = operations;
    for (int attempt = 1; ; attempt++) {
      List<BulkOperation> sending = pending;
      BulkResponse response;
      try {
        response = client.bulk(b -> b.operations(sending));
      } catch (IOException | OpenSearchException e) {
        if (!Retrier.isTransient(e)) {
          throw e;
        }
        if (attempt >= backoff.attempts()) {
          throw retrier.gaveUp("a bulk request", attempt, started, Retrier.describe(e), e);
        }
        backoff.pauseAfter(attempt);
        continue;
      }
      pending = rejected(sending, response);
      if (pending.isEmpty()) {
        return;
      }
      if (attempt >= backoff.attempts()) {
        throw retrier.gaveUp(
            pending.size() + " of " + sending.size() + " documents of a bulk request", attempt,
            started, lastRejection(response), null);
      }
      backoff.pauseAfter(attempt);
    }
  }

  /**
   * The operations rejected for a passing reason, to send again.
   *
   * @throws IOException when one was rejected for good
   */
  private List<BulkOperation> rejected(List<BulkOperation> sent, BulkResponse response)
      throws IOException {
    if (!response.errors()) {
      return List.of();
    }
    List<BulkResponseItem> items = response.items();
    if (items.size() != sent.size()) {
      throw new IOException(
          "OpenSearch " + target + " answered " + items.size() + " items to a bulk request of "
              + sent.size());
    }
    List<BulkOperation> again = new ArrayList<>();
    for (int n = 0; n < items.size(); n++) {
      BulkResponseItem item = items.get(n);
      if (item.error() == null || isGone(item)) {
        continue;
      }
      if (Retrier.TRANSIENT_STATUSES.contains(item.status())) {
        again.add(sent.get(n));
      } else {
        throw new IOException(
            "OpenSearch " + target + " refused document " + item.id() + " (HTTP " + item.status()
                + "): " + describe(item.error()));
      }
    }
    return again;
  }

  /**
   * Deleting a quote that is already gone is no failure, nor is updating an article that a run
   * removed meanwhile.
   */
  private static boolean isGone(BulkResponseItem item) {
    return (item.operationType() == OperationType.Delete
            || item.operationType() == OperationType.Update)
        && item.status() == 404;
  }

  private static String lastRejection(BulkResponse response) {
    for (BulkResponseItem item : response.items()) {
      if (item.error() != null && Retrier.TRANSIENT_STATUSES.contains(item.status())) {
        return "HTTP " + item.status() + " (" + describe(item.error()) + ")";
      }
    }
    return "a rejection";
  }

  private static String describe(ErrorCause error) {
    String reason = error.reason() == null ? "" : error.reason().lines().findFirst().orElse("");
    return error.type() + ": " + reason;
  }
}
