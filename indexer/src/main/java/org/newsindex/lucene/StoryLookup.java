package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
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
 * that share a band of its {@link StorySketch}, in the index's last commit, their sketches made
 * again from their stored text. Used by one thread at a time ({@link StoryKeys} hands out keys in
 * turn).
 *
 * <p>The last commit, not a near-real-time reader of the writer: once one is opened, the writer
 * keeps a reader of every segment it writes and applies each update's deletes to them, which made
 * a bulk load a fifth slower at times. Articles written since the commit wait in {@link
 * StoryKeys}; a refresh commits.
 */
final class StoryLookup implements StoryKeys.IndexedStories, AutoCloseable {

  /** Candidates checked per new article at most, those sharing the most bands first. */
  static final int MAX_CANDIDATES = 16;

  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.HEADLINE, Schema.PARAGRAPHS);

  private final IndexWriter writer;
  private final Directory directory;
  private boolean empty;
  private DirectoryReader reader;

  /**
   * @param empty whether the index holds no article to compare with (new, or rebuilt for a new
   *     layout, whose old commit must not be read)
   */
  StoryLookup(IndexWriter writer, Directory directory, boolean empty) {
    this.writer = writer;
    this.directory = directory;
    this.empty = empty;
  }

  @Override
  public List<StoryKeys.Candidate> candidates(int[] bands, long numbers, String id)
      throws IOException {
    if (empty) {
      return List.of();
    }
    if (reader == null) {
      reader = DirectoryReader.open(directory);
    }
    StoredFields stored = reader.storedFields();
    List<StoryKeys.Candidate> candidates = new ArrayList<>();
    for (int doc : mostSharing(bands)) {
      if (!mayAgree(doc, numbers)) {
        continue; // its text need not be read: the numbers alone rule it out
      }
      Document article = stored.document(doc, FIELDS);
      String candidateId = article.get(Schema.ID);
      if (candidateId.equals(id)) {
        continue;
      }
      StorySketch sketch =
          StorySketch.of(
              article.get(Schema.HEADLINE), List.of(article.getValues(Schema.PARAGRAPHS)));
      candidates.add(
          new StoryKeys.Candidate(candidateId, StoryHits.storyOf(reader, doc), sketch));
    }
    return candidates;
  }

  /**
   * Whether the numbers of article {@code doc} may agree with {@code numbers}; an article indexed
   * without a summary reads as one without numbers, which may.
   */
  private boolean mayAgree(int doc, long numbers) throws IOException {
    return StorySketch.numbersMayAgree(
        StoryHits.keyOf(reader, doc, Schema.STORY_NUMBERS), numbers);
  }

  /**
   * The live articles that share a band with {@code bands}, most bands first, at most {@link
   * #MAX_CANDIDATES} and one. The bands are points: one walk of each segment's tree visits only the
   * cells that may hold one of them, and lists each article once for each band it shares; {@link
   * StoryKeys#mostShared} ranks them, as it does the waiting ones.
   */
  private int[] mostSharing(int[] bands) throws IOException {
    int[] sorted = bands.clone();
    Arrays.sort(sorted);
    SharedBands shared = new SharedBands(sorted);
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(Schema.STORY_BANDS);
      if (points != null) {
        shared.leaf = leaf;
        shared.live = leaf.reader().getLiveDocs();
        points.intersect(shared);
      }
    }
    return StoryKeys.mostShared(shared.found, shared.count, MAX_CANDIDATES + 1, doc -> true);
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
      if (Arrays.binarySearch(sorted, IntPoint.decodeDimension(packedValue, 0)) >= 0
          && (live == null || live.get(doc))) {
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

  /** Commits, so that the next look-up sees every article written so far. */
  @Override
  public void refresh() throws IOException {
    writer.commit();
    empty = false;
    if (reader != null) {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }
}
