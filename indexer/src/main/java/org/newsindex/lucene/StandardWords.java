package org.newsindex.lucene;

import java.io.CharArrayReader;
import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;

/**
 * Splits a text into words exactly as {@link StandardTokenizer} does, so that the n-th word is the
 * one at position n, and says where each stands: what turns a match's positions into characters.
 *
 * <p>Most news text is written in a few hundred characters: ASCII, the Latin-1 letters and the
 * typographer's quotes and dashes. Within those, the word-break rules of Unicode's UAX #29 that
 * the tokenizer's grammar implements come down to a few (letters and digits join; an apostrophe,
 * a full stop or a colon joins two letters; a full stop, a comma or an apostrophe joins two digits;
 * an underscore joins anything), which this class applies itself, in three fifths of the time the
 * tokenizer's generated scanner takes (under load on BBC, 10.1% of the server's samples against
 * 16.3%). At the first character it does not know, it leaves the rest of the text to that scanner,
 * driven directly (the tokenizer's attributes would cost a third as much again), from the end of
 * the last word it read, where a word break stands whatever follows. {@code StandardWordsTest}
 * holds the two to the same words on texts made to try every rule and every character.
 *
 * <p>Not thread-safe; reusable, one text after another.
 */
final class StandardWords {

  /**
   * The longest word the tokenizer gives by default: its scanner cuts a longer run of word
   * characters into pieces of this length. A word that grows this long is left to the scanner.
   */
  private static final int MAX_WORD_LENGTH = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

  // What readNext found: a word, the end of the text, or a reason to leave the rest to the scanner.
  private static final int WORD = 1;
  private static final int END = 0;
  private static final int UNSURE = -1;

  // The word-break class of a character this class reads itself; UNKNOWN sends the rest of the
  // text to the scanner.
  private static final byte UNKNOWN = 0;
  private static final byte OTHER = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  /** Joins two letters (UAX #29 MidLetter): a colon. */
  private static final byte MID_LETTER = 4;
  /** Joins two letters or two digits (MidNumLet, Single_Quote): a full stop, apostrophes. */
  private static final byte MID_LETTER_OR_DIGIT = 5;
  /** Joins two digits (MidNum): a comma, a semicolon. */
  private static final byte MID_DIGIT = 6;
  /** Joins anything on either side (ExtendNumLet): the underscore. */
  private static final byte JOINER = 7;

  /** Classes of the characters below U+0100; the few above are {@link #classOf}'s. */
  private static final byte[] LATIN1 = new byte[0x100];

  static {
    for (char c = 0; c < 0x80; c++) {
      LATIN1[c] = OTHER;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      LATIN1[c] = LETTER;
      LATIN1[Character.toUpperCase(c)] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      LATIN1[c] = DIGIT;
    }
    // Emoji sequences start with these; the scanner knows them.
    LATIN1['#'] = UNKNOWN;
    LATIN1['*'] = UNKNOWN;
    for (char c = 0; c < 0x20; c++) {
      LATIN1[c] = c == '\t' || c == '\n' || c == '\r' ? OTHER : UNKNOWN;
    }
    LATIN1[':'] = MID_LETTER;
    LATIN1['.'] = MID_LETTER_OR_DIGIT;
    LATIN1['\''] = MID_LETTER_OR_DIGIT;
    LATIN1[','] = MID_DIGIT;
    LATIN1[';'] = MID_DIGIT;
    LATIN1['_'] = JOINER;
    LATIN1[0xA0] = OTHER; // no-break space
    LATIN1[0xA3] = OTHER; // pound sign
    for (char c = 0xC0; c <= 0xFF; c++) {
      LATIN1[c] = c == 0xD7 || c == 0xF7 ? OTHER : LETTER; // À to ÿ, but × and ÷
    }
  }

  private final StandardTokenizerImpl scanner = new StandardTokenizerImpl(null);
  private char[] text = new char[256];
  private int length;
  /** Whether the scanner reads the rest of the text, from {@link #scanFrom}. */
  private boolean scanning;
  private int scanFrom;
  /** Where the last word found ends: everything before it has been read right. */
  private int next;
  private int start;
  private int end;

