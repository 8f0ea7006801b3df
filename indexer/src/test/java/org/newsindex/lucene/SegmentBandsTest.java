package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Schema;

class SegmentBandsTest {

  @Test
  void findsEachDocumentOnceForEachBandItHolds() throws IOException {
    // Few distinct bands, so that many documents share each, on both sides of zero.
    assertFindsAsWritten(3_000, 500, new Random(1));
  }

  @Test
  void findsBandsSpreadOverEveryValue() throws IOException {
    // Many buckets: bands drawn from every int, as band hashes are.
    assertFindsAsWritten(20_000, Integer.MAX_VALUE, new Random(2));
  }

  @Test
  void findsBandsOfASegmentSmallerThanOneBucket() throws IOException {
    assertFindsAsWritten(5, 40, new Random(3));
  }

  @Test
  void findsNothingInASegmentWithoutBands() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        writer.addDocument(List.of(new IntPoint(Schema.STORY_BANDS, 7)));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        SegmentBands bands = read(reader);
        assertThat(found(bands, new int[] {-7, 0, 8})).isEmpty();
        assertThat(found(bands, new int[] {7})).containsExactly(0);
      }
    }
  }

  private static void assertFindsAsWritten(int documents, int spread, Random random)
      throws IOException {
    int[][] written = new int[documents][];
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
        for (int doc = 0; doc < documents; doc++) {
          written[doc] = random.ints(1 + random.nextInt(16), -spread, spread).distinct().toArray();
          Document document = new Document();
          for (int band : written[doc]) {
            document.add(new IntPoint(Schema.STORY_BANDS, band));
          }
          writer.addDocument(document);
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        SegmentBands bands = read(reader);
        for (int look = 0; look < 300; look++) {
          // Bands some documents hold, and bands none holds.
          int[] asked = new int[16];
          for (int i = 0; i < asked.length; i++) {
            int[] of = written[random.nextInt(documents)];
            asked[i] = i % 2 == 0 ? of[random.nextInt(of.length)] : random.nextInt();
          }
          asked = Arrays.stream(asked).distinct().sorted().toArray();
          assertThat(found(bands, asked)).isEqualTo(expected(written, asked));
        }
      }
    }
  }

  private static SegmentBands read(DirectoryReader reader) throws IOException {
    LeafReader leaf = reader.leaves().getFirst().reader();
    return SegmentBands.read(leaf.getPointValues(Schema.STORY_BANDS));
  }

  /** Each document once for each asked band it holds, sorted. */
  private static List<Integer> found(SegmentBands bands, int[] asked) {
    List<Integer> found = new ArrayList<>();
    bands.forEach(asked, found::add);
    found.sort(null);
    return found;
  }

  private static List<Integer> expected(int[][] written, int[] asked) {
    List<Integer> expected = new ArrayList<>();
    for (int doc = 0; doc < written.length; doc++) {
      for (int band : written[doc]) {
        if (Arrays.binarySearch(asked, band) >= 0) {
          expected.add(doc);
        }
      }
    }
    return expected;
  }
}
