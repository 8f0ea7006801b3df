package org.newsindex.highlight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML snippets: the article text escaped, each match (a whole
 * phrase when weight matches are on) wrapped in one {@code <mark>} element, overlong passages cut
 * at word boundaries and marked with an ellipsis: at the end when the first match lies near enough
 * to the passage's start, else around the first match.
 *
 * <p>Returns a {@code List<String>}, one snippet per passage, in the order the highlighter ranked
 * them.
 */
final class SnippetFormatter extends PassageFormatter {

  static final String MARK_OPEN = "<mark>";
  static final String MARK_CLOSE = "</mark>";
  private static final String ELLIPSIS = "…";

  /** How much text to keep around the first match when a passage must be cut. */
  private static final int LEAD_IN = 40;

  private final int maxChars;

  /** A formatter whose snippets hold at most {@code maxChars} characters of article text. */
  SnippetFormatter(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      snippets.add(format(passage, content));
    }
    return snippets;
  }

  private String format(Passage passage, String content) {
    int start = skipSpace(content, passage.getStartOffset(), passage.getEndOffset());
    int end = trimSpace(content, start, passage.getEndOffset());
    boolean cutStart = false;
    boolean cutEnd = false;
    if (end - start > maxChars) {
      boolean matched = passage.getNumMatches() > 0;
      int firstMatch = matched ? passage.getMatchStarts()[0] : start;
      int firstMatchEnd = matched ? passage.getMatchEnds()[0] : start;
      // Keep the passage's first sentence start when the first match and a little after it fit:
      // cut the end, not the start that says who speaks.
      int windowStart =
          firstMatchEnd + LEAD_IN <= start + maxChars
              ? start
              : Math.max(start, Math.min(firstMatch - LEAD_IN, end - maxChars));
      int windowEnd = Math.min(end, windowStart + maxChars);
      if (windowStart > start) {
        windowStart = wordStartAtOrAfter(content, windowStart, Math.min(firstMatch, windowEnd));
        cutStart = true;
      }
      if (windowEnd < end) {
        windowEnd = wordEndAtOrBefore(content, windowEnd, windowStart);
        cutEnd = true;
      }
      start = windowStart;
      end = windowEnd;
    }
    StringBuilder html = new StringBuilder(end - start + 32);
    if (cutStart) {
      html.append(ELLIPSIS);
    }
    appendMarked(html, content, start, end, passage);
    if (cutEnd) {
      html.append(ELLIPSIS);
    }
    return html.toString();
  }

  /** Appends content[start, end) escaped, with the passage's matches inside it marked. */
  private static void appendMarked(
      StringBuilder html, String content, int start, int end, Passage passage) {
    appendMarked(
        html, content, start, end,
        passage.getMatchStarts(), passage.getMatchEnds(), passage.getNumMatches());
  }

  /**
   * Appends content[start, end) escaped, with the matches inside it marked. Matches are sorted by
   * start; those that overlap or touch become one mark, so a phrase is one element.
   */
  static void appendMarked(
      StringBuilder html,
      String content,
      int start,
      int end,
      int[] matchStarts,
      int[] matchEnds,
      int numMatches) {
    int pos = start;
    for (int i = 0; i < numMatches; i++) {
      int matchStart = Math.max(matchStarts[i], pos);
      int matchEnd = Math.min(matchEnds[i], end);
      while (i + 1 < numMatches && matchStarts[i + 1] <= matchEnd) {
        i++;
        matchEnd = Math.min(Math.max(matchEnd, matchEnds[i]), end);
      }
      if (matchStart >= matchEnd) {
        continue;
      }
      escape(html, content, pos, matchStart);
      html.append(MARK_OPEN);
      escape(html, content, matchStart, matchEnd);
      html.append(MARK_CLOSE);
      pos = matchEnd;
    }
    escape(html, content, pos, end);
  }

  /** HTML-escapes content[from, to); the highlighter's own separators become spaces. */
  static void escape(StringBuilder html, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#x27;");
        case HitHighlighter.VALUE_SEPARATOR -> html.append(' ');
        default -> html.append(c);
      }
    }
  }

  private static boolean isSpace(char c) {
    return c == HitHighlighter.VALUE_SEPARATOR
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  private static int skipSpace(String content, int from, int limit) {
    while (from < limit && isSpace(content.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimSpace(String content, int limit, int to) {
    while (to > limit && isSpace(content.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** The first word start at or after {@code pos}, but never past {@code limit}. */
  private static int wordStartAtOrAfter(String content, int pos, int limit) {
    int p = pos;
    while (p < limit && !isSpace(content.charAt(p - 1))) {
      p++;
    }
    return skipSpace(content, p, limit);
  }

  /** The last word end at or before {@code pos}, but never before {@code limit}. */
  private static int wordEndAtOrBefore(String content, int pos, int limit) {
    int p = pos;
    while (p > limit && !isSpace(content.charAt(p))) {
      p--;
    }
    return p == limit ? pos : trimSpace(content, limit, p);
  }
}
