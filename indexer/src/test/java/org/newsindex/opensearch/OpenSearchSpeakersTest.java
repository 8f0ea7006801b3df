package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server-side narrowing of a speaker prefix; the listing itself is in the contract tests. */
class OpenSearchSpeakersTest {

  @Test
  void prefixMatchesAnywhereInEitherCase() {
    assertThat(OpenSearchSpeakers.containing("lav")).isEqualTo(".*[lL][aA][vV].*");
    assertThat(OpenSearchSpeakers.containing("o'n")).isEqualTo(".*[oO]\\'[nN].*");
  }

  @ParameterizedTest
  @ValueSource(strings = {".*", "[", "a|b", "\"", "(x", "ü-", "\\", "#@&<>~"})
  void regexCharactersAreTakenLiterally(String prefix) {
    CharacterRunAutomaton names =
        new CharacterRunAutomaton(
            Operations.determinize(
                new RegExp(OpenSearchSpeakers.containing(prefix)).toAutomaton(),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));

    assertThat(names.run("Name " + prefix + " Name")).isTrue();
    assertThat(names.run("Name Name")).isFalse();
  }
}
