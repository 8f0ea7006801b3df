package org.newsindex.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.SearcherOptions;
import org.newsindex.cli.BuildVersion;
import org.newsindex.cli.LuceneNotices;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.opensearch.OpenSearchSearcher;
import org.newsindex.opensearch.OpenSearchTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Opens an index, local or in OpenSearch, and serves it over HTTP until the process is stopped. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Serves the newsindex search API and page over an index folder (--index), or with"
            + " --backend opensearch over an index in an OpenSearch cluster (--url, --index-name).")
public final class ServerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  /** The highest TCP port. */
  private static final int MAX_PORT = 65_535;

  private static final String JETTY_REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index-data",
      description =
          "With --backend local: the index folder written by the indexer"
              + " (default: ${DEFAULT-VALUE}).")
  Path index;

  /** Where the index is kept. */
  enum Backend {
    /** A folder on this machine. */
    LOCAL,
    /** An index in an OpenSearch cluster. */
    OPENSEARCH
  }

  @Option(
      names = "--backend",
      paramLabel = "KIND",
      defaultValue = "local",
      description =
          "Where the index is: local (the --index folder) or opensearch (an OpenSearch cluster:"
              + " --url, --index-name) (default: ${DEFAULT-VALUE}).")
  Backend backend;

  @Option(
      names = "--url",
      paramLabel = "URL[,URL...]",
      description =
          "With --backend opensearch: the cluster's nodes, comma-separated"
              + " (for example http://127.0.0.1:9200).")
  String urls;

  @Option(
      names = "--index-name",
      paramLabel = "NAME",
      defaultValue = OpenSearchTarget.DEFAULT_INDEX_NAME,
      description = "With --backend opensearch: the index to serve (default: ${DEFAULT-VALUE}).")
  String indexName;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--query-timeout",
      paramLabel = "MS",
      defaultValue = "" + Limits.DEFAULT_TIMEOUT_MILLIS,
      description = "Stop a search that runs longer than this many milliseconds and answer 400"
          + " (default: ${DEFAULT-VALUE}).")
  long queryTimeoutMillis;

  @Option(
      names = "--result-cache",
      paramLabel = "N",
      defaultValue = "" + SearcherOptions.DEFAULT_RESULT_CACHE_SIZE,
      description = "Keep the last N search results and answer repeats from them until the index"
          + " changes; 0 turns the cache off, e.g. to measure searching itself"
          + " (default: ${DEFAULT-VALUE}).")
  int resultCacheSize;

  @Option(
      names = "--access-log",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Log one line per request: method, path and query, status, milliseconds"
          + " (default: on; --no-access-log turns it off).")
  boolean accessLog;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  public static void main(String[] args) {
    // Jetty pads its queues to a cache line of references, and to learn whether references are
    // compressed it starts the JVM's JMX server: a quarter of a second of every start. Sixteen is
    // right for compressed references (any heap under 32 GB) and only pads more for wider ones.
    if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE, "16");
    }
    LuceneNotices.quietVectorNotice();
    int exitCode = commandLine().execute(args);
    // On success the server's threads keep the JVM alive; only failures end the process here.
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** The configured command line, for running in-process: backend names in any case. */
  public static CommandLine commandLine() {
    return new CommandLine(new ServerCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public Integer call() {
    if (resultCacheSize < 0) {
      return fail("--result-cache must be 0 or more, was " + resultCacheSize);
    }
    if (queryTimeoutMillis < 1) {
      return fail("--query-timeout must be 1 or more, was " + queryTimeoutMillis);
    }
    if (port < 0 || port > MAX_PORT) {
      return fail("--port must be 0 to " + MAX_PORT + ", was " + port);
    }
    IndexSource source;
    try {
      source = source();
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    SearcherOptions options =
        new SearcherOptions(Duration.ofMillis(queryTimeoutMillis), resultCacheSize);
    // Opening the index and starting the web app each take a good part of a cold start, most of
    // it loading classes; on another core they overlap. Requests that come before the index is
    // open wait for it, so the server answers nothing until it can answer from the index.
    CompletableFuture<NewsSearcher> opening =
        CompletableFuture.supplyAsync(() -> open(source, options));
    Javalin app = NewsServer.create(opening::join, accessLog ? AccessLog.toLogger() : null);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      opening.thenAccept(ServerCommand::close);
      // Javalin says "Port already in use" for any bind failure; the root cause says which it was.
      Throwable reason = e;
      while (reason.getCause() != null) {
        reason = reason.getCause();
      }
      return fail("cannot listen on " + host + ":" + port + ": " + reason.getMessage());
    }
    NewsSearcher searcher;
    try {
      searcher = opening.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
      if (cause instanceof IOException || cause instanceof IllegalArgumentException) {
        // Each message names the index and the remedy ("no index at ...", "cannot reach ...").
        return failListening(app, null, cause.getMessage());
      }
      app.stop();
      throw e;
    }
    int articles;
    try {
      articles = searcher.articleCount();
    } catch (IOException | RuntimeException e) {
      return failListening(
          app,
          searcher,
          "cannot count the articles of the " + indexDescription() + ": " + e.getMessage());
    }
    if (articles == 0) {
      return failListening(app, searcher, indexDescription() + " is empty: run the indexer first");
    }

    Warmup warmup = new Warmup(searcher);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  warmup.stop();
                  close(searcher);
                },
                "newsindex-shutdown"));
    LOG.info("newsindex serving {} articles on http://{}:{}", articles, host, app.port());
    Thread.ofPlatform().daemon().name("newsindex-warmup").start(warmup);
    return 0;
  }

  /** Opens the index that the options name. */
  @FunctionalInterface
  private interface IndexSource {
    NewsSearcher open(SearcherOptions options) throws IOException;
  }

  /**
   * The index that the options name, checked before anything starts, so that a start with options
   * of the other backend, a missing index folder or a cluster address that is not one ends at once,
   * before the web app says it listens.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  private IndexSource source() {
    if (backend == Backend.LOCAL) {
      for (String option : new String[] {"--url", "--index-name"}) {
        if (given(option)) {
          throw new IllegalArgumentException(option + " is only for --backend opensearch");
        }
      }
      if (!Files.isDirectory(index)) {
        throw new IllegalArgumentException("no index at " + index + ": run the indexer first");
      }
      return options -> LuceneNewsSearcher.open(index, options);
    }
    if (given("--index")) {
      throw new IllegalArgumentException(
          "--index names a local folder; with --backend opensearch name the index with"
              + " --index-name");
    }
    if (urls == null) {
      throw new IllegalArgumentException("--url is required with --backend opensearch");
    }
    OpenSearchTarget cluster = OpenSearchTarget.parse(urls, indexName);
    return options -> OpenSearchSearcher.open(cluster, options);
  }

  private static NewsSearcher open(IndexSource source, SearcherOptions options) {
    try {
      return source.open(options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends a start that failed once the web app listened: stops the app, so that the port is free
   * again, closes the index if it opened, and says why.
   */
  private int failListening(Javalin app, NewsSearcher searcher, String message) {
    app.stop();
    if (searcher != null) {
      close(searcher);
    }
    return fail(message);
  }

  /** The index served, as messages name it. */
  private String indexDescription() {
    return backend == Backend.LOCAL
        ? "index at " + index
        : "OpenSearch index " + OpenSearchTarget.parse(urls, indexName);
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private int fail(String message) {
    spec.commandLine().getErr().println(message);
    return 1;
  }

  private static void close(NewsSearcher searcher) {
    try {
      searcher.close();
    } catch (IOException e) {
      LOG.warn("closing the index failed", e);
    }
  }
}
