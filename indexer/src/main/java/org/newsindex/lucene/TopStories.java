package org.newsindex.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.NumericUtils;
import org.newsindex.SortOrder;
import org.newsindex.search.Schema;

/**
 * Collects the best hit of each of the top stories: hits that share a key (a story, or a quote as
 * one story tells it) collapse into the first of them in the requested order, as Elasticsearch's
 * field collapsing does. Counts every match, so the total (of hits, not stories) stays exact.
 *
 * <p>Each collector keeps the top {@code n} keys by their best hit so far, and a hit that cannot
 * enter them costs no look-up; a key pushed out may come back with a better hit. The union of
 * every slice's top keys holds the true top {@code n}, each with its best hit, so the reduction
 * merges them and keeps the first {@code n}. Dates are read as the date sort reads them (the
 * least value; undated last either way), and ties fall to index order.
 */
final class TopStories implements CollectorManager<TopStories.StoryCollector, TopDocs> {

  /** A story's best hit so far: {@code rank} orders hits, higher first, then lower doc ids. */
  private record Best(long key, int doc, float score, long rank, long date) {}

  private static final Comparator<Best> ORDER =
      Comparator.comparingLong(Best::rank).reversed().thenComparingInt(Best::doc);

  private final String keyField;
  private final SortOrder sort;
  private final int stories;

  /**
   * @param keyField the number field whose value a story's hits share
   * @param sort     the order of hits
   * @param stories  how many stories to collect
   */
  TopStories(String keyField, SortOrder sort, int stories) {
    this.keyField = keyField;
    this.sort = sort;
    this.stories = stories;
  }

  @Override
  public StoryCollector newCollector() {
    return new StoryCollector();
  }

  /**
   * One hit per story, best story first, and how many hits matched: when sorted by date, each hit
   * a {@link FieldDoc} with the date and doc id, as {@link
   * org.apache.lucene.search.TopFieldCollector} makes them.
   */
  @Override
  public TopDocs reduce(Collection<StoryCollector> collectors) {
    Map<Long, Best> merged = new HashMap<>();
    long total = 0;
    for (StoryCollector collector : collectors) {
      total += collector.totalHits;
      for (Best best : collector.top) {
        merged.merge(best.key(), best, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    ScoreDoc[] hits =
        merged.values().stream()
            .sorted(ORDER)
            .limit(stories)
            .map(this::toScoreDoc)
            .toArray(ScoreDoc[]::new);
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), hits);
  }

  private ScoreDoc toScoreDoc(Best best) {
    return sort == SortOrder.RELEVANCE
        ? new ScoreDoc(best.doc(), best.score())
        : new FieldDoc(best.doc(), Float.NaN, new Object[] {best.date(), best.doc()});
  }

  /** The value a date sort gives an undated document: last either way. */
  private long missingDate() {
    return sort == SortOrder.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE;
  }

  /** Collects one slice. */
  final class StoryCollector implements Collector {

    private final Map<Long, Best> byKey = new HashMap<>();
    private final TreeSet<Best> top = new TreeSet<>(ORDER);
    /**
     * The last of {@code top} once it holds every story it keeps, {@code null} before: the hit each
     * match must beat, kept apart because nearly every match of a large result is compared with
     * it and fails, and finding the last of a tree set walks the tree.
     */
    private Best weakest;
    private long totalHits;

    @Override
    public ScoreMode scoreMode() {
      return sort == SortOrder.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedNumericDocValues keys = DocValues.getSortedNumeric(context.reader(), keyField);
      NumericDocValues dates =
          sort == SortOrder.RELEVANCE
              ? null
              : SortedNumericSelector.wrap(
                  DocValues.getSortedNumeric(context.reader(), Schema.DATE),
                  SortedNumericSelector.Type.MIN,
                  SortField.Type.LONG);
      int docBase = context.docBase;
      return new LeafCollector() {
        private Scorable scorer;

        @Override
        public void setScorer(Scorable scorer) {
          this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
          totalHits++;
          float score = scorer == null || dates != null ? Float.NaN : scorer.score();
          long date = dates != null && dates.advanceExact(doc) ? dates.longValue() : missingDate();
          long rank =
              switch (sort) {
                case RELEVANCE -> NumericUtils.floatToSortableInt(score);
                case NEWEST -> date;
                case OLDEST -> date == Long.MAX_VALUE ? Long.MIN_VALUE : -date;
              };
          int globalDoc = docBase + doc;
          if (weakest != null && !beats(rank, globalDoc, weakest)) {
            return; // not among the top stories, whichever story it tells
          }
          // An article without a key is a story of its own.
          long key = keys.advanceExact(doc) ? keys.nextValue() : ~(long) globalDoc;
          offer(new Best(key, globalDoc, score, rank, date));
        }
      };
    }

    private void offer(Best hit) {
      Best known = byKey.get(hit.key());
      if (known != null) {
        if (ORDER.compare(hit, known) >= 0) {
          return;
        }
        top.remove(known);
      } else if (top.size() == stories) {
        byKey.remove(top.pollLast().key());
      }
      byKey.put(hit.key(), hit);
      top.add(hit);
      weakest = top.size() == stories ? top.last() : null;
    }

    private static boolean beats(long rank, int doc, Best other) {
      return rank > other.rank() || rank == other.rank() && doc < other.doc();
    }
  }
}
