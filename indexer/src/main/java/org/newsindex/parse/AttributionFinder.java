package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;
import org.newsindex.parse.NameVocabulary.Gender;

/**
 * Finds the reporting verbs of a paragraph and who they give speech to: the subject before the verb
 * ("Mr Tillerson said", "Sean Spicer, the White House spokesman, has also said", "he added"), the
 * name after it following a quotation ("...," said Jurgen Schrempp), "according to X", and a
 * participle (", saying") whose speaker is the subject of the sentence.
 */
final class AttributionFinder {

  private static final int MAX_APPOSITION = 30;
  private static final int MAX_TRAILING_NAME = 8;

  List<Attribution> find(List<Token> tokens, List<NameRun> runs) {
    // Runs do not overlap, so at most one ends at each token.
    NameRun[] runByEnd = new NameRun[tokens.size()];
    NameRun[] runByStart = new NameRun[tokens.size()];
    for (NameRun run : runs) {
      runByEnd[run.end()] = run;
      runByStart[run.start()] = run;
    }
    List<Attribution> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      NameRun beforeColon = t.is(":") ? nameBeforeQuote(tokens, runByEnd, i) : null;
      if (beforeColon != null) {
        // "Jane Doe: "We will fight."": a transcript's or a live blog's attribution.
        found.add(named(beforeColon));
      }
      if (!t.isNarrativeWord()) {
        continue;
      }
      if (t.in(WordList.REPORTING_VERB)) {
        if (t.in(WordList.REQUEST_VERB) && isRequest(tokens, i)) {
          continue;
        }
        Attribution a = null;
        if (i + 1 < tokens.size() && tokens.get(i + 1).isNarrativeWord()
            && tokens.get(i + 1).text().equals("by")) {
          // The agent of a passive: "the sum announced by Chancellor Gordon Brown".
          a = nameAfter(tokens, runByEnd, i + 2);
        }
        int subjectEnd = subjectEnd(tokens, i);
        if (a == null) {
          a = secondVerb(tokens, found, i, subjectEnd);
        }
        if (a == null && joinsVerbs(tokens, subjectEnd) && reportsSpeech(tokens, i)) {
          Attribution opener = sentenceOpener(tokens, runByStart, i, subjectEnd);
          if (opener != null) {
            // Both places attribute: the subject a quotation before the verb ("called Labour
            // "a brilliant machine" but said"), the verb one after it, though another quotation
            // stands between ("called the situation a "dilemma" and said "...").
            found.add(opener);
            a = opener.at(i);
          }
        }
        if (a == null) {
          a = subjectBefore(tokens, runByEnd, subjectEnd);
        }
        if (a == null && t.in(WordList.INVERTIBLE_VERB) && (followsQuoteOrComma(tokens, i) || t.sentenceStart())) {
          a = nameAfter(tokens, runByEnd, i + 1);
        }
        if (a == null && isBareVerb(tokens, i)) {
          a = new Attribution(i, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN);
        }
        if (a != null) {
          Attribution partner = jointSpeaker(tokens, runByEnd, a);
          if (partner != null) {
            found.add(partner);
          }
          found.add(a);
        }
      } else if (t.in(WordList.PARTICIPLE) && i > 0 && tokens.get(i - 1).is(",")) {
        found.add(new Attribution(i, Attribution.Kind.SENTENCE_SUBJECT, null, Gender.UNKNOWN));
      } else if (t.in(WordList.PARTICIPLE) && i + 1 < tokens.size() && tokens.get(i + 1).is(":")) {
        Attribution a = nearestPerson(tokens, runByEnd, i);
        if (a != null) {
          found.add(a);
        }
      } else if (t.lower().equals("quoted") || t.lower().equals("quotes")) {
        Attribution a = quotedAs(tokens, runByEnd, i);
        if (a != null) {
          found.add(a);
        }
      } else if (t.lower().equals("according") && i + 1 < tokens.size()
          && tokens.get(i + 1).lower().equals("to")) {
        Attribution a = nameAfter(tokens, runByEnd, i + 2);
        found.add(a != null ? a : new Attribution(i, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN));
      }
    }
    return found;
  }

  /**
   * The speaker of a verb joined to an earlier one of the same sentence: in {@code Mr Howard said
   * ..., but admitted it was "not an easy issue"} the subject of "said" also admits. Null when the
   * verb follows no "and" or "but" (the word at {@code j}, where its subject would end), or the
   * sentence has no attribution before it.
   */
  private static Attribution secondVerb(List<Token> tokens, List<Attribution> found, int verb,
      int j) {
    if (!joinsVerbs(tokens, j) || found.isEmpty()) {
      return null;
    }
    Attribution earlier = found.getLast();
    for (int k = earlier.position(); k < verb; k++) {
      if (tokens.get(k).endsSentence() && !tokens.get(k).quoted()) {
        return null;
      }
    }
    return earlier.at(verb);
  }

  /** Whether the word at {@code j}, where a verb's subject would end, is "and" or "but". */
  private static boolean joinsVerbs(List<Token> tokens, int j) {
    return j >= 0 && tokens.get(j).isNarrativeWord()
        && (tokens.get(j).lower().equals("and") || tokens.get(j).lower().equals("but"));
  }

  /**
   * Whether the verb at {@code verb} reports words rather than an act: "said" and "told" always
   * do, another verb when speech follows it (a quotation, a colon, a comma, "that" or a pronoun's
   * clause: {@code admitted he was "very disappointed"}), not when an object or a preposition
   * does ({@code converted and added a penalty}, {@code responded by using}, {@code agreed to}).
   */
  private static boolean reportsSpeech(List<Token> tokens, int verb) {
    if (tokens.get(verb).in(WordList.ALWAYS_SPEECH)) {
      return true;
    }
    if (verb + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(verb + 1);
    return next.kind() == Token.Kind.OPEN_QUOTE || next.is(":") || next.is(",")
        || next.isNarrativeWord() && next.in(WordList.SPEECH_OPENER);
  }

  /**
   * The person who opens the sentence of a verb that follows "and" or "but" with no attribution
   * before it: {@code Amstutz called the situation a "dilemma" and said "..."}, {@code He did not
   * give details but said, "..."}. Null when the sentence opens with anything else, or the verb may
   * belong to a clause inside it.
   */
  private static Attribution sentenceOpener(List<Token> tokens, NameRun[] runByStart, int verb,
      int joint) {
    int start = verb - 1;
    while (start > 0 && !tokens.get(start).sentenceStart()) {
      start--;
    }
    for (int k = start; k < joint; k++) {
      if (tokens.get(k).isNarrativeWord() && tokens.get(k).in(WordList.LINKING_WORD)) {
        // "Capra was the butt of a gaffe when the host ... declared": the verb is the clause's.
        return null;
      }
    }
    Attribution pronoun = pronoun(tokens, start);
    if (pronoun != null) {
      for (int k = start + 1; k < verb; k++) {
        if (runByStart[k] != null && runByStart[k].mention() != null) {
          // "He met Tony Blair and said": at the verb, "he" would be resolved to Blair.
          return null;
        }
      }
      return pronoun;
    }
    NameRun run = runByStart[start];
    boolean subject = run != null && run.mention() != null && !run.possessive()
        && tokens.get(start).isNarrativeWord() && run.end() + 1 < verb
        && tokens.get(run.end() + 1).isNarrativeWord() && tokens.get(run.end() + 1).isLowerCase();
    return subject ? named(run) : null;
  }

  /**
   * Who speaks through a participle and a colon with no comma before it: the person named or
   * pronounced nearest before it in its sentence ({@code Matthew Taylor has written to the watchdog
   * saying: "..."}, {@code Balladur underscored that by saying: "..."}), at the participle; null
   * when the sentence names nobody before it.
   */
  private static Attribution nearestPerson(List<Token> tokens, NameRun[] runByEnd, int participle) {
    for (int k = participle - 1; k >= 0; k--) {
      NameRun run = runEndingAt(runByEnd, k);
      if (run != null && run.mention() != null && !run.possessive()) {
        return named(run).at(participle);
      }
      Attribution pronoun = pronoun(tokens, k);
      if (pronoun != null) {
        return pronoun.at(participle);
      }
      Token.Kind kind = tokens.get(k).kind();
      if (tokens.get(k).sentenceStart()
          || kind == Token.Kind.OPEN_QUOTE || kind == Token.Kind.CLOSE_QUOTE) {
        return null;
      }
    }
    return null;
  }

  /** "he" or "she" at token {@code k}, or null. */
  private static Attribution pronoun(List<Token> tokens, int k) {
    if (!tokens.get(k).isNarrativeWord()) {
      return null;
    }
    return switch (tokens.get(k).lower()) {
      case "he" -> new Attribution(k, Attribution.Kind.PRONOUN, null, Gender.MALE);
      case "she" -> new Attribution(k, Attribution.Kind.PRONOUN, null, Gender.FEMALE);
      default -> null;
    };
  }

  /** How many words may name the person a quotation is credited to: "prosecutor Russell McGuire". */
  private static final int MAX_QUOTED_PERSON = 6;

  /**
   * Who "quoted X as saying" gives speech to: the person named ({@code Kyodo quoted Kiichi Miyazawa
   * as saying}), the one a pronoun stands for ({@code quoted him as telling reporters}), or nobody
   * named ({@code quoted one official as saying}). Null when no "as" and participle follow.
   */
  private static Attribution quotedAs(List<Token> tokens, NameRun[] runByEnd, int verb) {
    int as = verb + 1;
    while (as < tokens.size() && as - verb <= MAX_QUOTED_PERSON && tokens.get(as).isNarrativeWord()
        && !tokens.get(as).text().equals("as")) {
      as++;
    }
    boolean credits = as > verb + 1 && as + 1 < tokens.size()
        && tokens.get(as).isNarrativeWord() && tokens.get(as).text().equals("as")
        && (tokens.get(as + 1).in(WordList.PARTICIPLE)
            || tokens.get(as + 1).lower().equals("having"));
    if (!credits) {
      return null;
    }
    if (as == verb + 2) {
      String object = tokens.get(verb + 1).lower();
      if (object.equals("him") || object.equals("her")) {
        Gender gender = object.equals("him") ? Gender.MALE : Gender.FEMALE;
        return new Attribution(verb + 1, Attribution.Kind.PRONOUN, null, gender);
      }
    }
    NameRun run = runEndingAt(runByEnd, as - 1);
    if (run != null && run.start() > verb && run.mention() != null) {
      return named(run);
    }
    return new Attribution(verb, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN);
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
    Token before = tokens.get(verb - 1);
    return !before.in(WordList.DETERMINER) && !NameVocabulary.isPossessive(before.lower());
  }

  /**
   * The last token of a verb's subject, past the words that may stand between ("has also said"),
   * or -1 when the paragraph starts before it.
   */
  private static int subjectEnd(List<Token> tokens, int verb) {
    int j = verb - 1;
    while (j >= 0 && tokens.get(j).isNarrativeWord()
        && tokens.get(j).in(WordList.BETWEEN_SUBJECT_AND_VERB)) {
      j--;
    }
    return j;
  }

  /** The speaker named, described or pronounced as the subject ending at token {@code j}. */
  private static Attribution subjectBefore(List<Token> tokens, NameRun[] runByEnd, int j) {
    if (j < 0) {
      return null;
    }
    Token before = tokens.get(j);
    Attribution pronoun = pronoun(tokens, j);
    if (pronoun != null) {
      return pronoun;
    }
    if (before.isNarrativeWord()) {
      String w = before.lower();
      if (w.equals("who") && j >= 2 && tokens.get(j - 1).is(",")) {
        // "Mr Barber, who said ...": the relative pronoun stands for the name before it.
        NameRun run = runEndingAt(runByEnd, j - 2);
        if (run != null) {
          return named(run);
        }
      }
      NameRun run = runEndingAt(runByEnd, j);
      if (run != null && looksLikePerson(run) && speaksForTheName(tokens, run.start())) {
        return new Attribution(j, Attribution.Kind.UNNAMED, null, Gender.UNKNOWN);
      }
      // "the Spaniard": a run of one capitalised word that only describes the person.
      if ((run == null || before.isDemonym()) && isDescriptionEnd(tokens, j)) {
        return description(tokens, j);
      }
      // "John Lichtblau, president of ..., in testimony to Congress said": a lone word before the
      // verb that is no person's name ends the apposition, not the subject.
      NameRun affiliated =
          run == null
              ? null
              : personBeforeAffiliation(tokens, runByEnd, firmStart(tokens, runByEnd, run) - 1);
      if (affiliated != null) {
        return named(affiliated);
      }
      boolean personBefore = run != null && (looksLikePerson(run) || run.possessive());
      if (personBefore || !isUnclosedApposition(tokens, j)) {
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
        NameRun run = runEndingAt(runByEnd, k - 1);
        if (run != null && run.mention() != null) {
          return named(run);
        }
        // The apposition may be the name itself: "the party's spokeswoman, Eleanor Scott, said".
        NameRun whole = runEndingAt(runByEnd, j - 1);
        if (before.is(",") && whole != null && whole.start() == k + 1 && looksLikePerson(whole)) {
          return named(whole);
        }
      }
    }
    return null;
  }

  /** How many title words may stand between "for" and the name it is for: "Planning Minister". */
  private static final int MAX_TITLE_WORDS = 4;

  /**
   * Whether the name starting at {@code start} is the one an anonymous source speaks for: "a
   * spokesperson for Planning Minister Paul Scully said" quotes the spokesperson, not the minister.
   */
  private static boolean speaksForTheName(List<Token> tokens, int start) {
    int k = start - 1;
    while (k >= 0 && start - k <= MAX_TITLE_WORDS && tokens.get(k).in(WordList.TITLE)) {
      k--;
    }
    return k >= 1 && tokens.get(k).isNarrativeWord() && tokens.get(k).lower().equals("for")
        && tokens.get(k - 1).in(WordList.ANONYMOUS_ROLE);
  }

  /** Lower-case words that may stand between such a name and its colon: "was more measured". */
  private static final int MAX_PREDICATE = 6;

  /**
   * The person's name that opens the sentence of the colon at {@code colon}, when a quotation
   * follows the colon and at most a few lower-case words stand between the two: {@code Jane Doe:
   * "We will fight."}, {@code Ruben Amorim was more measured: "We suffered."}. Null otherwise.
   */
  private static NameRun nameBeforeQuote(List<Token> tokens, NameRun[] runByEnd, int colon) {
    if (colon == 0 || colon + 1 >= tokens.size()
        || tokens.get(colon + 1).kind() != Token.Kind.OPEN_QUOTE) {
      return null;
    }
    int end = colon - 1;
    while (end > 0 && runByEnd[end] == null && colon - end <= MAX_PREDICATE
        && tokens.get(end).isNarrativeWord() && tokens.get(end).isLowerCase()) {
      end--;
    }
    NameRun run = runByEnd[end];
    boolean opens = run != null && tokens.get(run.start()).sentenceStart() && looksLikePerson(run)
        && !run.possessive();
    return opens ? run : null;
  }

  /**
   * The name right after the verb ("according to Benoit Joly from Thales") or ending a short stretch
   * after it ("said chief executive Bill Gates,").
   */
  private static Attribution nameAfter(List<Token> tokens, NameRun[] runByEnd, int from) {
    int k = from;
    while (k < tokens.size() && k - from < MAX_TRAILING_NAME) {
      if (tokens.get(k).isNarrativeWord()) {
        k++;
      } else if (NameRun.isNickname(tokens, k)) {
        k += NameRun.NICKNAME_TOKENS; // "said John "Bud" Frazier"
      } else {
        break;
      }
    }
    if (k == from) {
      return null;
    }
    if (k == tokens.size() || !tokens.get(k).isNarrativeWord()) {
      NameRun last = runEndingAt(runByEnd, k - 1);
      if (last != null && last.start() >= from && looksLikePerson(last)) {
        return named(last);
      }
    }
    for (int end = from; end < k; end++) {
      NameRun run = runEndingAt(runByEnd, end);
      if (run != null && run.start() == from && !run.possessive()) {
        return named(run);
      }
    }
    // "said analyst Ann Lee at Merrill Lynch in London": the person before the affiliation.
    for (int link = from + 1; link < k; link++) {
      NameRun person = personBeforeAffiliation(tokens, runByEnd, link);
      if (person != null && person.start() >= from) {
        return named(person);
      }
    }
    Attribution role = nameAfterRole(tokens, runByEnd, k);
    if (role == null && tokens.get(from).lower().equals("the") && isDescriptionEnd(tokens, k - 1)
        && (k == tokens.size() || tokens.get(k).kind() == Token.Kind.PUNCT)) {
      return description(tokens, k - 1);
    }
    return role;
  }

  /** How many words a description may hold between "the" and its noun: "the Oscar-winning actor". */
  private static final int MAX_DESCRIPTION = 4;

  /**
   * True when the word at {@code end} ends a definite description of a person, "the (words) noun"
   * or "our noun", the noun one of {@link WordList#PERSON_NOUN} or an age ("the 32-year-old").
   */
  private static boolean isDescriptionEnd(List<Token> tokens, int end) {
    if (end < 1 || !tokens.get(end).isNarrativeWord()) {
      return false;
    }
    Token noun = tokens.get(end);
    if (noun.isDemonym()) {
      // "the Spaniard", "the young Spaniard"; not "the governors of 22 Brazilian states".
      return startsDescription(tokens.get(end - 1))
          || end >= 2 && tokens.get(end - 1).isNarrativeWord() && tokens.get(end - 1).isLowerCase()
              && startsDescription(tokens.get(end - 2));
    }
    if (!noun.isRole() && !(noun.isLowerCase() && noun.text().endsWith("-year-old"))) {
      return false;
    }
    for (int k = end - 1; k >= 0 && k >= end - MAX_DESCRIPTION; k--) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord() || t.in(WordList.REPORTING_VERB)) {
        return false;
      }
      if (startsDescription(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsDescription(Token t) {
    return t.isNarrativeWord() && (t.lower().equals("the") || t.lower().equals("our"));
  }

  private static Attribution description(List<Token> tokens, int end) {
    Gender gender = switch (tokens.get(end).lower()) {
      case "actress", "chairwoman", "businesswoman" -> Gender.FEMALE;
      case "actor", "chairman", "businessman", "frontman" -> Gender.MALE;
      default -> Gender.UNKNOWN;
    };
    return new Attribution(end, Attribution.Kind.DESCRIPTION, null, gender);
  }

  /**
   * The name that a role introduces after a comma: {@code said De Telegraaf's image editor, Peter
   * Schoonen.} The name must close the clause, so that a list or a new clause is not read as one.
   */
  private static Attribution nameAfterRole(List<Token> tokens, NameRun[] runByEnd, int comma) {
    if (comma >= tokens.size() || !tokens.get(comma).is(",")) {
      return null;
    }
    for (int end = comma + 1; end < tokens.size() && tokens.get(end).isNarrativeWord(); end++) {
      NameRun run = runEndingAt(runByEnd, end);
      if (run != null) {
        boolean closes = end + 1 == tokens.size() || tokens.get(end + 1).endsSentence()
            || tokens.get(end + 1).is(",");
        return run.start() == comma + 1 && closes && looksLikePerson(run) ? named(run) : null;
      }
    }
    return null;
  }

  private static boolean looksLikePerson(NameRun run) {
    NameMention mention = run.mention();
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
    String headWord = tokens.get(head).text();
    // Plural: "After meeting Mr Blair, officials said"; but "its minister for economic affairs".
    boolean plural = headWord.endsWith("s") && !headWord.endsWith("ss");
    for (int k = head - 1; k >= 0 && k >= head - MAX_APPOSITION; k--) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        if (!t.is(",") || k + 1 >= head) {
          return false;
        }
        Token first = tokens.get(k + 1);
        if (isIndefinite(first) && tokens.get(head).in(WordList.ANONYMOUS_ROLE)) {
          // "replacing Carlos Romo, a company spokesman said": the spokesman speaks, not the name.
          return false;
        }
        boolean determined =
            first.in(WordList.DETERMINER) || NameVocabulary.isPossessive(first.text());
        return plural ? determined && namesRole(tokens, k + 2, head)
            : determined || namesRole(tokens, k + 1, head);
      }
    }
    return false;
  }

  /**
   * The first of two people who speak together: "Ray Astin and Ronald Li said in a joint statement".
   * Null unless the attribution names a person right after "and" and a person's name comes right
   * before it.
   */
  private static Attribution jointSpeaker(List<Token> tokens, NameRun[] runByEnd, Attribution a) {
    if (a.kind() != Attribution.Kind.NAME || a.run().start() < 2) {
      return null;
    }
    Token and = tokens.get(a.run().start() - 1);
    if (!and.isNarrativeWord() || !and.text().equals("and")) {
      return null;
    }
    NameRun first = runEndingAt(runByEnd, a.run().start() - 2);
    return first != null && looksLikePerson(first) && looksLikePerson(a.run()) ? named(first) : null;
  }

  /**
   * The person named right before the word at {@code link} when it is "of", "at" or "from", the
   * word between a person and where they work: "Mark Clark of Barclays de Zoete Wedd said",
   * "analyst Ann Lee at Merrill Lynch told", "said analyst Ann Lee at Merrill Lynch". Null when
   * the word is another or no person's name comes right before it.
   */
  private static NameRun personBeforeAffiliation(List<Token> tokens, NameRun[] runByEnd,
      int link) {
    if (link < 1 || !tokens.get(link).isNarrativeWord()) {
      return null;
    }
    String w = tokens.get(link).text();
    if (!w.equals("of") && !w.equals("at") && !w.equals("from")) {
      return null;
    }
    NameRun person = runEndingAt(runByEnd, link - 1);
    return person != null && looksLikePerson(person) && !person.possessive() ? person : null;
  }

  /**
   * Where a firm's name that ends with {@code run} starts, over the "and" of a partnership's name:
   * "Hambrecht and Quist Inc", "Smith & Jones". A run that names a person starts where it starts.
   */
  private static int firmStart(List<Token> tokens, NameRun[] runByEnd, NameRun run) {
    int start = run.start();
    while (run.mention() == null && start >= 2 && joinsFirmNames(tokens.get(start - 1))
        && runEndingAt(runByEnd, start - 2) != null) {
      start = runEndingAt(runByEnd, start - 2).start();
    }
    return start;
  }

  private static boolean joinsFirmNames(Token t) {
    return t.is("&") || t.isNarrativeWord() && t.text().equals("and");
  }

  /** "Paul Mlotok, oil analyst for Salomon Brothers said": a singular role in the stretch. */
  private static boolean namesRole(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isRoleOrSource()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndefinite(Token t) {
    return t.lower().equals("a") || t.lower().equals("an");
  }

  /** The run that ends at a token, or null when none does or the index is outside the paragraph. */
  private static NameRun runEndingAt(NameRun[] runByEnd, int index) {
    return index >= 0 && index < runByEnd.length ? runByEnd[index] : null;
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
