package org.newsindex.lucene;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
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
 * Content hashes as the index keeps them, and the loading of every live article's id and hash from
 * the id terms and the hash doc values, without reading a single stored document: an unchanged
 * re-run should cost little more than hashing its input.
 *
 * <p>A hash in lower-case hex, as {@link ContentHash#of} makes them, is kept as the bytes it
 * spells after a 0 (half its length); any other string, since writers take any, as UTF-8 after a 1.
 */
final class IndexedHashes {

  private static final byte HEX = 0;

  private static final byte TEXT = 1;

  private IndexedHashes() {}

  /** The doc value that keeps a content hash. */
  static BytesRef stored(String hash) {
    boolean hex = hash.length() % 2 == 0 && hash.chars().allMatch(IndexedHashes::isLowerHexDigit);
    byte[] body = hex ? HexFormat.of().parseHex(hash) : hash.getBytes(StandardCharsets.UTF_8);
    byte[] value = new byte[1 + body.length];
    value[0] = hex ? HEX : TEXT;
    System.arraycopy(body, 0, value, 1, body.length);
    return new BytesRef(value);
  }

  /** The content hash a doc value keeps. */
  static String hashOf(BytesRef stored) {
    int offset = stored.offset + 1;
    int length = stored.length - 1;
    return stored.bytes[stored.offset] == HEX
        ? HexFormat.of().formatHex(stored.bytes, offset, offset + length)
        : new String(stored.bytes, offset, length, StandardCharsets.UTF_8);
  }

  private static boolean isLowerHexDigit(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
  }

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
          hash = hashOf(values.binaryValue());
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
