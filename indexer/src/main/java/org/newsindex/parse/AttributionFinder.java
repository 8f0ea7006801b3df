package org.newsindex.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsindex.parse.NameVocabulary.Gender;

/**
 * Finds the reporting verbs of a paragraph and who they give speech to: the subject before the verb
 * ("Mr Tillerson said", "Sean Spicer, the White House spokesman, has also said", "he added"), the
 * name after it following a quotation ("...," said Jurgen Schrempp), "according to X", and a
 * participle (", saying") whose speaker is the subject of the sentence.
 */
final class AttributionFinder {

  private static final Set<String> VERBS = Set.of(
      "said", "says", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns",
      "insisted", "insists", "explained", "explains", "claimed", "claims", "admitted", "admits",
      "stated", "states", "noted", "notes", "announced", "announces", "confirmed", "confirms",
      "declared", "declares", "denied", "denies", "asked", "asks", "replied", "replies",
      "continued", "continues", "commented", "comments", "suggested", "suggests", "urged", "urges",
      "wrote", "writes", "predicted", "predicts", "revealed", "reveals", "conceded", "concedes",
      "acknowledged", "acknowledges", "stressed", "stresses", "maintained", "maintains",
      "responded", "responds", "remarked", "remarks", "observed", "observes", "emphasised",
      "emphasises", "emphasized", "emphasizes", "recalled", "recalls", "promised", "promises",
      "vowed", "vows", "pledged", "pledges", "concluded", "concludes", "agreed", "agrees",
      "accepted", "accepts", "boasted", "boasts", "complained", "complains", "joked", "jokes", "described", "describes", "advised", "advises");

  // Verbs that may come before their subject after a quotation; "told" and "asked" take an object.
  private static final Set<String> INVERTIBLE = Set.of(
      "said", "says", "added", "adds", "explained", "argued", "warned", "insisted", "claimed",
      "noted", "replied", "continued", "commented", "wrote", "writes", "suggested", "stressed",
      "concluded", "observed", "admitted", "conceded", "recalled", "recalls", "explains", "argues",
      "warns", "insists", "notes", "continues", "asked", "asks", "joked", "agreed");

  // Verbs that also make requests ("asked him to stay"), which report no speech.
  private static final Set<String> REQUESTS = Set.of("asked", "asks", "urged", "urges");

  private static final Set<String> PARTICIPLES = Set.of(
      "saying", "adding", "arguing", "warning", "insisting", "explaining", "claiming", "noting",
      "stressing", "telling", "admitting", "conceding", "declaring", "announcing", "suggesting",
      "urging", "predicting", "revealing", "describing", "calling");

  // Words that may stand between a subject and its verb: "has also said", "was quoted as saying".
  private static final Set<String> BETWEEN = Set.of(
      "has", "had", "have", "also", "later", "earlier", "previously", "recently", "then", "again",
      "once", "repeatedly", "reportedly", "publicly", "subsequently", "would", "will", "was", "is",
      "just", "further", "simply", "immediately", "today", "yesterday", "flatly", "quoted", "as",
      "already", "last", "week", "night", "month", "year", "privately", "openly", "himself",
      "herself", "clearly", "explicitly", "firmly", "strongly", "only", "not");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

  private static final int MAX_APPOSITION = 20;
  private static final int MAX_TRAILING_NAME = 8;

  /** True for a verb that reports speech ("said", "warned"), in lower case. */
  static boolean isReportingVerb(String lowercaseWord) {
    return VERBS.contains(lowercaseWord);
  }