  /** Starts on a text; {@link #next} finds its first word. */
  void reset(String text) {
    length = text.length();
    if (this.text.length < length) {
      this.text = new char[Math.max(length, 2 * this.text.length)];
    }
    text.getChars(0, length, this.text, 0);
    next = 0;
    scanning = false;
  }

  /**
   * Moves to the next word: {@code false} at the end. A word longer than the tokenizer keeps is a
   * word with no place: {@link #start} is -1.
   */
  boolean next() throws IOException {
    if (!scanning) {
      int found = readNext();
      if (found != UNSURE) {
        return found == WORD;
      }
      // A character this class does not know: the scanner reads on from the last word's end,
      // where a word break stands whatever follows.
      scanning = true;
      scanFrom = next;
      scanner.yyreset(new CharArrayReader(text, next, length - next));
    }
    return scanNext();
  }

  /** Where the word starts in the text, or -1 for a word the tokenizer drops (too long). */
  int start() {
    return start;
  }

  /** Where the word ends in the text (exclusive). */
  int end() {
    return end;
  }

  private boolean scanNext() throws IOException {
    if (scanner.getNextToken() == StandardTokenizerImpl.YYEOF) {
      return false;
    }
    boolean kept = scanner.yylength() <= MAX_WORD_LENGTH;
    start = kept ? scanFrom + scanner.yychar() : -1;
    end = scanFrom + scanner.yychar() + scanner.yylength();
    return true;
  }

  /**
   * Reads the next word itself: {@link #WORD} when found, {@link #END} at the end of the text,
   * {@link #UNSURE} when a character this class does not know stands before the next word's end,
   * or the word grows as long as the scanner would cut it.
   */
  private int readNext() {
    char[] text = this.text;
    int length = this.length;
    int at = next;
    // A word starts at a letter or a digit, or at underscores before one.
    while (at < length) {
      byte kind = classOf(text[at]);
      if (kind == LETTER || kind == DIGIT) {
        break;
      }
      if (kind == UNKNOWN) {
        return UNSURE;
      }
      if (kind == JOINER) {
        int after = at;
        while (after < length && (kind = classOf(text[after])) == JOINER) {
          after++;
        }
        if (after < length && isLetterOrDigit(kind)) {
          break;
        }
        at = after;
        continue;
      }
      at++;
    }
    if (at == length) {
      next = length;
      return END;
    }
    int wordStart = at;
    byte last = classOf(text[at]);
    at++;
    while (at < length) {
      byte kind = classOf(text[at]);
      if (isLetterOrDigit(kind) || kind == JOINER) {
        last = kind;
        at++;
        continue;
      }
      if (kind == UNKNOWN) {
        return UNSURE;
      }
      byte after = at + 1 < length ? classOf(text[at + 1]) : OTHER;
      if (after == UNKNOWN && kind != OTHER) {
        return UNSURE;
      }
      boolean joins =
          switch (kind) {
            case MID_LETTER -> last == LETTER && after == LETTER;
            case MID_LETTER_OR_DIGIT ->
                last == LETTER && after == LETTER || last == DIGIT && after == DIGIT;
            case MID_DIGIT -> last == DIGIT && after == DIGIT;
            default -> false;
          };
      if (!joins) {
        break;
      }
      last = after;
      at += 2;
    }
    if (at - wordStart >= MAX_WORD_LENGTH) {
      return UNSURE;
    }
    start = wordStart;
    end = at;
    next = at;
    return WORD;
  }

  private static boolean isLetterOrDigit(byte kind) {
    return kind == LETTER || kind == DIGIT;
  }

  private static byte classOf(char c) {
    if (c < 0x100) {
      return LATIN1[c];
    }
    return switch (c) {
      case '\u2018', '\u2019' -> MID_LETTER_OR_DIGIT; // single quotes, the apostrophe
      case '\u201C', '\u201D', '\u2013', '\u2014', '\u2026', '\u20AC' -> OTHER; // “ ” – — … €
      default -> UNKNOWN;
    };
  }
}
