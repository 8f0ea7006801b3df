package org.newsindex.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceBreakIteratorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "It rained. Then it stopped.|It rained. /Then it stopped.",
        "Is it? Yes! Fine.|Is it? /Yes! /Fine.",
        "Stop! Why? Because. Done! Really?! Yes.|Stop! /Why? /Because. /Done! /Really?! /Yes.",
        "\"It was wet,\" he said. \"Very.\" So.|\"It was wet,\" he said. /\"Very.\" /So.",
        "It was e.g. this one.|It was e.g. this one.",
        "The operator, 3. 3G lets people talk.|The operator, 3. 3G lets people talk.",
        "They laughed. \" A judge said.|They laughed. \" A judge said.",
        "\"Why?\" he asked.|\"Why?\" /he asked.",
        "No full stop at the end|No full stop at the end",
      })
  void breaksSentencesWhereTheJdkDoes(String text, String expected) {
    assertThat(sentences(new SentenceBreakIterator(), text)).isEqualTo(List.of(expected.split("/")));
    assertThat(sentences(BreakIterator.getSentenceInstance(Locale.ROOT), text))
        .isEqualTo(List.of(expected.split("/")));
  }

  /** Where it parts from the JDK, which ends a sentence after every "U.S." before a capital. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tamura told visiting U.S. Trade Representative Clayton Yeutter so.|Tamura told visiting"
            + " U.S. Trade Representative Clayton Yeutter so.",
        "Sales rose in the U.S. The company said so.|Sales rose in the U.S. /The company said so.",
        "It came from the U.N. But not yet.|It came from the U.N. /But not yet.",
        "Its FOCUS. Trade rose.|Its FOCUS. /Trade rose.",
        "He met A.B. Jones. Then he left.|He met A.B. Jones. /Then he left.",
      })
  void initialsBeforeANameDoNotEndTheSentence(String text, String expected) {
    assertThat(sentences(new SentenceBreakIterator(), text)).isEqualTo(List.of(expected.split("/")));
  }

  @Test
  void agreesWithTheJdkOnTheSeedArticles() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds")).filter(Files::isRegularFile)) {
      for (Path file : files.toList()) {
        for (String paragraph : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
          if (!paragraph.isBlank()) {
            paragraphs.add(paragraph.strip());
          }
        }
      }
    }

    assertThat(paragraphs).hasSizeGreaterThan(20);
    for (String paragraph : paragraphs) {
      assertThat(sentences(new SentenceBreakIterator(), paragraph))
          .as(paragraph)
          .isEqualTo(sentences(BreakIterator.getSentenceInstance(Locale.ROOT), paragraph));
    }
  }

  @Test
  void followingAndPrecedingFindTheNeighbouringBoundaries() {
    BreakIterator sentences = new SentenceBreakIterator();
    sentences.setText("One. Two. Three.");

    assertThat(sentences.following(0)).isEqualTo(5);
    assertThat(sentences.following(5)).isEqualTo(10);
    assertThat(sentences.preceding(7)).isEqualTo(5);
    assertThat(sentences.preceding(5)).isZero();
    assertThat(sentences.following(16)).isEqualTo(BreakIterator.DONE);
    assertThat(sentences.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(sentences.last()).isEqualTo(16);
    assertThat(sentences.previous()).isEqualTo(10);
  }

  private static List<String> sentences(BreakIterator iterator, String text) {
    iterator.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      sentences.add(text.substring(start, end));
      start = end;
    }
    return sentences;
  }
}
