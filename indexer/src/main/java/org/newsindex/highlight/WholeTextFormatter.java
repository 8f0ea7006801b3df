package org.newsindex.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats a whole multi-valued field as HTML, one entry per value: every value escaped, every match
 * of every passage marked. The highlighter only finds the matches; all text is shown.
 *
 * <p>Returns a {@code List<String>} with one entry per paragraph.
 */
final class WholeTextFormatter extends PassageFormatter {

  @Override
  public List<String> format(Passage[] passages, String content) {
    int[][] matches = sortedMatches(passages);
    int[] starts = matches[0];
    int[] ends = matches[1];
    List<String> values = new ArrayList<>();
    int valueStart = 0;
    while (valueStart <= content.length()) {
      int valueEnd = content.indexOf(HitHighlighter.VALUE_SEPARATOR, valueStart);
      if (valueEnd < 0) {
        valueEnd = content.length();
      }
      StringBuilder html = new StringBuilder(valueEnd - valueStart + 16);
      SnippetFormatter.appendMarked(html, content, valueStart, valueEnd, starts, ends, starts.length);
      values.add(html.toString());
      valueStart = valueEnd + 1;
    }
    return values;
  }

  /** The matches of all passages as two arrays, starts and ends, ordered by start. */
  private static int[][] sortedMatches(Passage[] passages) {
    List<int[]> spans = new ArrayList<>();
    for (Passage passage : passages) {
      for (int i = 0; i < passage.getNumMatches(); i++) {
        spans.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
      }
    }
    spans.sort(Comparator.comparingInt(span -> span[0]));
    int[] starts = spans.stream().mapToInt(span -> span[0]).toArray();
    int[] ends = spans.stream().mapToInt(span -> span[1]).toArray();
    return new int[][] {starts, ends};
  }
}
