package org.newsindex.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} with the facet ordinals of its reader. Building those ordinals walks
 * every segment, so it happens once per refresh, in {@link #factory}, never per request.
 *
 * <p>A request's searcher may search slices of segments on an executor, so that one search uses
 * every core: on a million articles that halves a single search's latency on two cores, and on
 * 200,000 it cuts it by a sixth (2.35 to 1.95 ms over the sample queries). When other
 * searches already keep the cores busy, splitting only adds work, so such a request searches its
 * segments one after another ({@link #withTimeout}).
 */
final class FacetedSearcher extends IndexSearcher {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /** Below this many documents a slice is not worth a thread of its own. */
  private static final int MIN_DOCS_PER_SLICE = 20_000;

  /** Lucene's default: many small segments still make few slices. */
  private static final int MAX_SEGMENTS_PER_SLICE = 5;

  private final Executor executor;
  private final FacetOrdinals facetOrdinals;
  private final QueryTimeout deadline;

  /**
   * Makes the searchers a {@link org.apache.lucene.search.SearcherManager} hands out, searching
   * segment slices on {@code executor} and counting facets from {@code facetValues}.
   */
  static SearcherFactory factory(Executor executor, FacetOrdinalsCache facetValues) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        return new FacetedSearcher(reader, executor, FacetOrdinals.of(reader, facetValues), null);
      }
    };
  }

  private FacetedSearcher(
      IndexReader reader,
      Executor executor,
      FacetOrdinals facetOrdinals,
      QueryTimeout deadline) {
    super(reader, executor);
    // Lucene's query cache keeps the matches of queries that come back often, and a counting pass
    // does not score, so it would answer repeated searches from memory: a result cache by another
    // name, which the result cache's own switch (--result-cache 0) could not turn off.
    setQueryCache(null);
    this.executor = executor;
    this.facetOrdinals = facetOrdinals;
    this.deadline = deadline;
    if (deadline != null) {
      setTimeout(deadline);
    }
  }

  /**
   * Slices small enough that a lone search keeps every core busy: each segment of more than
   * 1/(2 x cores) of the index's documents is a slice of its own, smaller ones are grouped. Lucene's
   * default of 250,000 documents a slice would search an index of 200,000 on one thread.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
    int perSlice = (int) Math.max(MIN_DOCS_PER_SLICE, docs / (2L * CORES));
    return slices(leaves, perSlice, MAX_SEGMENTS_PER_SLICE, false);
  }

  /**
   * A searcher for one request over the same reader and facet ordinals, that stops searching once
   * {@code timeout} has passed; {@link #timedOut()} then says so. Timeouts are per request, so a
   * shared searcher cannot carry one. With {@code inSlices}, it searches slices of segments on the
   * executor; otherwise on the calling thread.
   */
  FacetedSearcher withTimeout(Duration timeout, boolean inSlices) {
    Executor slices = inSlices ? executor : null;
    return new FacetedSearcher(
        getIndexReader(), slices, facetOrdinals, new QueryTimeoutImpl(timeout.toMillis()));
  }

  /**
   * The same request's searcher without the searcher-level timeout, for drill-sideways scoring,
   * which must see every document in one pass; wrap its collector in a {@link
   * DeadlineCollectorManager} with {@link #deadline()} instead.
   */
  FacetedSearcher untimed() {
    return new FacetedSearcher(getIndexReader(), executor, facetOrdinals, null);
  }

  /** When this request must stop, or a deadline that never passes for a shared searcher. */
  QueryTimeout deadline() {
    return deadline == null ? () -> false : deadline;
  }

  /** The facet ordinals, or {@code null} when no article in the index has a facet value. */
  FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }
}