  List<Attribution> find(List<Token> tokens, List<NameRun> runs) {
    Map<Integer, NameRun> runByEnd = new HashMap<>();
    for (NameRun run : runs) {
      runByEnd.put(run.end(), run);
    }
    List<Attribution> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isNarrativeWord()) {
        continue;
      }
      String word = t.lower();
      if (VERBS.contains(word)) {
        if (REQUESTS.contains(word) && isRequest(tokens, i)) {
          continue;
        }
        Attribution a = subjectBefore(tokens, runByEnd, i);
        if (a == null && i + 1 < tokens.size() && tokens.get(i + 1).isNarrativeWord()
            && tokens.get(i + 1).text().equals("by")) {
          // The agent of a passive: "announced by Chancellor Gordon Brown".
          a = nameAfter(tokens, runByEnd, i + 2);
        }
        if (a == null && INVERTIBLE.contains(word) && (followsQuoteOrComma(tokens, i) || t.sentenceStart())) {
          a = nameAfter(tokens, runByEnd, i + 1);
        }
        if (a == null && isBareVerb(tokens, i)) {
          a = new Attribution(i, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN);
        }
        if (a != null) {
          found.add(a);
        }
      } else if (PARTICIPLES.contains(word) && i > 0 && tokens.get(i - 1).is(",")) {
        found.add(new Attribution(i, Attribution.Kind.SENTENCE_SUBJECT, null, Gender.UNKNOWN));
      } else if (word.equals("according") && i + 1 < tokens.size()
          && tokens.get(i + 1).lower().equals("to")) {
        Attribution a = nameAfter(tokens, runByEnd, i + 2);
        found.add(a != null ? a : new Attribution(i, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN));
      }
    }
    return found;
  }

  /**
   * A lower-case verb not owned by a determiner: "the claims" and "his remarks" are nouns, and
   * "States" is a place, none of which reports speech.
   */
  private static boolean isBareVerb(List<Token> tokens, int verb) {
    Token t = tokens.get(verb);
    if (!Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    if (verb == 0 || !tokens.get(verb - 1).isWord()) {
      return true;
    }
    String before = tokens.get(verb - 1).lower();
    return !DETERMINERS.contains(before) && !NameVocabulary.isPossessive(before);
  }

  private static Attribution subjectBefore(List<Token> tokens, Map<Integer, NameRun> runByEnd, int verb) {
    int j = verb - 1;
    while (j >= 0 && tokens.get(j).isNarrativeWord() && BETWEEN.contains(tokens.get(j).lower())) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    Token before = tokens.get(j);
    if (before.isNarrativeWord()) {
      String w = before.lower();
      if (w.equals("he")) {
        return new Attribution(j, Attribution.Kind.PRONOUN, null, Gender.MALE);
      }
      if (w.equals("she")) {
        return new Attribution(j, Attribution.Kind.PRONOUN, null, Gender.FEMALE);
      }
      if (w.equals("who") && j >= 2 && tokens.get(j - 1).is(",")) {
        // "Mr Barber, who said ...": the relative pronoun stands for the name before it.
        NameRun run = runByEnd.get(j - 2);
        if (run != null) {
          return named(run);
        }
      }
      NameRun run = runByEnd.get(j);
      if (run != null || !isUnclosedApposition(tokens, j)) {
        return named(run);
      }
    }
    // An apposition, perhaps with commas inside it or an unclosed one: "Dmitry Peskov, the Kremlin
    // spokesman, said", "Alan Milburn, Labour's election strategist told".
    for (int k = before.is(",") ? j - 1 : j; k >= 0 && k >= j - MAX_APPOSITION; k--) {
      Token inner = tokens.get(k);
      if (inner.kind() != Token.Kind.WORD && inner.kind() != Token.Kind.PUNCT || inner.endsSentence()) {
        return null;
      }
      if (inner.is(",")) {
        NameRun run = runByEnd.get(k - 1);
        if (run != null && NameMention.read(run) != null) {
          return named(run);
        }
        // The apposition may be the name itself: "the party's spokeswoman, Eleanor Scott, said".
        NameRun whole = runByEnd.get(j - 1);
        if (before.is(",") && whole != null && whole.start() == k + 1 && looksLikePerson(whole)) {
          return named(whole);
        }
      }
    }
    return null;
  }

  /**
   * The name right after the verb ("according to Benoit Joly from Thales") or ending a short stretch
   * after it ("said chief executive Bill Gates,").
   */
  private static Attribution nameAfter(List<Token> tokens, Map<Integer, NameRun> runByEnd, int from) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).isNarrativeWord() && k - from < MAX_TRAILING_NAME) {
      k++;
    }
    if (k == from) {
      return null;
    }
    if (k == tokens.size() || !tokens.get(k).isNarrativeWord()) {
      NameRun last = runByEnd.get(k - 1);
      if (last != null && last.start() >= from && looksLikePerson(last)) {
        return named(last);
      }
    }
    for (int end = from; end < k; end++) {
      NameRun run = runByEnd.get(end);
      if (run != null && run.start() == from) {
        return named(run);
      }
    }
    return null;
  }

  private static boolean looksLikePerson(NameRun run) {
    NameMention mention = NameMention.read(run);
    return mention != null && (mention.isFull() || mention.honorific());
  }

  /** "asked Robert Harward to become": a request, not reported speech. */
  private static boolean isRequest(List<Token> tokens, int verb) {
    for (int k = verb + 1; k < tokens.size() && k <= verb + MAX_APPOSITION; k++) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        if (t.kind() != Token.Kind.PUNCT || t.endsSentence() || t.is(":")) {
          return false;
        }
        continue;
      }
      String w = t.lower();
      if (w.equals("to")) {
        return true;
      }
      if (w.equals("that") || w.equals("whether") || w.equals("if") || w.equals("why")
          || w.equals("what") || w.equals("how") || w.equals("about")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Alan Milburn, Labour's election strategist told": a role after a comma, begun by a determiner
   * or a possessive, and singular, since "After meeting Mr Blair, officials said" is not one.
   */
  private static boolean isUnclosedApposition(List<Token> tokens, int head) {
    if (tokens.get(head).text().endsWith("s")) {
      return false;
    }
    for (int k = head - 1; k >= 0 && k >= head - MAX_APPOSITION; k--) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        if (!t.is(",") || k + 1 >= head) {
          return false;
        }
        String first = tokens.get(k + 1).text();
        return DETERMINERS.contains(NameVocabulary.lower(first)) || NameVocabulary.isPossessive(first);
      }
    }
    return false;
  }

  private static Attribution named(NameRun run) {
    if (run == null || run.possessive()) {
      return null;
    }
    return new Attribution(run.start(), Attribution.Kind.NAME, run, Gender.UNKNOWN);
  }

  private static boolean followsQuoteOrComma(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.kind() == Token.Kind.CLOSE_QUOTE || before.is(",") || before.is(":");
  }
}
