package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into words, punctuation and quotation marks, remembering which words are quoted.
 *
 * <p>A hand-written scanner rather than a regular expression: it runs once over every paragraph at
 * indexing time, in linear time whatever the input.
 */
final class ParagraphTokenizer {

  // What each ASCII character is, worked out once from the same Character methods as for any other
  // character: a table look-up costs less than asking Character about every character of every
  // paragraph, and almost all of them are ASCII.
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte WORD_CHAR = 2;
  private static final byte[] ASCII_CLASS = new byte[128];
  // A mark's text, so that the commas and full stops of every paragraph share a handful of strings.
  private static final String[] ASCII_MARK = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_CLASS[c] = isSpaceSlow(c) ? SPACE : Character.isLetterOrDigit(c) ? WORD_CHAR : OTHER;
      ASCII_MARK[c] = String.valueOf(c);
    }
  }

  List<Token> tokenize(String paragraph) {
    List<Token> tokens = new ArrayList<>();
    boolean inQuote = false;
    boolean sentenceStart = true;
    int n = paragraph.length();
    int i = 0;
    while (i < n) {
      char c = paragraph.charAt(i);
      if (isSpace(c)) {
        // Non-breaking spaces separate words too; as punctuation they hid "saying" from its comma.
        i++;
      } else if (isWordChar(c)) {
        int end = wordEnd(paragraph, i);
        Token word = Token.word(paragraph.substring(i, end), inQuote, sentenceStart, i);
        tokens.add(word);
        sentenceStart = false;
        // "Mr. Smith": the title's full stop is no mark, so that the name follows the title.
        i = isTitleStop(paragraph, word, end) ? end + 1 : end;
      } else if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e') {
        boolean opens = c == '\u201c' || c == '\u201e' || (c == '"' && straightQuoteOpens(paragraph, i, inQuote));
        // An opening mark while a quotation is open starts a new quotation: the BBC leaves the mark
        // of a multi-paragraph quotation unclosed.
        inQuote = opens;
        if (!opens && !tokens.isEmpty() && tokens.get(tokens.size() - 1).endsSentence()) {
          // "...last year." Mr Smith said: the quotation ended a sentence, so what follows starts one.
          sentenceStart = true;
        }
        Token.Kind kind = opens ? Token.Kind.OPEN_QUOTE : Token.Kind.CLOSE_QUOTE;
        tokens.add(Token.mark(markText(c), kind, false, i));
        i++;
      } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
        // A loose single quote marks a nested quotation or headline; it never attributes speech.
        i++;
      } else {
        Token mark = Token.mark(markText(c), Token.Kind.PUNCT, inQuote, i);
        tokens.add(mark);
        if (mark.endsSentence() && !inQuote) {
          sentenceStart = true;
        }
        i++;
      }
    }
    return tokens;
  }

  private static boolean isSpace(char c) {
    return c < ASCII_CLASS.length ? ASCII_CLASS[c] == SPACE : isSpaceSlow(c);
  }

  private static boolean isSpaceSlow(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordChar(char c) {
    return c < ASCII_CLASS.length ? ASCII_CLASS[c] == WORD_CHAR : Character.isLetterOrDigit(c);
  }

  private static String markText(char c) {
    return c < ASCII_MARK.length ? ASCII_MARK[c] : String.valueOf(c);
  }

  /** Words keep inner apostrophes and hyphens (O'Neill, Saint-Andre) and a trailing one (O' Neill). */
  private static int wordEnd(String s, int start) {
    int i = start;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isWordChar(c)) {
        i++;
      } else if ((c == '\'' || c == '\u2019') && i > start) {
        i++;
      } else if (c == '-' && i + 1 < n && isWordChar(s.charAt(i + 1))) {
        i++;
      } else if (c == '.' && isPartyTag(s, start)) {
        // "D-N.Y." and "R-Minn.": the full stops of a party and state end no sentence.
        i++;
      } else if (c == '.' && i == start + 1 && isAbbreviationAt(s, start)) {
        // "U.S." and "p.m." are one word, and their full stops end no sentence.
        return abbreviationEnd(s, start);
      } else if (c == '.' && i == start + 1 && Character.isUpperCase(s.charAt(start))
          && i + 1 < n && s.charAt(i + 1) == ' ' && i + 2 < n && Character.isUpperCase(s.charAt(i + 2))) {
        // An initial such as the W. of George W. Bush stays inside the name.
        return i + 1;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * True for the full stop of a title shortened before a name, as in "Dr. Jane Doe": a capitalised
   * {@link WordList#ABBREVIATED_TITLE}, then the stop, a space and a capital.
   */
  private static boolean isTitleStop(String s, Token word, int stop) {
    return stop + 2 < s.length() && s.charAt(stop) == '.' && isSpace(s.charAt(stop + 1))
        && Character.isUpperCase(s.charAt(stop + 2)) && Character.isUpperCase(word.text().charAt(0))
        && word.in(WordList.ABBREVIATED_TITLE);
  }

  /**
   * True for a word that names a party and a state as American copy writes them after a name:
   * {@code D-N.Y.}, {@code R-Minn.}, {@code I-Vt.}.
   */
  private static boolean isPartyTag(String s, int start) {
    return start + 2 < s.length() && "DRI".indexOf(s.charAt(start)) >= 0
        && s.charAt(start + 1) == '-' && Character.isUpperCase(s.charAt(start + 2));
  }

  /** True where single letters alternate with full stops: "U.S.", "U.K.", "a.m.". */
  private static boolean isAbbreviationAt(String s, int start) {
    return Character.isLetter(s.charAt(start)) && start + 3 < s.length()
        && Character.isLetter(s.charAt(start + 2)) && s.charAt(start + 3) == '.';
  }

  private static int abbreviationEnd(String s, int start) {
    int i = start;
    while (i + 1 < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i + 1) == '.') {
      i += 2;
    }
    return i;
  }

  /** A straight quote opens when it hugs the following word rather than the preceding one. */
  private static boolean straightQuoteOpens(String s, int i, boolean inQuote) {
    boolean spaceBefore = i == 0 || isSpace(s.charAt(i - 1)) || s.charAt(i - 1) == '(';
    boolean spaceAfter = i + 1 >= s.length() || isSpace(s.charAt(i + 1));
    if (spaceBefore != spaceAfter) {
      return spaceBefore;
    }
    return !inQuote;
  }
}
