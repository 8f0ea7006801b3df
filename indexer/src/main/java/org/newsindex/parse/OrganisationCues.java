package org.newsindex.parse;

import java.util.List;

/**
 * What the words around a name say about it being an organisation's: "Comissaria Smith said in its
 * weekly review", "Morgan Grenfell, which advised the bank", "Sears Roebuck <S>", "an analyst at
 * Merrill Lynch". A person says "his" or "her" and is "who"; a firm says "its", is "which", has a
 * stock ticker, and is where a role is held. Read over the whole article before anyone is attributed
 * speech, so that every mention of the name is known to be the firm's.
 */
final class OrganisationCues {

  /** How far after the reporting verb an "its" still belongs to the subject: "said in its". */
  private static final int REACH = 4;

  private OrganisationCues() {}

  /** The run's words joined, when the tokens around it mark it as an organisation; else null. */
  static String organisationNamedBy(List<Token> tokens, NameRun run) {
    if (run.mention() == null || run.possessive() || looksLikePersonalName(run.mention())) {
      return null;
    }
    int next = run.end() + 1;
    if (next < tokens.size() && tokens.get(next).is("<")
        || run.start() > 0 && tokens.get(run.start() - 1).is("<")) {
      // A stock ticker after the name, or the name in angle brackets: "Sears Roebuck <S>",
      // "<Gold Hill Computers>", as wire copy marks companies.
      return run.mention().text();
    }
    if (afterRoleAndPreposition(tokens, run.start()) && !run.mention().honorific()) {
      // "chief economist at Merrill Lynch": the place a role is held is a firm ("spokesman for"
      // and "director of" may name a person or a film).
      return run.mention().text();
    }
    if (next + 1 < tokens.size() && tokens.get(next).is(",")
        && tokens.get(next + 1).isNarrativeWord() && tokens.get(next + 1).text().equals("which")) {
      return run.mention().text();
    }
    if (next < tokens.size() && tokens.get(next).isNarrativeWord()
        && tokens.get(next).in(WordList.REPORTING_VERB) && itsFollows(tokens, next + 1)) {
      return run.mention().text();
    }
    return null;
  }

  private static boolean afterRoleAndPreposition(List<Token> tokens, int start) {
    if (start < 2) {
      return false;
    }
    Token preposition = tokens.get(start - 1);
    Token role = tokens.get(start - 2);
    return preposition.isNarrativeWord() && preposition.text().equals("at")
        && role.isRoleOrSource();
  }

  /**
   * A common first name or an initial ("Ronald G. Williams") marks a person, whose "its" is the
   * firm they speak for: "John Nabors said its board would meet".
   */
  private static boolean looksLikePersonalName(NameMention name) {
    for (String word : name.words()) {
      if (NameVocabulary.isInitial(word)) {
        return true;
      }
    }
    return name.gender() != NameVocabulary.Gender.UNKNOWN;
  }

  /** True when "its" comes within reach, before any word that would point to a person. */
  private static boolean itsFollows(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size() && k < from + REACH; k++) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        return false;
      }
      switch (t.lower()) {
        case "its" -> {
          return true;
        }
        case "he", "she", "his", "her", "him", "they", "their" -> {
          return false;
        }
        default -> { }
      }
    }
    return false;
  }
}
