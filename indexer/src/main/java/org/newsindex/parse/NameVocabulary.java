package org.newsindex.parse;

import java.util.Locale;
import java.util.Set;

/**
 * The fixed word lists that tell a person's name from the words around it: titles to strip, words
 * that mark an organisation, and capitalised words that are never part of a name.
 */
final class NameVocabulary {

  /** Who a title tells us about, so that "he" and "she" find the right person. */
  enum Gender {
    MALE,
    FEMALE,
    UNKNOWN
  }

  private static final Set<String> MALE_TITLES = Set.of(
      "mr", "sir", "lord", "king", "prince", "father", "brother", "sheikh", "baron", "duke", "earl");

  private static final Set<String> FEMALE_TITLES = Set.of(
      "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "baroness", "duchess");

  // Common first names, a hint for "he" and "she" when no Mr or Mrs says who is who. A small list:
  // an unknown first name leaves the gender open, which only makes a pronoun less picky.
  private static final Set<String> MALE_FIRST_NAMES = Set.of(
      "john", "james", "david", "michael", "robert", "william", "richard", "thomas", "charles",
      "peter", "paul", "mark", "george", "steven", "stephen", "andrew", "tony", "gordon", "alan",
      "ian", "simon", "chris", "christopher", "matthew", "daniel", "martin", "brian", "kevin",
      "jack", "tom", "tim", "nick", "nicholas", "jonathan", "jon", "mike", "bill", "bob", "jim",
      "joe", "joseph", "edward", "henry", "frank", "graham", "neil", "keith", "roger", "colin",
      "gary", "sean", "patrick", "philip", "phil", "greg", "adam", "alex", "alexander", "ben",
      "sam", "sergei", "dmitry", "vladimir", "jacques", "jean", "pierre", "carlos", "jose",
      "juan", "luis", "hans", "karl", "rex", "donald", "barack", "gerhard", "silvio", "ken",
      "kenneth", "larry", "steve", "howard", "charlie", "eric", "derek", "dennis", "ray",
      "raymond", "roy", "stuart", "ross", "ron", "ronald", "jeff", "jeffrey", "scott");

  private static final Set<String> FEMALE_FIRST_NAMES = Set.of(
      "mary", "elizabeth", "sarah", "jane", "anne", "ann", "susan", "margaret", "helen", "patricia",
      "linda", "barbara", "jennifer", "karen", "nancy", "lisa", "emma", "kate", "catherine",
      "katherine", "claire", "clare", "julie", "julia", "rachel", "ruth", "laura", "lucy", "alice",
      "hillary", "condoleezza", "angela", "tessa", "hazel", "harriet", "tracy",
      "nicola", "joanne", "caroline", "louise", "diane", "victoria", "charlotte", "sophie",
      "hannah", "amy", "anna", "maria", "marie", "natalie", "rebecca", "michelle",
      "kelly", "paula", "teresa", "theresa", "yvonne", "sharon", "christine", "janet", "jo",
      "gillian", "fiona", "alison", "deborah", "judith", "eleanor", "oprah", "madonna");

  // Titles, offices and party labels that precede a name and are not part of it.
  private static final Set<String> TITLES = Set.of(
      "dr", "prof", "professor", "gen", "general", "col", "colonel", "capt", "captain", "maj", "lt",
      "lieutenant", "sgt", "sergeant", "adm", "admiral", "cmdr", "commander", "cpl", "corporal",
      "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep",
      "representative", "congressman", "congresswoman", "governor", "gov", "judge", "justice",
      "rev", "reverend", "bishop", "archbishop", "cardinal", "pope", "ayatollah", "imam", "rabbi",
      "chairman", "chairwoman", "chief", "executive", "commissioner", "ambassador", "mayor",
      "deputy", "foreign", "home", "culture", "health", "trade", "defence", "defense", "education",
      "environment", "transport", "work", "pensions", "treasury", "economic", "finance", "interior",
      "shadow", "labour", "tory", "conservative", "liberal", "democrat", "democratic", "republican",
      "lib", "dem", "independent", "green", "coach", "manager", "boss", "striker", "midfielder",
      "defender", "goalkeeper", "skipper", "inspector", "superintendent", "constable",
      "detective", "officer", "director", "mp", "mep", "msp", "am", "first", "leader",
      "spokesman", "spokeswoman", "analyst", "economist", "economics", "attorney", "solicitor",
      "lawyer", "counsel", "officials", "official", "opposition", "former", "us", "uk",
      "british", "french", "german", "american", "russian", "chinese", "japanese", "italian",
      "writer", "author", "actor", "actress", "singer", "pensioner", "teacher", "student",
      "campaigner", "viewer", "nurse", "doctor", "voter", "spanish", "irish", "scottish", "welsh", "english", "israeli", "palestinian", "iraqi");

  // Titles besides Mr, Mrs and the like that make a lone surname a person ("Gen Jackson said").
  private static final Set<String> HONORIFICS = Set.of(
      "dr", "prof", "professor", "gen", "general", "col", "capt", "captain", "maj", "lt", "sgt",
      "adm", "president", "senator", "sen", "judge", "rev", "chancellor", "governor", "coach",
      "cardinal", "pope", "ayatollah", "commissioner", "ambassador", "mayor", "lieutenant",
      "colonel", "admiral", "inspector", "detective");

  // Honours written after a name; stripped so "John Smith QC" is "John Smith".
  private static final Set<String> POST_NOMINALS = Set.of(
      "qc", "mp", "mep", "msp", "obe", "mbe", "cbe", "kbe", "phd");

  // A last word like these makes a run of capitals an organisation, a place or an event.
  private static final Set<String> ORGANISATION_WORDS = Set.of(
      "ltd", "inc", "plc", "llc", "corp", "co", "group", "party", "bank", "office", "ministry",
      "department", "council", "association", "union", "agency", "commission", "committee",
      "court", "corporation", "company", "institute", "university", "college", "school", "club",
      "federation", "league", "board", "authority", "service", "services", "trust", "foundation",
      "society", "network", "times", "news", "post", "journal", "telegraph", "guardian", "fund",
      "organisation", "organization", "government", "police", "army", "force", "centre", "center",
      "industries", "holdings", "motors", "airlines", "airways", "records", "studios", "pictures",
      "entertainment", "media", "communications", "systems", "technologies", "street", "road",
      "house", "hall", "church", "city", "united", "rovers", "fc", "games", "cup", "championship",
      "open", "commons", "marathon", "year", "day", "eve", "aid", "boulevard", "avenue", "square", "lane", "park", "stadium", "lords", "parliament", "assembly", "executive", "administration",
      "exchange", "bureau", "institution", "partners", "capital", "securities", "research",
      "magazine", "radio", "tv", "television", "broadcasting", "review", "herald", "mail",
      "express", "mirror", "sun", "independent", "observer", "standard", "economist", "press",
      "international", "worldwide", "europe", "kingdom", "states", "nations", "republic",
      "airport", "station", "hospital", "prison", "forum", "summit", "awards", "festival",
      "watch", "alliance", "coalition", "front", "movement", "unit", "team", "squad",
      "policy", "officials", "spokesman", "spokeswoman", "insurance", "energy", "oil", "steel",
      "electronics", "software", "microsystems", "labs", "laboratories", "pharmaceuticals", "bros");

  // Capitalised words that start sentences or name days and months but never belong to a name.
  private static final Set<String> NEVER_IN_NAMES = Set.of(
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
      "our", "this", "that", "these", "those", "there", "but", "and", "or", "so", "yet", "if",
      "when", "while", "although", "though", "because", "as", "after", "before", "since", "until",
      "however", "meanwhile", "also", "now", "then", "still", "even", "only", "just", "in", "on",
      "at", "for", "from", "with", "by", "of", "to", "into", "about", "under", "over", "last",
      "next", "earlier", "later", "today", "yesterday", "tomorrow", "asked", "speaking", "writing",
      "according", "despite", "instead", "indeed", "both", "all", "some", "many", "most", "one",
      "two", "other", "another", "each", "every", "no", "not", "what", "who", "which", "where",
      "why", "how", "mr.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "christmas", "easter", "said", "says",
      "my", "me", "him", "them", "us", "your", "do", "does", "did", "is", "was", "are", "were",
      "be", "been", "has", "have", "had", "would", "can", "could", "should", "shall",
      "might", "must", "let", "yes", "well", "oh", "please", "thanks", "thank");

  // Small words allowed inside a name: "Charles de Gaulle", "Ruud van Nistelrooy".
  private static final Set<String> PARTICLES = Set.of(
      "de", "van", "von", "der", "den", "du", "la", "le", "da", "di", "dos", "das", "del", "bin",
      "al", "el", "ben", "ter", "ten", "y");

  private NameVocabulary() {}

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static Gender titleGender(String word) {
    String w = lower(word);
    if (MALE_TITLES.contains(w)) {
      return Gender.MALE;
    }
    if (FEMALE_TITLES.contains(w)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  /** What a first name says about a person, when it is a common one. */
  static Gender firstNameGender(String word) {
    String w = lower(word);
    if (MALE_FIRST_NAMES.contains(w)) {
      return Gender.MALE;
    }
    if (FEMALE_FIRST_NAMES.contains(w)) {
      return Gender.FEMALE;
    }
    return Gender.UNKNOWN;
  }

  static boolean isTitle(String word) {
    String w = lower(word);
    return TITLES.contains(w) || MALE_TITLES.contains(w) || FEMALE_TITLES.contains(w);
  }

  /** True for the honorifics proper (Mr, Dr, Gen...) that make a lone surname a person. */
  static boolean isHonorific(String word) {
    String w = lower(word);
    return MALE_TITLES.contains(w) || FEMALE_TITLES.contains(w) || HONORIFICS.contains(w);
  }

  static boolean isPostNominal(String word) {
    return POST_NOMINALS.contains(lower(word));
  }

  static boolean isOrganisationWord(String word) {
    return ORGANISATION_WORDS.contains(lower(possessiveStem(word)));
  }

  static boolean isNeverInName(String word) {
    return NEVER_IN_NAMES.contains(lower(word));
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
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

  /** An acronym such as BBC or UN names an organisation, not a person. */
  static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        letters++;
      }
    }
    if (letters < 2) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
