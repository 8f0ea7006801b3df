package org.newsindex.lucene;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each live segment's {@link SegmentFacetOrdinals}, loaded in the background: a segment's first
 * searches count from its doc values while its arrays load (under half a second for a million
 * articles), so neither opening the index nor a refresh waits for them. A segment's arrays go with
 * the segment: they are held by its core's key, weakly, and a merged-away segment lets go of it.
 */
final class FacetOrdinalsCache {

  private static final Logger LOG = LoggerFactory.getLogger(FacetOrdinalsCache.class);

  private final Executor loader;
  private final Map<IndexReader.CacheKey, SegmentFacetOrdinals> loaded =
      Collections.synchronizedMap(new WeakHashMap<>());
  private final Set<IndexReader.CacheKey> requested =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  /** A cache that loads segments' arrays on {@code loader}. */
  FacetOrdinalsCache(Executor loader) {
    this.loader = loader;
  }

  /**
   * The segment's arrays, or {@code null} while they are not loaded yet, after asking for them
   * once.
   */
  SegmentFacetOrdinals of(LeafReaderContext segment) {
    IndexReader.CacheHelper core = segment.reader().getCoreCacheHelper();
    if (core == null) {
      return null; // not a segment that lasts: not worth arrays
    }
    IndexReader.CacheKey key = core.getKey();
    SegmentFacetOrdinals ordinals = loaded.get(key);
    if (ordinals == null && requested.add(key)) {
      load(segment, key);
      ordinals = loaded.get(key);
    }
    return ordinals;
  }

  private void load(LeafReaderContext segment, IndexReader.CacheKey key) {
    try {
      loader.execute(
          () -> {
            try {
              loaded.put(key, SegmentFacetOrdinals.load(segment.reader()));
            } catch (Exception e) {
              // The reader was refreshed and closed meanwhile (a later search asks again through
              // the new one), or the segment cannot be read: until then its searches count from
              // doc values.
              requested.remove(key);
              LOG.debug("facet values of a segment not loaded into memory", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("searcher closing: facet values of a segment not loaded", e);
    }
  }
}
