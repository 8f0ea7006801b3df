package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link WordTable} answers as a map of strings would, through growth and clearing. */
class WordTableTest {

  @Test
  void answersAsAMapWouldForManyWordsThroughGrowth() {
    WordTable table = new WordTable();
    Map<String, Integer> expected = new HashMap<>();
    Random random = new Random(17);
    for (int i = 0; i < 50_000; i++) {
      String word = randomWord(random);
      if (!expected.containsKey(word)) {
        int value = random.nextInt(Integer.MAX_VALUE);
        table.put(chars(word), word.length(), value);
        expected.put(word, value);
      }
    }

    assertThat(table.size()).isEqualTo(expected.size());
    expected.forEach((word, value) ->
        assertThat(table.get(chars(word), word.length())).as(word).isEqualTo(value));
    for (int i = 0; i < 10_000; i++) {
      String word = randomWord(random);
      int answer = table.get(chars(word), word.length());
      assertThat(answer).as(word).isEqualTo(expected.getOrDefault(word, WordTable.ABSENT));
    }
  }

  @Test
  void readsOnlyTheGivenLengthOfALongerBuffer() {
    WordTable table = new WordTable();
    table.put("games".toCharArray(), 4, 7);

    assertThat(table.get("gamesmanship".toCharArray(), 4)).isEqualTo(7);
    assertThat(table.get("games".toCharArray(), 5)).isEqualTo(WordTable.ABSENT);
    assertThat(table.get("gam".toCharArray(), 3)).isEqualTo(WordTable.ABSENT);
  }

  @Test
  void keepsTheEmptyWordAndWordsBeyondAsciiApart() {
    WordTable table = new WordTable();
    table.put(new char[0], 0, 1);
    table.put("caf\u00e9".toCharArray(), 4, 2);
    table.put("cafe".toCharArray(), 4, 3);

    assertThat(table.get(new char[8], 0)).isEqualTo(1);
    assertThat(table.get("caf\u00e9".toCharArray(), 4)).isEqualTo(2);
    assertThat(table.get("cafe".toCharArray(), 4)).isEqualTo(3);
  }

  @Test
  void keepsWordsApartAcrossTheLengthsAndCharactersOfShortAndLongWords() {
    // Up to seven one-byte characters a word is its own key; beyond, or wider, it is hashed.
    List<String> words = List.of("", "a", "ab", "abcdefg", "abcdefgh", "abcdefghijklmnop",
        "\u00e9t\u00e9", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff", "\u0109ef", "\u0109efs",
        "\u4e2d\u6587", "\u0000", "\u0000\u0000", "\u0001a");
    WordTable table = new WordTable();
    Map<String, Integer> values = new HashMap<>();
    for (String word : words) {
      values.put(word, values.size());
      table.put(chars(word), word.length(), values.get(word));
    }

    values.forEach((word, value) ->
        assertThat(table.get(chars(word), word.length())).as(word).isEqualTo(value));
    for (String absent : List.of("abcdef", "abcdefghi", "\u0109e", "\u00e9t\u00e8", "\u0001b")) {
      assertThat(table.get(chars(absent), absent.length())).as(absent).isEqualTo(WordTable.ABSENT);
    }
  }

  @Test
  void forgetsEverythingWhenClearedAndFillsAgain() {
    WordTable table = new WordTable();
    for (int i = 0; i < 10_000; i++) {
      table.put(chars("w" + i), ("w" + i).length(), i);
    }
    table.clear();

    assertThat(table.size()).isZero();
    assertThat(table.get(chars("w5"), 2)).isEqualTo(WordTable.ABSENT);
    table.put(chars("w5"), 2, 55);
    assertThat(table.get(chars("w5"), 2)).isEqualTo(55);
    assertThat(table.get(chars("w6"), 2)).isEqualTo(WordTable.ABSENT);
  }

  @Test
  void refusesANegativeValue() {
    assertThatThrownBy(() -> new WordTable().put(chars("word"), 4, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String randomWord(Random random) {
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(9);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(random.nextInt(10) == 0 ? 600 : 26)));
    }
    return word.toString();
  }

  private static char[] chars(String word) {
    return word.toCharArray();
  }
}
