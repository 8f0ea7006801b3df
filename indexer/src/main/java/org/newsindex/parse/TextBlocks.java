package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into blocks of lines separated by blank lines, the one paragraph rule that
 * text files and the {@code body} of JSON Lines articles share.
 */
final class TextBlocks {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private TextBlocks() {}

  /** Splits text into blocks of trimmed, non-blank lines; blank lines only separate blocks. */
  static List<List<String>> split(String text) {
    String body = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : (Iterable<String>) body.lines()::iterator) {
      String trimmed = strip(line);
      if (!trimmed.isEmpty()) {
        current.add(trimmed);
      } else if (!current.isEmpty()) {
        blocks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  /** The paragraphs of a text: each block's lines joined by one space. */
  static List<String> paragraphs(String text) {
    return split(text).stream().map(lines -> String.join(" ", lines)).toList();
  }

  /**
   * Trims white space at both ends, counting non-breaking and other Unicode spaces, which
   * {@link String#strip()} keeps: a line of only such spaces is blank, and a paragraph should not
   * end in an invisible space.
   */
  static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
