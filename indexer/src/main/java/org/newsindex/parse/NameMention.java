package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;
import org.newsindex.parse.NameVocabulary.Gender;

/**
 * A run of capitals read as a reference to a person: titles and honours stripped, gender noted.
 *
 * @param words the name without titles, one word or more
 * @param gender what the title said about the person, if anything
 * @param honorific whether a title such as Mr or Gen made a lone surname into a person
 */
record NameMention(List<String> words, Gender gender, boolean honorific) {

  NameMention {
    words = List.copyOf(words);
  }

  /** Reads a run, or returns null when it cannot name a person (organisation, acronym, title alone). */
  static NameMention read(NameRun run) {
    List<String> words = new ArrayList<>(run.words());
    int last = words.size() - 1;
    words.set(last, NameVocabulary.possessiveStem(words.get(last)));
    // Whatever precedes the last title belongs to the sentence, not the name: "In Bonn Mr Tillerson".
    int lastTitle = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (NameVocabulary.isTitle(words.get(i))) {
        lastTitle = i;
      }
    }
    Gender gender = Gender.UNKNOWN;
    boolean honorific = false;
    for (int i = 0; i <= lastTitle; i++) {
      if (NameVocabulary.titleGender(words.get(i)) != Gender.UNKNOWN) {
        gender = NameVocabulary.titleGender(words.get(i));
      }
      honorific |= NameVocabulary.isHonorific(words.get(i));
    }
    List<String> name = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
    while (name.size() > 1 && NameVocabulary.isPostNominal(name.get(name.size() - 1))) {
      name.remove(name.size() - 1);
    }
    if (name.isEmpty() || NameVocabulary.isParticle(name.get(0))) {
      return null;
    }
    for (String word : name) {
      if (NameVocabulary.isAcronym(word) || Character.isDigit(word.charAt(0))) {
        return null;
      }
    }
    if (NameVocabulary.isOrganisationWord(name.get(name.size() - 1))) {
      return null;
    }
    if (run.afterArticle() && lastTitle < 0) {
      return null;
    }
    return new NameMention(name, gender, honorific);
  }

  String surname() {
    return words.get(words.size() - 1);
  }

  boolean isFull() {
    return words.size() > 1;
  }

  String text() {
    return String.join(" ", words);
  }
}
