package org.newsindex.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsindex.search.ContentHash;
import org.newsindex.search.Schema;

/**
 * Loads the id and content hash of every live article in an index, from the id terms and the hash
 * doc values, without reading a single stored document: an unchanged re-run should cost little
 * more than hashing its input.
 */
final class IndexedHashes {

  private IndexedHashes() {}

  /** Maps every live article's id to its content hash, or to {@link ContentHash#UNKNOWN}. */
  static Map<String, String> load(DirectoryReader reader) throws IOException {
    Map<String, String> hashes = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      String[] ids = ids(leaf);
      // Doc values iterate in doc order only, so ids are gathered by doc first and paired here.
      BinaryDocValues values = leaf.getBinaryDocValues(Schema.CONTENT_HASH);
      for (int doc = 0; doc < ids.length; doc++) {
        if (ids[doc] == null) {
          continue;
        }
        String hash = ContentHash.UNKNOWN;
        if (values != null && values.advanceExact(doc)) {
          hash = values.binaryValue().utf8ToString();
        }
        hashes.put(ids[doc], hash);
      }
    }
    return hashes;
  }

  /** The article id of each live document of a segment, {@code null} for quotes and deletions. */
  private static String[] ids(LeafReader leaf) throws IOException {
    String[] ids = new String[leaf.maxDoc()];
    Terms terms = leaf.terms(Schema.ID);
    if (terms == null) {
      return ids;
    }
    Bits live = leaf.getLiveDocs();
    TermsEnum term = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef id = term.next(); id != null; id = term.next()) {
      postings = term.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          ids[doc] = id.utf8ToString();
        }
      }
    }
    return ids;
  }
}
