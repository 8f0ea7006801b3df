package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A maximal run of capitalised narrative words in a paragraph, the raw material of a name.
 *
 * @param start index of the first token of the run
 * @param end index of the last token of the run, inclusive
 * @param words the word tokens of the run, titles and all
 * @param possessive whether the last word owns something ("Dunford's office"), so cannot be a subject
 * @param afterArticle whether "the" precedes the run, which names organisations, not people
 * @param afterPreposition whether a preposition governs the run ("a meeting with Sergei Lavrov"), so
 *     that it is not the subject of its sentence
 * @param attributive whether a lower-case role follows the run ("Sale Sharks director of rugby",
 *     "Microsoft chairman"), which makes it the team, firm or place the role belongs to, not a person
 * @param mention the person the run names, or null when it names none (see {@link NameMention#read});
 *     read once, as the rules ask about most runs several times
 */
record NameRun(int start, int end, List<Token> words, boolean possessive, boolean afterArticle,
    boolean afterPreposition, boolean attributive, NameMention mention) {

  /** Particles in a row inside a name at most: "van der", "de los". */
  private static final int MAX_PARTICLES = 2;

  NameRun {
    words = List.copyOf(words);
  }

  /**
   * Finds the runs of one paragraph.
   *
   * @param lowercaseWords words the article also writes in lower case (at least those that also
   *     start a sentence); such a word at the start of a sentence is capitalised only because it
   *     starts the sentence
   * @param quoted whether to read the quotations instead of the narrative; names in quotations help
   *     to resolve short names but never attribute speech
   */
  static List<NameRun> find(List<Token> tokens, Set<String> lowercaseWords, boolean quoted) {
    List<NameRun> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameWord(tokens.get(i), lowercaseWords, quoted)) {
        i++;
        continue;
      }
      int start = i;
      List<Token> words = new ArrayList<>();
      boolean possessive = false;
      while (i < tokens.size()) {
        Token t = tokens.get(i);
        if (isNameWord(t, lowercaseWords, quoted)) {
          words.add(t);
          i++;
          if (NameVocabulary.isPossessive(t.text())) {
            possessive = true;
            break;
          }
        } else if (!quoted && isNickname(tokens, i)
            && isNameWord(tokens.get(i + NICKNAME_TOKENS), lowercaseWords, false)) {
          // Margaret "Peggy" Ellison: the nickname in quotation marks is left out of the name.
          i += NICKNAME_TOKENS;
        } else if (isParticle(t, quoted)) {
          // "Charles de Gaulle", "Maria de la Cruz": particles, then a name word to end them.
          int next = i + 1;
          while (next < tokens.size() && next - i < MAX_PARTICLES
              && isParticle(tokens.get(next), quoted)) {
            next++;
          }
          if (next == tokens.size() || !isNameWord(tokens.get(next), lowercaseWords, quoted)) {
            break;
          }
          words.addAll(tokens.subList(i, next));
          i = next;
        } else {
          break;
        }
      }
      boolean afterArticle = start > 0 && tokens.get(start - 1).isNarrativeWord()
          && tokens.get(start - 1).lower().equals("the");
      boolean attributive = !possessive && i < tokens.size() && tokens.get(i).isRole();
      boolean partOfOrganisation = !runs.isEmpty() && ofOrganisation(tokens, runs.getLast(), start);
      int complement = completesTitle(tokens, start) ? complementLength(words) : 0;
      NameMention mention;
      if (attributive) {
        mention = null;
      } else if (complement == words.size()) {
        mention = null; // "the Chancellor of the Exchequer said"
      } else if (complement > 0) {
        // What follows the title is a person, as after "Chancellor": "... Exchequer Lawson".
        mention = NameMention.read(words.subList(complement, words.size()), false, true);
      } else {
        mention = NameMention.read(words, afterArticle, afterRole(tokens, start));
      }
      if (partOfOrganisation && mention != null && mention.words().size() == words.size()) {
        // The run ends the organisation's name unless a person's name was read off its end
        // ("Stock Exchange of Hong Kong Ronald Li").
        mention = null;
      }
      runs.add(new NameRun(start, i - 1, words, possessive, afterArticle,
          afterPreposition(tokens, start), attributive, mention));
    }
    return runs;
  }

  /**
   * The name of the organisation this run names by its last word, without that word: "Data
   * General" of "Data General Corp", so that the article's later "Data General said" is known to be
   * the firm. Null when the run names no organisation or is the bare word.
   */
  String organisation() {
    if (attributive) {
      return text(words.size());
    }
    if (words.size() < 2 || !NameVocabulary.isOrganisationWord(words.getLast())) {
      return null;
    }
    return text(words.size() - 1);
  }

  private String text(int wordCount) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < wordCount; i++) {
      name.append(i == 0 ? "" : " ").append(words.get(i).text());
    }
    return name.toString();
  }

  /** How many words a title's complement may take before the name: "of the Bank of England". */
  private static final int MAX_TITLE_COMPLEMENT = 10;

  /**
   * Whether the run continues a capitalised title through "of", "for" or "to": "Chancellor of the
   * Exchequer Nigel Lawson", "Governor of the Bank of England Mervyn King", "Director of Public
   * Prosecutions Keir Starmer". The run then starts with the rest of the title, not the name.
   */
  private static boolean completesTitle(List<Token> tokens, int start) {
    boolean linked = false;
    for (int k = start - 1; k >= 0 && start - k <= MAX_TITLE_COMPLEMENT; k--) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        return false;
      }
      String w = t.text();
      if (w.equals("of") || w.equals("for") || w.equals("to")) {
        linked = true;
      } else if (linked && t.in(WordList.TITLE_HEAD) && Character.isUpperCase(w.charAt(0))) {
        return true;
      } else if (!w.equals("the") && !w.equals("and")
          && !isComplementWord(tokens.subList(k, k + 1), 0)) {
        // "the Council of Economic Advisers", "Association of Securities Dealers": a body's name.
        return false;
      }
    }
    return false;
  }

  /**
   * How many words at the start of a run that completes a title are the rest of the title: a
   * portfolio, an office or a place ("Exchequer" of "Exchequer Nigel Lawson", "Public
   * Prosecutions", "England"); 0 when the run starts with anything else.
   */
  private static int complementLength(List<Token> words) {
    int n = 0;
    while (n < words.size() && isComplementWord(words, n)) {
      n++;
    }
    return n;
  }

  /** A title, a portfolio or a place: a word of a title's complement, never of a name. */
  private static boolean isComplementWord(List<Token> words, int i) {
    Token word = words.get(i);
    return Character.isUpperCase(word.text().charAt(0))
        && (NameVocabulary.isTitle(word) || word.in(WordList.TITLE_COMPLEMENT)
            || Gazetteer.PLACES.contains(words.subList(i, i + 1), 0));
  }

  /** "Madrid midfielder Guti": a lower-case role right before the run, which makes one word a name. */
  private static boolean afterRole(List<Token> tokens, int start) {
    return start > 0 && tokens.get(start - 1).isRole();
  }

  /** "The National Association of Purchasing Management": the run continues an organisation's name. */
  private static boolean ofOrganisation(List<Token> tokens, NameRun previous, int start) {
    return previous.end() == start - 2 && tokens.get(start - 1).isNarrativeWord()
        && tokens.get(start - 1).text().equals("of") && previous.organisation() != null;
  }

  /** Looks back over lower-case titles too: "proposed by shadow chancellor Oliver Letwin". */
  private static boolean afterPreposition(List<Token> tokens, int start) {
    int k = start - 1;
    while (k >= 0 && tokens.get(k).isWord() && NameVocabulary.isTitle(tokens.get(k))
        && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
      k--;
    }
    return k >= 0 && tokens.get(k).isWord() && tokens.get(k).isPreposition();
  }

  /** The tokens of a nickname: its quotation marks and the word between them. */
  static final int NICKNAME_TOKENS = 3;

  /**
   * True for a nickname inside a name from {@code i} on: a capitalised word alone in quotation
   * marks ({@code John "Bud" Frazier}), with a token after it.
   */
  static boolean isNickname(List<Token> tokens, int i) {
    if (i + NICKNAME_TOKENS >= tokens.size() || tokens.get(i).kind() != Token.Kind.OPEN_QUOTE
        || tokens.get(i + 2).kind() != Token.Kind.CLOSE_QUOTE) {
      return false;
    }
    Token nickname = tokens.get(i + 1);
    return nickname.isWord() && Character.isUpperCase(nickname.text().charAt(0));
  }

  /**
   * An Arabic name with its article joined on: "al-Sabah" of Ali al-Khalifa al-Sabah, "el-Sisi"
   * ({@link NameVocabulary#isArabicName}).
   */
  private static boolean isArticledName(String text) {
    return text.length() > 4 && (text.startsWith("al-") || text.startsWith("el-"))
        && Character.isUpperCase(text.charAt(3));
  }

  private static boolean isParticle(Token t, boolean quoted) {
    return t.isWord() && t.quoted() == quoted && t.isParticle();
  }

  private static boolean isNameWord(Token t, Set<String> lowercaseWords, boolean quoted) {
    if (!t.isWord() || t.quoted() != quoted) {
      return false;
    }
    String text = t.text();
    if (!Character.isUpperCase(text.charAt(0)) && !isArticledName(text)
        || NameVocabulary.isNeverInName(t) || t.isAbbreviation()) {
      return false;
    }
    // "Houston-based" and "Labour-run" describe; "Roh Tae-woo" and "Kim Young-sam" are names.
    // indexOf is a vectorised intrinsic and most words have no hyphen; lastIndexOf is not.
    if (text.indexOf('-') > 0) {
      int hyphen = text.lastIndexOf('-');
      if (WordList.DESCRIPTOR_SUFFIX.contains(NameVocabulary.lower(text.substring(hyphen + 1)))) {
        return false;
      }
    }
    return !(t.sentenceStart() && !NameVocabulary.isTitle(t) && lowercaseWords.contains(t.lower()));
  }
}
