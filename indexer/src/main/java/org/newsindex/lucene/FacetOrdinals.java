package org.newsindex.lucene;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one reader: Lucene's ordinal state, which drill-sideways counting uses, and
 * for each segment a plain array from the segment's ordinals to the reader's, which {@link
 * FacetCounter} uses. Built once per refresh; the arrays hold one int per value of each segment.
 * The label of each value is read from the doc values the first time a search shows it, and kept.
 */
final class FacetOrdinals {

  private final SortedSetDocValuesReaderState state;
  private final int[][] readerOrdinals;
  private final FacetOrdinalsCache inMemory;

  /**
   * The label of each reader ordinal that a search has shown, {@code null} until then. Reading one
   * from doc values finds its segment through the ordinal map and decodes a block of terms, for
   * the same few dozen labels search after search. A reference per value of the reader.
   */
  private final AtomicReferenceArray<String> labels;

  private FacetOrdinals(
      SortedSetDocValuesReaderState state, int[][] readerOrdinals, FacetOrdinalsCache inMemory) {
    this.state = state;
    this.readerOrdinals = readerOrdinals;
    this.inMemory = inMemory;
    this.labels = new AtomicReferenceArray<>(state.getSize());
  }

  /**
   * The facet ordinals of {@code reader}, or {@code null} when no document has a facet value; its
   * segments' values come from {@code inMemory} once loaded there.
   */
  static FacetOrdinals of(IndexReader reader, FacetOrdinalsCache inMemory) throws IOException {
    String field = ArticleDocuments.facetValuesField();
    List<LeafReaderContext> segments = reader.leaves();
    if (segments.stream()
        .allMatch(segment -> segment.reader().getFieldInfos().fieldInfo(field) == null)) {
      return null;
    }
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
    OrdinalMap map =
        state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping
            : null;
    int[][] readerOrdinals = new int[segments.size()][];
    for (LeafReaderContext segment : segments) {
      int values = (int) DocValues.getSortedSet(segment.reader(), field).getValueCount();
      LongValues toReader = map == null ? LongValues.IDENTITY : map.getGlobalOrds(segment.ord);
      int[] ordinals = new int[values];
      for (int ord = 0; ord < values; ord++) {
        ordinals[ord] = (int) toReader.get(ord);
      }
      readerOrdinals[segment.ord] = ordinals;
    }
    return new FacetOrdinals(state, readerOrdinals, inMemory);
  }

  /** Lucene's view of the same ordinals, for drill-sideways counting and for labels. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** The value that a reader ordinal stands for. */
  String label(int ord) throws IOException {
    String label = labels.get(ord);
    if (label == null) {
      label = ArticleDocuments.facetValueOf(state.getDocValues().lookupOrd(ord));
      labels.set(ord, label);
    }
    return label;
  }

  /** The reader's ordinal of each of the segment's ordinals. */
  int[] readerOrdinals(LeafReaderContext segment) {
    return readerOrdinals[segment.ord];
  }

  /** The segment's values in memory, or {@code null} while they are loading. */
  SegmentFacetOrdinals inMemory(LeafReaderContext segment) {
    return inMemory.of(segment);
  }
}
