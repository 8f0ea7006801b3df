package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MistakeTest {

  @Test
  void aNameWithWordsGluedBeforeItIsOneDescriptorMistakeNotAMissingAndAnExtraSpeaker() {
    List<Mistake> mistakes = Mistake.of(new ArticleMistakes("a",
        List.of("Robert McFarlane"), List.of("National Security Adviser Robert McFarlane"), List.of()));

    assertThat(mistakes).containsExactly(new Mistake(MistakeKind.DESCRIPTOR,
        "National Security Adviser Robert McFarlane for Robert McFarlane"));
  }

  @Test
  void aNameCutShortIsOneShortNameMistake() {
    List<Mistake> mistakes = Mistake.of(new ArticleMistakes("a",
        List.of("Maria van Dijk"), List.of("van Dijk"), List.of()));

    assertThat(mistakes).extracting(Mistake::kind).containsExactly(MistakeKind.SHORT_NAME);
  }

  @Test
  void initialsLeftByAnAbbreviationAreToldFromOtherWrongSpeakers() {
    List<Mistake> mistakes = Mistake.of(new ArticleMistakes("a",
        List.of("James Baker"), List.of("S. Treasury", "Morgan Grenfell"), List.of()));

    assertThat(mistakes).extracting(Mistake::kind).containsExactly(
        MistakeKind.INITIALS, MistakeKind.NOT_A_SPEAKER, MistakeKind.MISSED_SPEAKER);
  }

  @Test
  void quotesAreSortedByWhatTheExtractionGaveThem() {
    List<Mistake> mistakes = Mistake.of(new ArticleMistakes("a", List.of(), List.of(), List.of(
        new ArticleMistakes.Misattribution("one", "Ann Cole", true, null),
        new ArticleMistakes.Misattribution("two", "Ann Cole", true, "Tom Hale"),
        new ArticleMistakes.Misattribution("three", null, true, "Tom Hale"),
        new ArticleMistakes.Misattribution("four", "Ann Cole", false, null),
        new ArticleMistakes.Misattribution("five", "Ann Cole", true, "Novelist Ann Cole"),
        new ArticleMistakes.Misattribution("six", "Ann Cole", true, "Cole"))));

    assertThat(mistakes).extracting(Mistake::kind).containsExactly(
        MistakeKind.UNATTRIBUTED_QUOTE, MistakeKind.WRONG_SPEAKER, MistakeKind.SPEAKER_FOR_UNNAMED,
        MistakeKind.QUOTE_NOT_FOUND, MistakeKind.DESCRIPTOR, MistakeKind.SHORT_NAME);
    assertThat(mistakes.get(1).what()).isEqualTo("\"two\": expected Ann Cole, got Tom Hale");
  }
}
