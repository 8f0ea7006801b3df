package org.newsindex.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.TopOrdAndNumberQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.newsindex.FacetCount;

/**
 * Counts the facet values of the matches as the search collects them, from each segment's values
 * in memory ({@link SegmentFacetOrdinals}) or, while those load, from its doc values. Lucene's
 * {@link org.apache.lucene.facet.FacetsCollector} instead gathers the matches into a set and then
 * decodes each one's values from doc values: on a million articles that was a third of an average
 * search, and counting from memory halves it. Each slice of a search counts into its own array;
 * the arrays are summed at the end.
 */
final class FacetCounter
    implements CollectorManager<FacetCounter.SliceCounter, FacetCounter.Counts> {

  private final FacetOrdinals ordinals;

  FacetCounter(FacetOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  @Override
  public SliceCounter newCollector() {
    return new SliceCounter(ordinals);
  }

  @Override
  public Counts reduce(Collection<SliceCounter> slices) {
    // A search on one thread has one slice: its counts are the sum.
    int[] sum = null;
    for (SliceCounter slice : slices) {
      if (sum == null) {
        sum = slice.counts;
      } else {
        for (int ord = 0; ord < sum.length; ord++) {
          sum[ord] += slice.counts[ord];
        }
      }
    }
    return new Counts(ordinals, sum == null ? new int[ordinals.state().getSize()] : sum);
  }

  /** Counts one slice's matches, by the reader's ordinal. */
  static final class SliceCounter implements Collector {
    private final FacetOrdinals ordinals;
    private final int[] counts;

    SliceCounter(FacetOrdinals ordinals) {
      this.ordinals = ordinals;
      this.counts = new int[ordinals.state().getSize()];
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext segment) throws IOException {
      int[] toReader = ordinals.readerOrdinals(segment);
      SegmentFacetOrdinals inMemory = ordinals.inMemory(segment);
      return inMemory != null
          ? inMemory.counter(toReader, counts)
          : new FromDocValues(
              DocValues.getSortedSet(segment.reader(), ArticleDocuments.facetValuesField()),
              toReader,
              counts);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private record FromDocValues(SortedSetDocValues values, int[] toReader, int[] counts)
      implements LeafCollector {
    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = values.docValueCount(); i > 0; i--) {
          counts[toReader[(int) values.nextOrd()]]++;
        }
      }
    }
  }

  /** The counts of every facet value over all matches. */
  static final class Counts {
    private final FacetOrdinals ordinals;
    private final int[] counts;

    Counts(FacetOrdinals ordinals, int[] counts) {
      this.ordinals = ordinals;
      this.counts = counts;
    }

    /**
     * The {@code n} values of {@code dimension} with the highest counts, highest first; equal
     * counts in the order of their values, as Lucene's facet counts order them.
     */
    List<FacetCount> top(String dimension, int n) throws IOException {
      SortedSetDocValuesReaderState.OrdRange range = ordinals.state().getOrdRange(dimension);
      if (range == null) {
        return List.of(); // no article has this facet at all
      }
      TopOrdAndIntQueue best = new TopOrdAndIntQueue(n);
      TopOrdAndIntQueue.OrdAndInt spare = new TopOrdAndIntQueue.OrdAndInt();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        // Values come in order, so a later one with the weakest's count is not better.
        if (counts[ord] > 0 && (best.size() < n || counts[ord] > weakest(best))) {
          spare.ord = ord;
          spare.value = counts[ord];
          TopOrdAndNumberQueue.OrdAndValue pushedOut = best.insertWithOverflow(spare);
          spare =
              pushedOut == null
                  ? new TopOrdAndIntQueue.OrdAndInt()
                  : (TopOrdAndIntQueue.OrdAndInt) pushedOut;
        }
      }
      FacetCount[] top = new FacetCount[best.size()];
      for (int i = top.length - 1; i >= 0; i--) {
        int ord = best.pop().ord;
        top[i] = new FacetCount(ordinals.label(ord), counts[ord]);
      }
      return List.of(top);
    }

    private static int weakest(TopOrdAndIntQueue best) {
      return ((TopOrdAndIntQueue.OrdAndInt) best.top()).value;
    }
  }
}
