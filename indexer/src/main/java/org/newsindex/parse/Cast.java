package org.newsindex.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsindex.parse.NameVocabulary.Gender;

/**
 * The people one article names: resolves short references ("Mr Lavrov", "Blair") to the fullest name
 * the article gives, and pronouns to the person most recently in focus.
 */
final class Cast {

  private final Set<String> fullNames = new LinkedHashSet<>();
  private final Set<String> organisations = new HashSet<>();
  private final Set<String> titledSurnames = new HashSet<>();
  private final Map<String, Gender> genderBySurname = new HashMap<>();
  private final List<String> focus = new ArrayList<>();

  /** Learns a name the article uses, before any resolution, so later full forms count too. */
  void learn(NameMention mention) {
    if (mention.isFull() && !organisations.contains(mention.text())) {
      fullNames.add(mention.text());
    }
    if (!mention.isFull() && mention.honorific()) {
      titledSurnames.add(mention.surname());
    }
    Gender gender = mention.gender();
    if (gender != Gender.UNKNOWN) {
      genderBySurname.putIfAbsent(mention.surname(), gender);
    }
  }

  /** Learns the name of an organisation the article names in full ("Data General Corp"). */
  void learnOrganisation(String name) {
    organisations.add(name);
  }

  /**
   * The canonical name of the person a mention refers to, or null if it names nobody we know or an
   * organisation the article named in full elsewhere.
   */
  String resolve(NameMention mention) {
    if (organisations.contains(mention.text())) {
      return null;
    }
    if (mention.isFull()) {
      return fullest(mention.text());
    }
    String surname = mention.surname();
    String found = fullNameEndingWith(surname);
    if (found != null) {
      return found;
    }
    // A family name written before the given name ("Xi Jinping", "Roh Tae-woo"), or a first name,
    // then alone: "Xi said", "Paul said", "Ali said" of Ali al-Khalifa al-Sabah. The one name
    // that starts with it, if only one does: of two words, unless Arabic ("al-Sabah"); a word
    // that names no one as often ("Goodyear" of "Goodyear Tire") is no such word, unless a
    // hyphenated name follows it, as Korean and Arabic names write it; nor is a first name that
    // the article gives a title ("Mr Howard" is not Howard Flight).
    boolean mayStandForAName =
        NameVocabulary.isFamilyNameWrittenFirst(surname)
            || NameVocabulary.isFirstName(surname)
                && !mention.honorific()
                && !titledSurnames.contains(surname);
    String startingWith = null;
    int length = surname.length();
    for (String full : fullNames) {
      if (full.length() > length + 1 && full.charAt(length) == ' ' && full.startsWith(surname)
          && (NameVocabulary.isArabicName(full)
              || full.indexOf(' ', length + 1) < 0
                  && (mayStandForAName || full.indexOf('-', length + 2) > 0))) {
        if (startingWith != null) {
          startingWith = null;
          break;
        }
        startingWith = full;
      }
    }
    if (startingWith != null) {
      return startingWith;
    }
    // An honorific makes a lone surname a person even when the article never gives a first name,
    // here or anywhere else in the article ("President Reagan" ... "Reagan told reporters").
    return mention.honorific() || titledSurnames.contains(surname) ? surname : null;
  }

  /**
   * The person the article named in full whose surname a word is, or null: "Poll" of "Referee
   * Graham Poll", though the word alone would name a survey. Null for an organisation the article
   * named.
   */
  String personWithSurname(String word) {
    return organisations.contains(word) ? null : fullNameEndingWith(word);
  }

  /** The first full name the article gives whose last word is {@code surname}, or null. */
  private String fullNameEndingWith(String surname) {
    String lastWord = " " + surname;
    for (String full : fullNames) {
      if (full.endsWith(lastWord)) {
        return full;
      }
    }
    return null;
  }

  /**
   * The longest name the article gives that ends with a two-word one: "Santos Alvite" is "Fernando
   * Santos Alvite", "De Clercq" is "Willy de Clercq" (a particle may be capitalised at a sentence's
   * start). The name itself when none does.
   */
  private String fullest(String name) {
    String ending = " " + name;
    String found = name;
    for (String full : fullNames) {
      if (full.length() > found.length()
          && full.regionMatches(true, full.length() - ending.length(), ending, 0, ending.length())) {
        found = full;
      }
    }
    return found;
  }

  /** Records that a person is now the one "he" or "she" would refer to. */
  void focusOn(String person) {
    focus.add(person);
  }

  /**
   * The person most recently in focus whose known gender fits the pronoun or description, or null;
   * any gender fits one that says none ("the chancellor").
   */
  String recent(Gender pronoun) {
    for (int i = focus.size() - 1; i >= 0; i--) {
      Gender g = gender(focus.get(i));
      if (pronoun == Gender.UNKNOWN || g == Gender.UNKNOWN || g == pronoun) {
        return focus.get(i);
      }
    }
    return null;
  }

  private Gender gender(String person) {
    int space = person.lastIndexOf(' ');
    String surname = space < 0 ? person : person.substring(space + 1);
    return genderBySurname.getOrDefault(surname, Gender.UNKNOWN);
  }
}
