package org.newsindex.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Set;

/**
 * Sentence boundaries of news text, found in one pass instead of by the JDK's rule-based iterator,
 * which was a seventh of a search's time. A sentence ends after {@code .}, {@code ?} or {@code !}
 * (and any closing quotes or brackets after it) followed by white space, except that after a full
 * stop a lower-case letter or a digit goes on with the sentence ("e.g. this", "operator 3. 3G"),
 * and so does a capitalised word after initials ("the U.S. Trade Representative"), unless it
 * usually opens a sentence ("in the U.S. The company"); the next sentence starts after the white
 * space. Elsewhere the JDK's iterator puts the boundaries of news paragraphs at the same places
 * ({@code SentenceBreakIteratorTest} compares the two).
 */
final class SentenceBreakIterator extends BreakIterator {

  private String text = "";
  private int[] boundaries = {0};
  private int current;

  @Override
  public void setText(String newText) {
    text = newText;
    boundaries = boundaries(newText);
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      copy.append(c);
    }
    setText(copy.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = boundaries.length - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= boundaries.length) {
      current = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, offset);
    int next = at >= 0 ? at + 1 : -at - 1;
    if (next >= boundaries.length) {
      current = boundaries.length - 1;
      return DONE;
    }
    current = next;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, offset);
    int previous = at >= 0 ? at - 1 : -at - 2;
    if (previous < 0) {
      current = 0;
      return DONE;
    }
    current = previous;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " is outside the text");
    }
  }

  /** Every boundary of the text, the start and the end included, in order. */
  static int[] boundaries(String text) {
    int[] found = new int[8];
    int count = 0;
    found[count++] = 0;
    int length = text.length();
    Terminators terminators = new Terminators(text);
    for (int i = terminators.next(0); i >= 0; i = terminators.next(i + 1)) {
      char c = text.charAt(i);
      int after = i + 1;
      while (after < length && isClosing(text.charAt(after))) {
        after++;
      }
      int next = after;
      while (next < length && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next == after || next >= length
          || (c == '.' && (continuesSentence(text, next) || continuesAfterInitials(text, i, next)))) {
        continue;
      }
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      found[count++] = next;
      i = next - 1;
    }
    if (found[count - 1] != length) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count + 1);
      }
      found[count++] = length;
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * Whether the text after a full stop and white space goes on with the same sentence: a lower-case
   * letter or a digit ("e.g. this", "operator, 3. 3G"), or a quote mark that is not followed by a
   * capital (a stray closing quote, as in {@code ever. " A}).
   */
  private static boolean continuesSentence(String text, int next) {
    char c = text.charAt(next);
    if (c == '"' || c == '“' || c == '\'' || c == '‘') {
      return next + 1 >= text.length() || !Character.isUpperCase(text.charAt(next + 1));
    }
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  /**
   * Words that open a sentence after "U.S." far more often than they go on with a name: "in the
   * U.S. The company said" ends a sentence where "the U.S. Trade Representative" does not.
   */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "The", "A", "An", "It", "Its", "He", "His", "She", "Her", "They", "Their", "We", "Our",
          "I", "You", "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet",
          "In", "On", "At", "For", "As", "If", "When", "While", "After", "Before", "Since",
          "However", "Meanwhile", "Also", "Some", "Many", "Most");

  /**
   * Whether the full stop at {@code stop} ends initials such as "U.S." or "U.N." and the word at
   * {@code next} goes on with the sentence: a capitalised word after initials is mostly a name
   * ("the U.S. Trade Representative"), unless it is one of the {@link #SENTENCE_OPENERS}. The
   * JDK's iterator ends the sentence at every such stop.
   */
  private static boolean continuesAfterInitials(String text, int stop, int next) {
    boolean initials = stop >= 3 && Character.isLetter(text.charAt(stop - 1))
        && text.charAt(stop - 2) == '.' && Character.isLetter(text.charAt(stop - 3))
        && (stop == 3 || !Character.isLetter(text.charAt(stop - 4)));
    if (!initials || !Character.isUpperCase(text.charAt(next))) {
      return false;
    }
    int end = next;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return !SENTENCE_OPENERS.contains(text.substring(next, end));
  }

  /**
   * The full stops, question marks and exclamation marks of a text, in order: each found by
   * {@link String#indexOf(int, int)}, which skips the letters between them many at a time.
   */
  private static final class Terminators {
    private final String text;
    private int fullStop;
    private int question;
    private int exclamation;

    Terminators(String text) {
      this.text = text;
      fullStop = text.indexOf('.');
      question = text.indexOf('?');
      exclamation = text.indexOf('!');
    }

    /** The first terminator at or after {@code from}, or -1; {@code from} never goes back. */
    int next(int from) {
      fullStop = after(fullStop, '.', from);
      question = after(question, '?', from);
      exclamation = after(exclamation, '!', from);
      return first(fullStop, first(question, exclamation));
    }

    /** The terminator found before, or the next one when that one stands before {@code from}. */
    private int after(int found, char terminator, int from) {
      return found >= 0 && found < from ? text.indexOf(terminator, from) : found;
    }

    private static int first(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '’' || c == '”' || c == ')' || c == ']';
  }
}
