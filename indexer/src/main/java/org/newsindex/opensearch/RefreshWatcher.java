package org.newsindex.opensearch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsindex.search.ResultCache;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.indices.IndicesStatsResponse;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an OpenSearch index for refreshes, which are what make changes visible to searches, and
 * numbers the states it sees: the version a cached search result belongs to, as a commit's version
 * is locally. It asks the index's refresh count twice a second, one small request; OpenSearch
 * refreshes an index only when something changed, so an index at rest keeps its version.
 *
 * <p>While the count cannot be read the version is unknown, and nothing should be cached.
 */
final class RefreshWatcher implements AutoCloseable {

  /** The version while the refresh count cannot be read. */
  static final long UNKNOWN = ResultCache.UNKNOWN_VERSION;

  private static final Logger LOG = LoggerFactory.getLogger(RefreshWatcher.class);

  private final OpenSearchConnection connection;
  private final Runnable onChange;
  private final ScheduledExecutorService poller;
  private volatile long version = UNKNOWN;
  private volatile Instant lastChange;
  private boolean failing;

  /** Starts watching; {@code onChange} runs on the watcher's thread after each new version. */
  RefreshWatcher(OpenSearchConnection connection, Duration interval, Runnable onChange) {
    this.connection = connection;
    this.onChange = onChange;
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "newsindex-opensearch-refresh");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    poller.scheduleWithFixedDelay(this::poll, 0, millis, TimeUnit.MILLISECONDS);
  }

  /** When a new version was last seen, or {@code null} before the first. */
  Instant lastChange() {
    return lastChange;
  }

  /** The version of the index searches see now, or {@link #UNKNOWN}. */
  long version() {
    return version;
  }

  private void poll() {
    long seen;
    try {
      seen = refreshCount();
      if (failing) {
        LOG.info("reading the refresh count of {} again", connection.target());
        failing = false;
      }
    } catch (IOException | OpenSearchException e) {
      if (!failing) {
        LOG.warn("cannot read the refresh count of {}; not caching results", connection.target(), e);
        failing = true;
      }
      seen = UNKNOWN;
    }
    if (seen != version) {
      version = seen;
      if (seen != UNKNOWN) {
        lastChange = Instant.now();
      }
      onChange.run();
    }
  }

  private long refreshCount() throws IOException {
    IndicesStatsResponse stats =
        connection.client().indices().stats(s -> s.index(connection.index()).metric(IndicesStatsMetric.Refresh));
    return stats.all().total().refresh().total();
  }

  @Override
  public void close() {
    poller.shutdownNow();
    try {
      poller.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
