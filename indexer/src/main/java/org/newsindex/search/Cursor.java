package org.newsindex.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.newsindex.InvalidQueryException;
import org.newsindex.SearchRequest;
import org.newsindex.SortOrder;

/**
 * An opaque position in an ordered result list, for search-after paging at any depth: the last hit
 * of a page and how many hits came before the next one. A cursor carries a fingerprint of the search
 * it came from, so it cannot continue a different search; one that does not decode is rejected.
 *
 * <p>Positions are document ids, stable while the index does not change. When copies of a story
 * collapse, a page is found again by its rank alone: each page collects the stories up to its end,
 * as Elasticsearch's field collapsing pages with {@code from}.
 */
public final class Cursor {

  /**
   * The largest rank a cursor may carry: no list of hits is longer than a Lucene index holds, and
   * the end of the page after it (rank, size and one more) must stay an int.
   */
  public static final int MAX_RANK = IndexWriter.MAX_DOCS;

  private static final byte VERSION = 1;
  private static final int LENGTH = 1 + 1 + 8 + 4 + 4 + 4 + 8;

  /**
   * Where to continue.
   *
   * @param after the last hit of the previous page, as Lucene's search-after takes it
   * @param rank  how many hits came before the page that continues
   */
  public record Position(ScoreDoc after, int rank) {}

  private Cursor() {}

  /** The cursor that continues after {@code last}, the hit at {@code rank - 1}. */
  public static String encode(SortOrder sort, long fingerprint, ScoreDoc last, int rank) {
    long date = last instanceof FieldDoc fieldDoc ? (Long) fieldDoc.fields[0] : 0L;
    ByteBuffer bytes =
        ByteBuffer.allocate(LENGTH)
            .put(VERSION)
            .put((byte) sort.ordinal())
            .putLong(fingerprint)
            .putInt(rank)
            .putInt(last.doc)
            .putFloat(last.score)
            .putLong(date);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /**
   * The position a cursor names.
   *
   * @throws InvalidQueryException when the text is not a cursor of this search
   */
  public static Position decode(String cursor, SortOrder sort, long fingerprint) {
    ByteBuffer bytes;
    try {
      bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.remaining() != LENGTH
        || bytes.get() != VERSION
        || bytes.get() != sort.ordinal()
        || bytes.getLong() != fingerprint) {
      throw invalid();
    }
    int rank = bytes.getInt();
    int doc = bytes.getInt();
    float score = bytes.getFloat();
    long date = bytes.getLong();
    if (rank < 1 || rank > MAX_RANK || doc < 0) {
      throw invalid();
    }
    ScoreDoc after =
        sort == SortOrder.RELEVANCE
            ? new ScoreDoc(doc, score)
            : new FieldDoc(doc, score, new Object[] {date, doc});
    return new Position(after, rank);
  }

  /** A fingerprint of everything that decides which hits a search returns, and in what order. */
  static long fingerprint(SearchRequest request) {
    String identity =
        String.join(
            "\u0000",
            request.query(),
            request.speakers().toString(),
            request.sources().toString(),
            request.years().toString(),
            String.valueOf(request.dateFrom()),
            String.valueOf(request.dateTo()),
            request.sort().name(),
            String.valueOf(request.collapse()));
    CRC32 crc = new CRC32();
    crc.update(identity.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** The error for a cursor that does not decode or belongs to another search. */
  public static InvalidQueryException invalid() {
    return new InvalidQueryException("cursor is not a cursor of this search; start from the first page");
  }
}
