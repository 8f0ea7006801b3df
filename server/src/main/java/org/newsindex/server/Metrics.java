package org.newsindex.server;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.newsindex.IndexStats;
import org.newsindex.NewsSearcher;

/**
 * The server's metrics in Prometheus's text format, through Micrometer, for {@code GET /metrics}:
 * requests by route, method and status with a latency histogram ({@code
 * newsindex_http_requests_seconds}), search timeouts, the index (articles, quotes, bytes on disk,
 * seconds since it last changed), the result cache's hits and misses, and the JVM's memory and
 * garbage collection. One instance per app.
 */
final class Metrics implements RequestLogger {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter timeouts;
  private final Meter.MeterProvider<Timer> requests;
  /** The timer of each kind of request so far: building its tags again showed in profiles. */
  private final Map<RequestKind, Timer> timers = new ConcurrentHashMap<>();
  private final IndexReadings index;

  /** Metrics over the searcher that {@code searcher} gives when asked. */
  Metrics(Supplier<NewsSearcher> searcher) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    this.timeouts =
        Counter.builder("newsindex.search.timeouts")
            .description("Searches stopped by their timeout")
            .register(registry);
    // Built once; each request only looks its route, method and status up.
    this.requests =
        Timer.builder("newsindex.http.requests")
            .description("HTTP requests by route, method and status")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .withRegistry(registry);
    this.index = new IndexReadings(searcher);
    gauge("newsindex.index.articles", "Articles in the index", null, IndexStats::articles);
    gauge("newsindex.index.quotes", "Quotes in the index", null, IndexStats::quotes);
    gauge("newsindex.index.size", "The index's size on disk", "bytes", IndexStats::sizeBytes);
    gauge(
        "newsindex.index.refresh.age",
        "Seconds since the searcher last refreshed to a new version of the index",
        "seconds",
        stats ->
            stats.lastChange() == null
                ? Double.NaN
                : Duration.between(stats.lastChange(), Instant.now()).toMillis() / 1000.0);
    counter("newsindex.result.cache.hits", "Searches answered from the result cache",
        IndexStats::resultCacheHits);
    counter("newsindex.result.cache.misses", "Searches that searched",
        IndexStats::resultCacheMisses);
  }

  /** Counts a search stopped by its timeout. */
  void searchTimedOut() {
    timeouts.increment();
  }

  /** Times a request once its answer is sent. */
  @Override
  public void handle(Context ctx, Float millis) {
    timers
        .computeIfAbsent(
            new RequestKind(route(ctx), ctx.method().name(), ctx.statusCode()),
            kind ->
                requests.withTags(
                    "route", kind.route(),
                    "method", kind.method(),
                    "status", String.valueOf(kind.status())))
        .record(Math.round(millis * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  /** What a request's timer is told apart by. */
  private record RequestKind(String route, String method, int status) {}

  /** Every metric, in Prometheus's text format; the index's statistics are read once for it. */
  String scrape() {
    index.read();
    return registry.scrape();
  }

  /** The route a request matched ({@code /api/articles/<id>}), so that ids do not become tags. */
  private static String route(Context ctx) {
    Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
    if (endpoint != null) {
      return endpoint.path;
    }
    return ctx.statusCode() == 404 ? "unmatched" : "page files";
  }

  private void gauge(String name, String help, String unit, ToDoubleFunction<IndexStats> value) {
    Gauge.builder(name, index, readings -> readings.value(value))
        .description(help)
        .baseUnit(unit)
        .register(registry);
  }

  private void counter(String name, String help, ToDoubleFunction<IndexStats> value) {
    FunctionCounter.builder(name, index, readings -> readings.value(value))
        .description(help)
        .register(registry);
  }

  /** The index's statistics as the last scrape read them: one reading serves all its gauges. */
  private static final class IndexReadings {
    private final Supplier<NewsSearcher> searcher;
    private volatile IndexStats last;

    IndexReadings(Supplier<NewsSearcher> searcher) {
      this.searcher = searcher;
    }

    void read() {
      try {
        last = searcher.get().stats();
      } catch (Exception e) {
        last = null; // an index that cannot be read says so by its missing numbers
      }
    }

    double value(ToDoubleFunction<IndexStats> value) {
      IndexStats stats = last;
      return stats == null ? Double.NaN : value.applyAsDouble(stats);
    }
  }
}
