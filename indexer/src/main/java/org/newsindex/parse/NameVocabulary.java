package org.newsindex.parse;

import java.util.Locale;

/**
 * What tells a person's name from the words around it: titles to strip, words that mark an
 * organisation, capitalised words that are never part of a name (all in {@link WordList}), and the
 * shapes of possessives and acronyms.
 */
final class NameVocabulary {

  /** Who a title tells us about, so that "he" and "she" find the right person. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private NameVocabulary() {}

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static Gender titleGender(Token word) {
    if (word.in(WordList.MALE_TITLE)) {
      return Gender.MALE;
    }
    if (word.in(WordList.FEMALE_TITLE)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /** Whether a word is a family name that its bearers write first ("Xi" of "Xi Jinping"). */
  static boolean isFamilyNameWrittenFirst(String word) {
    return WordList.FAMILY_NAME_FIRST.contains(lower(word));
  }

  /**
   * Whether a full name holds an Arabic article joined to a name ("Ali al-Khalifa al-Sabah"):
   * news copy calls such a person by the first name alone ("Ali said").
   */
  static boolean isArabicName(String fullName) {
    return fullName.contains(" al-") || fullName.contains(" el-");
  }

  /** Whether a word is a common first name ("Paul" of "Paul McCartney"). */
  static boolean isFirstName(String word) {
    long lists = WordList.listsOf(lower(word));
    return WordList.MALE_FIRST_NAME.in(lists) || WordList.FEMALE_FIRST_NAME.in(lists);
  }

  /** What a first name says about a person, when it is a common one. */
  static Gender firstNameGender(Token word) {
    if (word.in(WordList.MALE_FIRST_NAME)) {
      return Gender.MALE;
    }
    if (word.in(WordList.FEMALE_FIRST_NAME)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  static boolean isTitle(Token word) {
    return word.in(WordList.TITLE) || word.in(WordList.MALE_TITLE) || word.in(WordList.FEMALE_TITLE);
  }

  /** True for the honorifics proper (Mr, Dr, Gen...) that make a lone surname a person. */
  static boolean isHonorific(Token word) {
    return word.in(WordList.MALE_TITLE) || word.in(WordList.FEMALE_TITLE)
        || word.in(WordList.HONORIFIC);
  }

  static boolean isPostNominal(Token word) {
    return word.in(WordList.POST_NOMINAL);
  }

  /**
   * True when the word, less any possessive ending ("Commons'"), is an organisation's last word or
   * a legal form.
   */
  static boolean isOrganisationWord(Token word) {
    if (!isPossessive(word.text())) {
      return word.in(WordList.ORGANISATION) || word.in(WordList.LEGAL_FORM);
    }
    String stem = lower(possessiveStem(word.text()));
    return WordList.ORGANISATION.contains(stem) || WordList.LEGAL_FORM.contains(stem);
  }

  static boolean isNeverInName(Token word) {
    return word.in(WordList.NEVER_IN_NAME);
  }

  /** True for "Blair's", "Blair’s" and "Jones'": a word that owns what follows, never a speaker. */
  static boolean isPossessive(String word) {
    int n = word.length();
    if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019') && word.charAt(n - 1) == 's') {
      return true;
    }
    return n > 2 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019') && word.charAt(n - 2) == 's';
  }

  static String possessiveStem(String word) {
    if (!isPossessive(word)) {
      return word;
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 2) : word.substring(0, word.length() - 1);
  }

  /** True for an initial: the "J." of "J. David Lyons". */
  static boolean isInitial(String word) {
    return word.length() == 2 && word.charAt(1) == '.';
  }

  /** An acronym such as BBC or UN names an organisation, not a person. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          // Most names stop here, at their second letter.
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
