package org.newsindex.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsindex.bench.ScratchFolder;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time for a writer to find the indexed articles that share a story band with a new one ({@link
 * StoryLookup#candidates}), from each segment's bands held in memory ({@link SegmentBands}) or by
 * walking each segment's points tree, as a bulk load does for every article once the waiting ones
 * pass their share of the heap. Candidates' text is not read: that is the same either way.
 *
 * <p>The index holds {@code articles} articles of sixteen random bands each, in ten segments (a
 * large load has about that many); each look-up asks for the bands of an indexed article, half of
 * them replaced by bands no article has, as a partial copy would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class StoryBandsBenchmark {

  private static final int SEGMENTS = 10;
  private static final int LOOKUPS = 1024;

  @Param("500000")
  public int articles;

  private ScratchFolder folder;
  private Directory directory;
  private IndexWriter writer;
  private StoryLookup inMemory;
  private StoryLookup byPoints;
  private final int[][] lookups = new int[LOOKUPS][];
  private int next;

  /** Writes the articles' bands and opens both look-ups on them. */
  @Setup(Level.Trial)
  public void build() throws IOException {
    folder = ScratchFolder.create();
    directory = FSDirectory.open(folder.path());
    writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig()
                .setCodec(new NewsindexCodec())
                .setMergePolicy(NoMergePolicy.INSTANCE));
    Random random = new Random(20261201L);
    int[][] written = new int[articles][];
    for (int article = 0; article < articles; article++) {
      written[article] = random.ints(16).toArray();
      Document doc = new Document();
      for (int band : written[article]) {
        doc.add(new IntPoint(Schema.STORY_BANDS, band));
      }
      doc.add(new NumericDocValuesField(Schema.STORY, article));
      doc.add(new NumericDocValuesField(Schema.STORY_NUMBERS, 0));
      writer.addDocument(doc);
      if ((article + 1) % (articles / SEGMENTS) == 0) {
        writer.commit();
      }
    }
    writer.commit();
    for (int i = 0; i < LOOKUPS; i++) {
      int[] bands = written[random.nextInt(articles)].clone();
      for (int b = 0; b < bands.length; b += 2) {
        bands[b] = random.nextInt();
      }
      lookups[i] = bands;
    }
    inMemory = new StoryLookup(writer, directory, false, Long.MAX_VALUE);
    byPoints = new StoryLookup(writer, directory, false, 0);
  }

  /** Closes and deletes the index. */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    inMemory.close();
    byPoints.close();
    writer.close();
    directory.close();
    folder.close();
  }

  /** One look-up from the segments' bands in memory (read on the first). */
  @Benchmark
  public List<StoryKeys.Candidate> fromMemory() throws IOException {
    return inMemory.candidates(nextBands(), 0);
  }

  /** One look-up by walking each segment's points tree. */
  @Benchmark
  public List<StoryKeys.Candidate> byPointsWalk() throws IOException {
    return byPoints.candidates(nextBands(), 0);
  }

  private int[] nextBands() {
    int[] bands = lookups[next];
    next = next + 1 == LOOKUPS ? 0 : next + 1;
    return bands;
  }
}
