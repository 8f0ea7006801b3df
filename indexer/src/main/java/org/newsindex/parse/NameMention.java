package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;
import org.newsindex.parse.NameVocabulary.Gender;

/**
 * A run of capitals read as a reference to a person: titles and honours stripped, gender noted.
 *
 * @param words the name without titles, one word or more
 * @param text the words joined by spaces, the form in which the article's speakers are named
 * @param gender what the title said about the person, or else what a common first name says
 * @param honorific whether a title such as Mr or Gen made a lone surname into a person
 */
record NameMention(List<String> words, String text, Gender gender, boolean honorific) {

  NameMention {
    words = List.copyOf(words);
  }

  NameMention(List<String> words, Gender gender, boolean honorific) {
    this(words, String.join(" ", words), gender, honorific);
  }

  /**
   * Reads the words of a run of capitals, or returns null when they cannot name a person
   * (organisation, acronym, title alone).
   *
   * @param afterArticle whether "the" precedes the run, which then names a person only after a title
   * @param afterRole whether a lower-case role precedes the run ("midfielder Guti"), which makes a
   *     lone name a person, as an honorific does
   */
  static NameMention read(List<Token> run, boolean afterArticle, boolean afterRole) {
    List<Token> words = new ArrayList<>(run);
    int last = words.size() - 1;
    Token lastWord = words.get(last);
    if (NameVocabulary.isPossessive(lastWord.text())) {
      words.set(last, lastWord.withText(NameVocabulary.possessiveStem(lastWord.text())));
    }
    // Whatever precedes the last title belongs to the sentence, not the name: "In Bonn Mr Tillerson".
    int lastTitle = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (NameVocabulary.isTitle(words.get(i))) {
        lastTitle = i;
      }
    }
    Gender gender = Gender.UNKNOWN;
    boolean honorific = afterRole && lastTitle < 0 && words.size() == 1;
    for (int i = 0; i <= lastTitle; i++) {
      if (NameVocabulary.titleGender(words.get(i)) != Gender.UNKNOWN) {
        gender = NameVocabulary.titleGender(words.get(i));
      }
      honorific |= NameVocabulary.isHonorific(words.get(i));
    }
    List<Token> name = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
    // A descriptor the title list lacks ("Hollywood film star Liam Neeson" aside) ends where a
    // common first name begins: "Space Agency Robert Smith" is Robert Smith.
    boolean startsWithFirstName = NameVocabulary.firstNameGender(name.get(0)) != Gender.UNKNOWN;
    for (int i = 1; i < name.size() - 1 && !startsWithFirstName; i++) {
      if (NameVocabulary.isInitial(name.get(i - 1).text())) {
        break;
      }
      if (NameVocabulary.firstNameGender(name.get(i)) != Gender.UNKNOWN) {
        name = new ArrayList<>(name.subList(i, name.size()));
        break;
      }
    }
    // An organisation's acronym before a name belongs to the role: "Ambassador to GATT Michael
    // Samuels".
    while (name.size() > 2 && NameVocabulary.isAcronym(name.get(0).text())) {
      name.remove(0);
    }
    while (name.size() > 1 && NameVocabulary.isPostNominal(name.get(name.size() - 1))) {
      name.remove(name.size() - 1);
    }
    if (name.isEmpty() || name.get(0).isParticle()) {
      return null;
    }
    List<String> text = new ArrayList<>(name.size());
    for (Token word : name) {
      if (NameVocabulary.isAcronym(word.text()) || Character.isDigit(word.text().charAt(0))) {
        return null;
      }
      text.add(word.text());
    }
    // A common first name makes a person of a two-word name whose last word could end a firm or a
    // place: "Charlotte Church", "Frank Field", "Ted Hall".
    boolean firstAndLast = name.size() == 2
        && NameVocabulary.firstNameGender(name.getFirst()) != Gender.UNKNOWN
        && !name.getLast().in(WordList.LEGAL_FORM);
    if (!firstAndLast && NameVocabulary.isOrganisationWord(name.get(name.size() - 1))
        || name.size() > 1 && name.getFirst().in(WordList.ORGANISATION_FIRST)
        || !honorific && !firstAndLast && name.size() > 1 && name.getLast().in(WordList.NATIONALITY)
        || !honorific && (Gazetteer.PLACES.contains(name, 0) || Gazetteer.FIRMS.contains(name, 0))
        || name.size() > 1 && name.getFirst().in(WordList.COMPASS)
            && Gazetteer.PLACES.contains(name, 1)) {
      return null;
    }
    if (afterArticle && lastTitle < 0) {
      return null;
    }
    if (gender == Gender.UNKNOWN && name.size() > 1) {
      gender = NameVocabulary.firstNameGender(name.getFirst());
    }
    return new NameMention(text, gender, honorific);
  }

  String surname() {
    return words.get(words.size() - 1);
  }

  boolean isFull() {
    return words.size() > 1;
  }
}
