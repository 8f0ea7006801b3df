package org.newsindex.server;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.SearcherOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Opens an index and serves it over HTTP until the process is stopped. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    version = "newsindex server 0.1",
    description = "Serves the newsindex search API and page over an index folder.")
public final class ServerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index-data",
      description = "Index folder written by the indexer (default: ${DEFAULT-VALUE}).")
  Path index;

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
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  public static void main(String[] args) {
    int exitCode = new CommandLine(new ServerCommand()).execute(args);
    // On success the server's threads keep the JVM alive; only failures end the process here.
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  @Override
  public Integer call() {
    NewsSearcher searcher;
    int articles;
    if (resultCacheSize < 0) {
      return fail("--result-cache must be 0 or more, was " + resultCacheSize);
    }
    try {
      if (!Files.isDirectory(index)) {
        return fail("no index at " + index + ": run the indexer first");
      }
      searcher =
          NewsSearcher.open(
              index,
              new SearcherOptions(Duration.ofMillis(queryTimeoutMillis), resultCacheSize));
      articles = searcher.articleCount();
    } catch (IOException e) {
      // NewsSearcher.open's message names the folder and the remedy ("no index at ...").
      return fail(e.getMessage());
    }
    if (articles == 0) {
      close(searcher);
      return fail("index at " + index + " is empty: run the indexer first");
    }

    Javalin app = NewsServer.create(searcher);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      close(searcher);
      return fail("cannot listen on " + host + ":" + port + ": " + e.getMessage());
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  close(searcher);
                },
                "newsindex-shutdown"));
    LOG.info("newsindex serving {} articles on http://{}:{}", articles, host, app.port());
    Thread.ofPlatform().daemon().name("newsindex-warmup").start(new Warmup(searcher));
    return 0;
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
