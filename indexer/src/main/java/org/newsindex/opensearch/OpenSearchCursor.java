package org.newsindex.opensearch;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.newsindex.InvalidQueryException;
import org.newsindex.SortOrder;
import org.newsindex.search.Cursor;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * {@link Cursor} for the OpenSearch backend: the sort values of a page's last hit, which
 * OpenSearch's {@code search_after} takes, and how many hits came before the next page. Like a
 * local cursor it carries the fingerprint of its search and is rejected by any other.
 */
final class OpenSearchCursor {

  private static final byte VERSION = 1;
  private static final byte LONG = 'L';
  private static final byte DOUBLE = 'D';
  private static final byte STRING = 'S';

  /** Sort values are a score or a date, and an id: a few of them, each short. */
  private static final int MAX_VALUES = 8;

  /**
   * Where to continue.
   *
   * @param after the sort values of the last hit of the previous page
   * @param rank  how many hits came before the page that continues
   */
  record Position(List<FieldValue> after, int rank) {}

  private OpenSearchCursor() {}

  /** The cursor that continues after the hit with these sort values, the hit at {@code rank - 1}. */
  static String encode(SortOrder sort, long fingerprint, List<FieldValue> sortValues, int rank) {
    List<byte[]> strings = new ArrayList<>();
    int length = 1 + 1 + 8 + 4 + 1;
    for (FieldValue value : sortValues) {
      if (value.isString()) {
        byte[] utf8 = value.stringValue().getBytes(StandardCharsets.UTF_8);
        strings.add(utf8);
        length += 1 + 4 + utf8.length;
      } else {
        length += 1 + 8;
      }
    }
    ByteBuffer bytes =
        ByteBuffer.allocate(length)
            .put(VERSION)
            .put((byte) sort.ordinal())
            .putLong(fingerprint)
            .putInt(rank)
            .put((byte) sortValues.size());
    int string = 0;
    for (FieldValue value : sortValues) {
      if (value.isLong()) {
        bytes.put(LONG).putLong(value.longValue());
      } else if (value.isDouble()) {
        bytes.put(DOUBLE).putDouble(value.doubleValue());
      } else if (value.isString()) {
        byte[] utf8 = strings.get(string++);
        bytes.put(STRING).putInt(utf8.length).put(utf8);
      } else {
        throw new IllegalArgumentException("cannot continue after a sort value " + value._kind());
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
  }

  /**
   * The position a cursor names.
   *
   * @throws InvalidQueryException when the text is not a cursor of this search
   */
  static Position decode(String cursor, SortOrder sort, long fingerprint) {
    try {
      ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor));
      if (bytes.get() != VERSION
          || bytes.get() != sort.ordinal()
          || bytes.getLong() != fingerprint) {
        throw Cursor.invalid();
      }
      int rank = bytes.getInt();
      int count = bytes.get();
      if (rank < 1 || rank > Cursor.MAX_RANK || count < 1 || count > MAX_VALUES) {
        throw Cursor.invalid();
      }
      List<FieldValue> after = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        after.add(value(bytes));
      }
      if (bytes.hasRemaining()) {
        throw Cursor.invalid();
      }
      return new Position(after, rank);
    } catch (IllegalArgumentException | BufferUnderflowException e) {
      throw Cursor.invalid();
    }
  }

  private static FieldValue value(ByteBuffer bytes) {
    byte type = bytes.get();
    return switch (type) {
      case LONG -> FieldValue.of(bytes.getLong());
      case DOUBLE -> FieldValue.of(bytes.getDouble());
      case STRING -> {
        int length = bytes.getInt();
        if (length < 0 || length > bytes.remaining()) {
          throw Cursor.invalid();
        }
        byte[] utf8 = new byte[length];
        bytes.get(utf8);
        yield FieldValue.of(new String(utf8, StandardCharsets.UTF_8));
      }
      default -> throw Cursor.invalid();
    };
  }
}
