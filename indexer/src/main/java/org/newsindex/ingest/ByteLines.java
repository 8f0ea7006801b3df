package org.newsindex.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, for JSON Lines input: each line is hashed as written
 * and decoded on its own, so one badly encoded line costs only itself. A line longer than the
 * limit is counted but never held in memory, so a huge file without line breaks cannot exhaust
 * the heap.
 */
final class ByteLines {

  /** Receives the lines of a stream in order, numbered from 1. */
  interface Visitor {

    /** A line of at most the limit, without its {@code \n} or {@code \r\n}. */
    void line(int number, byte[] bytes, int length);

    /** A line longer than the limit, of this many bytes. */
    void tooLong(int number, long length);
  }

  private ByteLines() {}

  /** Reads the stream to its end, handing each line to the visitor. */
  static void read(InputStream stream, int maxLineBytes, Visitor visitor) throws IOException {
    InputStream in = new BufferedInputStream(stream, 1 << 16);
    byte[] line = new byte[Math.min(maxLineBytes, 8192)];
    int length = 0;
    long fullLength = 0;
    int number = 1;
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        emit(visitor, number++, line, length, fullLength, maxLineBytes);
        length = 0;
        fullLength = 0;
        continue;
      }
      fullLength++;
      if (fullLength <= maxLineBytes) {
        if (length == line.length) {
          line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes));
        }
        line[length++] = (byte) b;
      }
    }
    if (fullLength > 0) {
      emit(visitor, number, line, length, fullLength, maxLineBytes);
    }
  }

  private static void emit(
      Visitor visitor, int number, byte[] line, int length, long fullLength, int maxLineBytes) {
    if (fullLength > maxLineBytes) {
      visitor.tooLong(number, fullLength);
    } else {
      int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      visitor.line(number, line, end);
    }
  }
}
