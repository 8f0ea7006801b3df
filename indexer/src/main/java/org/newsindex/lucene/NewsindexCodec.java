package org.newsindex.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.PointsFormat;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.PointsWriter;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.Lucene90PointsReader;
import org.apache.lucene.codecs.lucene90.Lucene90PointsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.util.bkd.BKDWriter;

/**
 * The codec of a newsindex index: Lucene's default, but stored fields (the articles' text, which is
 * most of the index) compressed one document at a time with a dictionary per segment ({@link
 * ZstdStoredFields}), and points in smaller leaves. Lucene finds it by its name through {@code
 * META-INF/services} whenever it opens an index; nothing calls it directly.
 */
public final class NewsindexCodec extends FilterCodec {

  /** The name written into every segment. */
  public static final String NAME = "Newsindex104";

  private final StoredFieldsFormat storedFields = new ZstdStoredFields();

  /**
   * Points per leaf of a points tree (Lucene's default is 512). Looking a new article's story bands
   * up reads every leaf that may hold one of them, a leaf per band and segment, and decodes all its
   * points: with 512 a leaf, past the first refresh of a bulk load that look-up was most of the
   * indexer's time (a million articles in 742 s, against 42 s for 200,000; with 32, and the
   * number summaries of {@link StoryLookup}, 445 s).
   */
  static final int POINTS_PER_LEAF = 32;

  private final PointsFormat points =
      new PointsFormat() {
        @Override
        public PointsWriter fieldsWriter(SegmentWriteState state) throws IOException {
          return new Lucene90PointsWriter(
              state, POINTS_PER_LEAF, BKDWriter.DEFAULT_MAX_MB_SORT_IN_HEAP);
        }

        @Override
        public PointsReader fieldsReader(SegmentReadState state) throws IOException {
          return new Lucene90PointsReader(state);
        }
      };

  /** Lucene's service loader makes the one instance. */
  public NewsindexCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  @Override
  public PointsFormat pointsFormat() {
    return points;
  }
}
