package org.newsindex.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;

/**
 * How a local index's writer finds the articles that may tell the same story as a new one: those
 * that share a band of its {@link StorySketch}, in the index's last commit, found by each segment's
 * bands held in memory ({@link SegmentBands}), their sketches made again from their stored text
 * when {@link StoryKeys} asks. Looked up by several threads at once ({@link StoryKeys} reads the
 * candidates outside its lock), each look-up in the commit it began with.
 *
 * <p>The last commit, not a near-real-time reader of the writer: once one is opened, the writer
 * keeps a reader of every segment it writes and applies each update's deletes to them, which made
 * a bulk load a fifth slower at times. Articles written since the commit wait in {@link
 * StoryKeys}; a refresh commits.
 */
final class StoryLookup implements StoryKeys.IndexedStories, AutoCloseable {

  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.HEADLINE, Schema.PARAGRAPHS);

  /**
   * How much the segments' bands held in memory ({@link SegmentBands}) may take: a sixteenth of
   * the heap (128 bytes an article: a million articles on a 2 GB heap). Past it, the remaining
   * segments are looked up by their points.
   */
  static final long MAX_BANDS_IN_MEMORY = Runtime.getRuntime().maxMemory() / 16;

  private final IndexWriter writer;
  private final Directory directory;
  private final long maxBandsInMemory;
  // Guarded by this: look-ups run on several threads.
  private final Map<IndexReader.CacheKey, SegmentBands> bandsInMemory = new HashMap<>();
  private long bytesInMemory;
  private boolean empty;
  private DirectoryReader reader;

  /**
   * @param empty whether the index holds no article to compare with (new, or rebuilt for a new
   *     layout, whose old commit must not be read)
   */
  StoryLookup(IndexWriter writer, Directory directory, boolean empty) {
    this(writer, directory, empty, MAX_BANDS_IN_MEMORY);
  }

  StoryLookup(IndexWriter writer, Directory directory, boolean empty, long maxBandsInMemory) {
    this.writer = writer;
    this.directory = directory;
    this.empty = empty;
    this.maxBandsInMemory = maxBandsInMemory;
  }

  /**
   * The candidates in the last commit, readable until the next refresh (which releases the commit
   * once no look-up holds it).
   */
  @Override
  public List<StoryKeys.Candidate> candidates(int[] bands, long numbers) throws IOException {
    return lookUp(bands, numbers, found -> found);
  }

  /** Holds the commit it looks in until {@code compare} returns, whatever refreshes meanwhile. */
  @Override
  public <T> T lookUp(int[] bands, long numbers, StoryKeys.Comparison<T> compare)
      throws IOException {
    DirectoryReader commit = acquire();
    if (commit == null) {
      return compare.with(List.of());
    }
    try {
      return compare.with(candidates(commit, bands, numbers));
    } finally {
      commit.decRef();
    }
  }

  /** The reader of the last commit, one more reference to it taken; {@code null} when empty. */
  private synchronized DirectoryReader acquire() throws IOException {
    if (empty) {
      return null;
    }
    if (reader == null) {
      reader = DirectoryReader.open(directory);
    }
    reader.incRef();
    return reader;
  }

  private List<StoryKeys.Candidate> candidates(DirectoryReader commit, int[] bands, long numbers)
      throws IOException {
    StoredFields stored = commit.storedFields();
    List<StoryKeys.Candidate> candidates = new ArrayList<>();
    for (int doc : mostSharing(commit, bands)) {
      // Else its text need not be read: the numbers rule it out.
      if (mayAgree(commit, doc, numbers)) {
        candidates.add(new StoredCandidate(stored, doc, StoryHits.storyOf(commit, doc)));
      }
    }
    return candidates;
  }

  /**
   * Whether the numbers of article {@code doc} may agree with {@code numbers}; an article indexed
   * without a summary reads as one without numbers, which may.
   */
  private static boolean mayAgree(IndexReader commit, int doc, long numbers) throws IOException {
    return StorySketch.numbersMayAgree(
        StoryHits.keyOf(commit, doc, Schema.STORY_NUMBERS), numbers);
  }

  /**
   * The live articles that share a band with {@code bands}, most bands first, at most {@link
   * StoryKeys.IndexedStories#MAX_CANDIDATES}. Each segment lists each article once for each band
   * it shares, from its bands in memory or, past their budget, by one walk of its points tree that
   * visits only the cells that may hold one of them; {@link StoryKeys#mostShared} ranks them, as it
   * does the waiting ones.
   */
  private int[] mostSharing(IndexReader commit, int[] bands) throws IOException {
    int[] sorted = bands.clone();
    Arrays.sort(sorted);
    SharedBands shared = new SharedBands(sorted);
    for (LeafReaderContext leaf : commit.leaves()) {
      PointValues points = leaf.reader().getPointValues(Schema.STORY_BANDS);
      if (points == null) {
        continue;
      }
      shared.leaf = leaf;
      shared.live = leaf.reader().getLiveDocs();
      SegmentBands inMemory = inMemory(leaf, points);
      if (inMemory != null) {
        inMemory.forEach(sorted, shared::add);
      } else {
        points.intersect(shared);
      }
    }
    return StoryKeys.mostShared(
        shared.found, shared.count, StoryKeys.IndexedStories.MAX_CANDIDATES, doc -> true);
  }

  /** A segment's bands in memory, read on its first look-up; {@code null} past the budget. */
  private synchronized SegmentBands inMemory(LeafReaderContext leaf, PointValues points)
      throws IOException {
    IndexReader.CacheKey key = leaf.reader().getCoreCacheHelper().getKey();
    SegmentBands bands = bandsInMemory.get(key);
    if (bands == null && SegmentBands.bytesFor(points) <= maxBandsInMemory - bytesInMemory) {
      bands = SegmentBands.read(points);
      bandsInMemory.put(key, bands);
      bytesInMemory += bands.bytes();
    }
    return bands;
  }

  /**
   * An indexed article, its story read from doc values, its id and text from the stored document
   * when first asked for (one read serves both), and its sketch made then: a new copy of a story
   * is often settled by its first candidate. Used by one thread.
   */
  private static final class StoredCandidate implements StoryKeys.Candidate {
    private final StoredFields stored;
    private final int doc;
    private final long story;
    private Document article;
    private StorySketch sketch;

    StoredCandidate(StoredFields stored, int doc, long story) {
      this.stored = stored;
      this.doc = doc;
      this.story = story;
    }

    @Override
    public String id() {
      return article().get(Schema.ID);
    }

    @Override
    public long story() {
      return story;
    }

    @Override
    public StorySketch sketch() {
      if (sketch == null) {
        sketch =
            StorySketch.toCompare(
                article().get(Schema.HEADLINE), List.of(article().getValues(Schema.PARAGRAPHS)));
      }
      return sketch;
    }

    private Document article() {
      if (article == null) {
        try {
          article = stored.document(doc, FIELDS);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return article;
    }
  }

  /** Lists each live article once for each of the sorted bands it has. */
  private static final class SharedBands implements PointValues.IntersectVisitor {
    private final int[] sorted;
    private LeafReaderContext leaf;
    private Bits live;
    private int[] found = new int[16];
    private int count;

    SharedBands(int[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public void visit(int doc) {
      throw new IllegalStateException("a cell is never wholly inside a set of bands");
    }

    @Override
    public void visit(int doc, byte[] packedValue) {
      if (Arrays.binarySearch(sorted, IntPoint.decodeDimension(packedValue, 0)) >= 0) {
        add(doc);
      }
    }

    /** Lists a document of the leaf that holds one of the bands, if it is live. */
    void add(int doc) {
      if (live == null || live.get(doc)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = leaf.docBase + doc;
      }
    }

    @Override
    public PointValues.Relation compare(byte[] minPacked, byte[] maxPacked) {
      int min = IntPoint.decodeDimension(minPacked, 0);
      int max = IntPoint.decodeDimension(maxPacked, 0);
      int at = Arrays.binarySearch(sorted, min);
      int next = at >= 0 ? at : -at - 1;
      return next < sorted.length && sorted[next] <= max
          ? PointValues.Relation.CELL_CROSSES_QUERY
          : PointValues.Relation.CELL_OUTSIDE_QUERY;
    }
  }

  /**
   * Commits, so that the next look-up sees every article written so far; look-ups under way keep
   * the commit they began with.
   */
  @Override
  public void refresh() throws IOException {
    writer.commit();
    synchronized (this) {
      empty = false;
      if (reader != null) {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer != null) {
          reader.decRef();
          reader = newer;
          forgetMergedAway();
        }
      }
    }
  }

  /** Drops the bands of segments the reader no longer has: merged into others. */
  private void forgetMergedAway() {
    Set<IndexReader.CacheKey> current = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      current.add(leaf.reader().getCoreCacheHelper().getKey());
    }
    bandsInMemory.keySet().retainAll(current);
    bytesInMemory = bandsInMemory.values().stream().mapToLong(SegmentBands::bytes).sum();
  }


  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.decRef();
      reader = null;
    }
  }
}
