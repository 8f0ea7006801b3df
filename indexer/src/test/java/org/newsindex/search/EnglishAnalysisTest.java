package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What keyword analysis joins and keeps apart, pair by pair: the tables under {@code
 * src/test/resources/analysis} hold the regular inflections that must meet (many of which KStem
 * alone missed) and words that only look alike, which must not (many of which Porter2 joins).
 */
class EnglishAnalysisTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvFileSource(resources = "/analysis/must-join.txt", delimiter = ' ')
  void inflectionsOfAWordAreOneTerm(String word, String other) throws IOException {
    assertThat(terms(word)).isEqualTo(terms(other)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvFileSource(resources = "/analysis/must-stay-apart.txt", delimiter = ' ')
  void wordsThatOnlyLookAlikeStayApart(String word, String other) throws IOException {
    assertThat(terms(word)).isNotEqualTo(terms(other));
  }

  /**
   * Known conflations, kept here so that a change to them is seen: the dictionary reads
   * "evening" as the -ing form of the verb "to even", and no rule without word senses can tell.
   */
  @ParameterizedTest(name = "{0} = {1}, though it should not")
  @CsvSource(delimiter = ' ', value = {"evening even"})
  void knownConflations(String word, String other) throws IOException {
    assertThat(terms(word)).isEqualTo(terms(other));
  }

  @Test
  void quotedPhrasesMatchTheWordsAsWritten() throws IOException {
    assertThat(terms(Schema.PARAGRAPHS_EXACT, "Games consoles restrictions"))
        .containsExactly("games", "consoles", "restrictions");
    assertThat(terms(Schema.PARAGRAPHS, "Games consoles restrictions"))
        .containsExactly("game", "console", "restrict");
  }

  @Test
  void possessivesCaseAndAccentsAreFoldedAndStopWordsDropped() throws IOException {
    assertThat(terms(Schema.HEADLINE, "The Café’s owners’ CAFÉS"))
        .containsExactly("cafe", "owner", "cafe");
  }

  @Test
  void initialismsWithDotsAreTheWordsWithout() throws IOException {
    assertThat(terms("U.S. trade")).isEqualTo(terms("US trade"));
    assertThat(terms(Schema.PARAGRAPHS_EXACT, "the U.K. economy"))
        .containsExactly("the", "uk", "economy");
    assertThat(terms("U.S.A.")).containsExactly("usa");
    assertThat(terms("e.g. 3.5 pct")).containsExactly("eg", "3.5", "pct");
  }

  @Test
  void dotsBetweenWordsStay() throws IOException {
    assertThat(terms(Schema.PARAGRAPHS_EXACT, "www.bbc.co.uk and 1.2.3")).containsExactly(
        "www.bbc.co.uk", "and", "1.2.3");
  }

  @Test
  void wordsOutsideTheDictionaryStillLoseTheirInflectionsThroughKStem() throws IOException {
    assertThat(terms("iPods")).isEqualTo(terms("iPod"));
    assertThat(terms("blogged")).isEqualTo(terms("blog"));
  }

  private static List<String> terms(String text) throws IOException {
    return terms(Schema.PARAGRAPHS, text);
  }

  private static List<String> terms(String field, String text) throws IOException {
    return TokenTerms.ofQuery(field, text);
  }
}
