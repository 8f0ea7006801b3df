package org.newsindex;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} with the facet ordinals of its reader. Building those ordinals walks
 * every segment, so it happens once per refresh, in {@link #factory}, never per request.
 *
 * <p>A request's searcher may search slices of segments on an executor, so that one search uses
 * every core: on a million articles that halves a single search's latency on two cores. When other
 * searches already keep the cores busy, splitting only adds work, so such a request searches its
 * segments one after another ({@link #withTimeout}).
 */
final class FacetedSearcher extends IndexSearcher {

  private final Executor executor;
  private final SortedSetDocValuesReaderState facetState;
  private final QueryTimeout deadline;

  /**
   * Makes the searchers a {@link org.apache.lucene.search.SearcherManager} hands out, searching
   * segment slices on {@code executor}.
   */
  static SearcherFactory factory(Executor executor) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        return new FacetedSearcher(reader, executor);
      }
    };
  }

  private FacetedSearcher(IndexReader reader, Executor executor) throws IOException {
    this(reader, executor, hasFacets(reader)
        ? new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig())
        : null, null);
  }

  private FacetedSearcher(
      IndexReader reader,
      Executor executor,
      SortedSetDocValuesReaderState facetState,
      QueryTimeout deadline) {
    super(reader, executor);
    // Lucene's query cache keeps the matches of queries that come back often, and a counting pass
    // does not score, so it would answer repeated searches from memory: a result cache by another
    // name, which the result cache's own switch (--result-cache 0) could not turn off.
    setQueryCache(null);
    this.executor = executor;
    this.facetState = facetState;
    this.deadline = deadline;
    if (deadline != null) {
      setTimeout(deadline);
    }
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
        getIndexReader(), slices, facetState, new QueryTimeoutImpl(timeout.toMillis()));
  }

  /**
   * The same request's searcher without the searcher-level timeout, for drill-sideways scoring,
   * which must see every document in one pass; wrap its collector in a {@link
   * DeadlineCollectorManager} with {@link #deadline()} instead.
   */
  FacetedSearcher untimed() {
    return new FacetedSearcher(getIndexReader(), executor, facetState, null);
  }

  /** When this request must stop, or a deadline that never passes for a shared searcher. */
  QueryTimeout deadline() {
    return deadline == null ? () -> false : deadline;
  }

  /** The facet ordinals, or {@code null} when no article in the index has a facet value. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) {
    String field = Schema.facetsConfig().getDimConfig(Schema.SPEAKERS_FACET).indexFieldName;
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }
}
