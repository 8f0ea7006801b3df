package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** {@link StandardWords} finds the words {@link StandardTokenizer} finds, at the same places. */
class StandardWordsTest {

  /** Pieces of text that try the rules: word characters, joiners, and what breaks words. */
  private static final String[] PIECES = {
    "a", "Zed", "é", "Ünal", "ß", "0", "42", "1,000", "3.5", ".", ",", ";", ":", "'", "’", "‘",
    "_", "__", " ", "  ", "-", "–", "—", "“", "”", "\"", "…", "€", "£", "\u00A0", "\t", "\n",
    "\r\n", "!", "?", "(", ")", "/", "&", "%", "$", "×", "÷", "#", "*", "#1", "*2", "\u00AD",
    "©", "中文", "e\u0301", "🙂", "½", "ª", "µ", "·", "U.S.", "don't", "O’Neill", "10:30", "a:b",
    "www.bbc.co.uk", "C++", "x_1", "_a", "a_", "3'4", "1.a", "a.1", "a1.2b"
  };

  @Test
  void sameWordsAsTheTokenizerOnMadeUpText() throws IOException {
    Random random = new Random(20261201L);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      assertSameWords(text.toString());
    }
  }

  @Test
  void sameWordsAsTheTokenizerOnSingleCharacters() throws IOException {
    // Every character of the first 2^16, alone and between letters and between digits.
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      assertSameWords(String.valueOf(c));
      assertSameWords("ab" + c + "cd");
      assertSameWords("12" + c + "34");
      assertSameWords("a1" + c + "_b");
    }
  }

  @Test
  void sameWordsAsTheTokenizerOnNewsText() throws IOException {
    assertSameWords(
        "“We’ll see,” said the U.S. envoy at 10:30 on 3.5.2024 – the firm’s 1,000th day; "
            + "O'Neill (a.k.a. “Neill”) paid £4.5m, €3bn and 45% of x_y… in Zürich’s café.");
    assertThat(words("The U.S. envoy’s day")).containsExactly("The", "U.S", "envoy’s", "day");
  }

  @Test
  void aWordLongerThanTheTokenizerKeepsTakesAPlaceButIsNoWord() throws IOException {
    String text = "short " + "x".repeat(300) + " end";
    assertSameWords(text);
    assertSameWords("a".repeat(255) + " b " + "1".repeat(254) + " c");
  }

  private static void assertSameWords(String text) throws IOException {
    assertThat(places(text)).as("words of [%s]", text).isEqualTo(tokenizerPlaces(text));
  }

  /** The words, as start and end, one per position; -1, -1 for a position with no word. */
  private static List<String> places(String text) throws IOException {
    StandardWords words = new StandardWords();
    words.reset(text);
    List<String> places = new ArrayList<>();
    while (words.next()) {
      places.add(words.start() < 0 ? "-1,-1" : words.start() + "," + words.end());
    }
    return places;
  }

  private static List<String> words(String text) throws IOException {
    StandardWords words = new StandardWords();
    words.reset(text);
    List<String> found = new ArrayList<>();
    while (words.next()) {
      found.add(text.substring(words.start(), words.end()));
    }
    return found;
  }

  private static List<String> tokenizerPlaces(String text) throws IOException {
    List<String> places = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer()) {
      tokenizer.setReader(new StringReader(text));
      OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          tokenizer.addAttribute(PositionIncrementAttribute.class);
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        for (int skipped = 1; skipped < increment.getPositionIncrement(); skipped++) {
          places.add("-1,-1");
        }
        places.add(offset.startOffset() + "," + offset.endOffset());
      }
      tokenizer.end();
      for (int skipped = 0; skipped < increment.getPositionIncrement(); skipped++) {
        places.add("-1,-1");
      }
    }
    return places;
  }
}
