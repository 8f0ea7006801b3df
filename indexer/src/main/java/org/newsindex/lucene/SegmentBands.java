package org.newsindex.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntConsumer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.util.ArrayUtil;

/**
 * Every story band of one segment with its document, held in memory and found by band in a few
 * reads: what {@link StoryLookup} asks of each segment for every article a writer adds. Walking the
 * segment's points tree for sixteen bands decodes a path of inner cells and a leaf of 512 points
 * for each; at a million articles, with every new one looked up in every segment of the last
 * commit, those walks were more than half of the load. Read once per segment, eight bytes a band.
 *
 * <p>The pairs are sorted by band, and a table of where the bands of each bucket (their top bits,
 * counted from the least band) start narrows a look-up to a few hundred pairs before a binary
 * search.
 */
final class SegmentBands {

  /** Pairs per bucket of the start table, about: a binary search within one reads a few lines. */
  private static final int PAIRS_PER_BUCKET = 256;

  private final int[] bands;
  private final int[] docs;
  private final int[] bucketStarts;
  private final int shift;

  private SegmentBands(int[] bands, int[] docs) {
    this.bands = bands;
    this.docs = docs;
    int bits = bucketBits(bands.length);
    this.shift = 32 - bits;
    int buckets = 1 << bits;
    this.bucketStarts = new int[buckets + 1];
    int pair = 0;
    for (int bucket = 0; bucket < buckets; bucket++) {
      bucketStarts[bucket] = pair;
      while (pair < bands.length && bucketOf(bands[pair]) == bucket) {
        pair++;
      }
    }
    bucketStarts[buckets] = bands.length;
  }

  /**
   * What a segment's points of bands would take in memory, in bytes: {@link Long#MAX_VALUE} for
   * more than an array holds, so that they are never read.
   */
  static long bytesFor(PointValues points) {
    long pairs = points.size();
    return pairs > ArrayUtil.MAX_ARRAY_LENGTH ? Long.MAX_VALUE : bytesOf((int) pairs);
  }

  /** Reads every band of a segment's points (one int dimension) and its document. */
  static SegmentBands read(PointValues points) throws IOException {
    long[] pairs = new long[Math.toIntExact(points.size())];
    int[] count = {0};
    points.intersect(
        new PointValues.IntersectVisitor() {
          @Override
          public void visit(int doc) {
            throw new IllegalStateException("every cell crosses: each point comes with its value");
          }

          @Override
          public void visit(int doc, byte[] packedValue) {
            int band = IntPoint.decodeDimension(packedValue, 0);
            pairs[count[0]++] = (long) band << 32 | doc;
          }

          @Override
          public PointValues.Relation compare(byte[] minPacked, byte[] maxPacked) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
    Arrays.sort(pairs, 0, count[0]);
    int[] bands = new int[count[0]];
    int[] docs = new int[count[0]];
    for (int i = 0; i < count[0]; i++) {
      bands[i] = (int) (pairs[i] >> 32);
      docs[i] = (int) pairs[i];
    }
    return new SegmentBands(bands, docs);
  }

  /** Gives each document once for each of {@code bands} it holds, in no set order. */
  void forEach(int[] bands, IntConsumer found) {
    for (int band : bands) {
      int bucket = bucketOf(band);
      int from = bucketStarts[bucket];
      int to = bucketStarts[bucket + 1];
      int at = Arrays.binarySearch(this.bands, from, to, band);
      if (at < 0) {
        continue;
      }
      while (at > from && this.bands[at - 1] == band) {
        at--;
      }
      for (; at < to && this.bands[at] == band; at++) {
        found.accept(docs[at]);
      }
    }
  }

  /** The memory the pairs take, in bytes. */
  long bytes() {
    return bytesOf(bands.length);
  }

  private static long bytesOf(int pairs) {
    return 8L * pairs + 4L * ((1 << bucketBits(pairs)) + 1) + 64;
  }

  private static int bucketBits(int pairs) {
    return Math.max(0, 32 - Integer.numberOfLeadingZeros(pairs / PAIRS_PER_BUCKET));
  }

  /** The bucket of a band: its top bits, with the sign bit flipped so that buckets keep order. */
  private int bucketOf(int band) {
    return shift == 32 ? 0 : (band ^ Integer.MIN_VALUE) >>> shift;
  }
}
