package org.newsindex.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;

/**
 * The facet values of every document of one segment, read once from its doc values into two int
 * arrays: counting a match then costs two array reads per value, where doc values decode the
 * document's place and values from packed blocks on every visit (on a million articles that
 * decoding was a third of an average search). Four bytes per document and per value: 16 MB for a
 * million articles and their quotes.
 *
 * @param starts where each document's values begin in {@code ordinals}, and one past the last
 *     document, where they end
 * @param ordinals the segment's ordinals of each document's values, document by document
 */
record SegmentFacetOrdinals(int[] starts, int[] ordinals) {

  /** Reads the facet values of every document of {@code segment}. */
  static SegmentFacetOrdinals load(LeafReader segment) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(segment, ArticleDocuments.facetValuesField());
    int maxDoc = segment.maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ordinals = new int[Math.max(16, maxDoc / 2)];
    int count = 0;
    int doc = 0;
    for (int next = values.nextDoc();
        next != DocIdSetIterator.NO_MORE_DOCS;
        next = values.nextDoc()) {
      while (doc <= next) {
        starts[doc++] = count;
      }
      int valueCount = values.docValueCount();
      ordinals = ArrayUtil.grow(ordinals, count + valueCount);
      for (int i = 0; i < valueCount; i++) {
        ordinals[count++] = (int) values.nextOrd();
      }
    }
    Arrays.fill(starts, doc, maxDoc + 1, count);
    return new SegmentFacetOrdinals(starts, Arrays.copyOf(ordinals, count));
  }
}
