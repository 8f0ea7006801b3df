package org.newsindex.server;

import java.io.IOException;
import java.util.List;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.SearchRequest;
import org.newsindex.SortOrder;
import org.newsindex.SpeakerCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a few searches of each kind right after the server starts, in the background, so that the
 * first reader does not pay for loading classes, compiling code and reading the index from disk.
 * Goes through the public search API only, so it warms any backend.
 */
final class Warmup implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

  /** Enough rounds for the JIT to compile the search path; a few hundred milliseconds in all. */
  private static final int ROUNDS = 20;

  private final NewsSearcher searcher;
  private volatile boolean stopped;

  Warmup(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Ends the warm-up after the search in hand, for a server that is shutting down: the searcher
   * closing under that search is then no failure to report.
   */
  void stop() {
    stopped = true;
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    try {
      List<SpeakerCount> speakers = searcher.speakers("", ROUNDS);
      for (int i = 0; i < ROUNDS && !speakers.isEmpty() && !stopped; i++) {
        String name = speakers.get(i % speakers.size()).name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        // Distinct requests, so the result cache does not answer them.
        searcher.search(SearchRequest.builder(surname).size(1 + i % 10).build());
        searcher.search(
            SearchRequest.builder("\"" + name + "\"").sort(SortOrder.NEWEST).size(1 + i % 10).build());
        searcher.searchQuotes(new QuoteSearchRequest(null, name, 0, 1 + i % 10));
      }
      LOG.info("warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (IOException | RuntimeException e) {
      if (stopped) {
        LOG.debug("warm-up stopped by the shutdown", e);
        return;
      }
      // Warming is an optimisation: a failure here must not stop the server.
      LOG.warn("warm-up search failed; the first searches will be slower", e);
    }
  }
}
