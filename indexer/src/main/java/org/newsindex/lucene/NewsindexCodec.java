package org.newsindex.lucene;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * The codec of a newsindex index: Lucene's default, but stored fields (the articles' text, which is
 * most of the index) compressed by {@link BlockZstd}. Lucene finds it by its name through {@code
 * META-INF/services} whenever it opens an index; nothing calls it directly.
 */
public final class NewsindexCodec extends FilterCodec {

  /** The name written into every segment. */
  public static final String NAME = "Newsindex104";

  /** Chunks of stored documents: as large as Lucene's fastest mode makes them. */
  private static final int CHUNK_BYTES = 80 * 1024;

  private static final int MAX_DOCS_PER_CHUNK = 1024;

  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat(
          "NewsindexZstdStoredFields", new BlockZstd(), CHUNK_BYTES, MAX_DOCS_PER_CHUNK, BLOCK_SHIFT);

  /** Lucene's service loader makes the one instance. */
  public NewsindexCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
