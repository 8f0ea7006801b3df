package org.newsindex.lucene;

import java.util.Arrays;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Cuts the requested page out of the top hits a search collected. */
final class Page {

  private Page() {}

  /** The hits from rank {@code from} on; the search collected exactly up to the page's end. */
  static ScoreDoc[] of(TopDocs top, int from) {
    int length = top.scoreDocs.length;
    return Arrays.copyOfRange(top.scoreDocs, Math.min(from, length), length);
  }

  /** The hits from rank {@code from} up to rank {@code end}, or fewer when the search found fewer. */
  static ScoreDoc[] of(TopDocs top, int from, int end) {
    int length = top.scoreDocs.length;
    return Arrays.copyOfRange(top.scoreDocs, Math.min(from, length), Math.min(end, length));
  }
}
