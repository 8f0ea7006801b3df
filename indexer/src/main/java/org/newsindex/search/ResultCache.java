package org.newsindex.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;

/**
 * The results of the most recently used searches, so a popular query is answered without searching
 * again. Keys include the version of the index they were computed on: a result never outlives the
 * commit it describes, and {@link #clear()} frees the old ones after a refresh.
 */
public final class ResultCache {

  /** An index version nothing is cached for: the backend cannot tell when its index changes. */
  public static final long UNKNOWN_VERSION = -1;

  /** One search of a backend. */
  @FunctionalInterface
  public interface Search {
    SearchResult run() throws IOException;
  }

  /** A request on one version of the index. */
  private record Key(long indexVersion, SearchRequest request) {}

  private final Map<Key, SearchResult> entries;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** A cache holding at most {@code capacity} results (none for 0), dropping the least recent. */
  public ResultCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The result of a request on one version of the index: the cached one, its time the time since
   * {@code started} (a {@link System#nanoTime()}), or else what the search finds, kept when {@code
   * complete} says it is whole (a search cut off by its timeout is an error, never an answer).
   */
  public SearchResult answer(
      long started,
      long indexVersion,
      SearchRequest request,
      Search search,
      BooleanSupplier complete)
      throws IOException {
    Key key = new Key(indexVersion, request);
    if (indexVersion != UNKNOWN_VERSION) {
      SearchResult cached = get(key);
      if (cached != null) {
        hits.increment();
        return cached.withTookMillis((System.nanoTime() - started) / 1_000_000);
      }
    }
    misses.increment();
    SearchResult result = search.run();
    if (indexVersion != UNKNOWN_VERSION && complete.getAsBoolean()) {
      put(key, result);
    }
    return result;
  }

  private synchronized SearchResult get(Key key) {
    return entries.get(key);
  }

  private synchronized void put(Key key, SearchResult value) {
    entries.put(key, value);
  }

  /** How many requests were answered from the cache. */
  public long hits() {
    return hits.sum();
  }

  /** How many requests were searched. */
  public long misses() {
    return misses.sum();
  }

  /** Forgets every result. */
  public synchronized void clear() {
    entries.clear();
  }
}
