package org.newsindex.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of the most recently used searches, so a popular query is answered without searching
 * again. Keys include the version of the index they were computed on: a result never outlives the
 * commit it describes, and {@link #clear()} frees the old ones after a refresh.
 *
 * @param <K> the request
 * @param <V> its result
 */
public final class ResultCache<K, V> {

  /** A request on one version of the index. */
  public record Key<K>(long indexVersion, K request) {}

  private final Map<Key<K>, V> entries;

  /** A cache holding at most {@code capacity} results (none for 0), dropping the least recent. */
  public ResultCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key<K>, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The cached result, or {@code null}. */
  public synchronized V get(Key<K> key) {
    return entries.get(key);
  }

  /** Remembers a result. */
  public synchronized void put(Key<K> key, V value) {
    entries.put(key, value);
  }

  /** Forgets every result. */
  public synchronized void clear() {
    entries.clear();
  }
}
