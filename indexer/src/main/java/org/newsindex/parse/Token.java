package org.newsindex.parse;

/**
 * One word, punctuation mark or quotation mark of a paragraph, as {@link ParagraphTokenizer} reads it.
 *
 * @param text the characters of the token
 * @param lower the text in lower case, computed once: the attribution rules compare most words
 *     with their word lists several times
 * @param lists the {@link WordList}s that {@code lower} is on, looked up once for the same reason
 * @param kind what sort of token it is
 * @param quoted whether the token lies inside quotation marks, where speech is reported, not attributed
 * @param sentenceStart whether the token is the first word of a sentence, where capitals say nothing
 * @param offset index in the paragraph of the token's first character, so quotations keep their text
 *     exactly as written
 */
record Token(String text, String lower, long lists, Kind kind, boolean quoted, boolean sentenceStart,
    int offset) {

  /** A word, whose lower-case form and word lists are looked up here, once. */
  static Token word(String text, boolean quoted, boolean sentenceStart, int offset) {
    String lower = NameVocabulary.lower(text);
    return new Token(text, lower, WordList.listsOf(lower), Kind.WORD, quoted, sentenceStart, offset);
  }

  /** A punctuation or quotation mark: it has no case, is on no list and starts no sentence. */
  static Token mark(String text, Kind kind, boolean quoted, int offset) {
    return new Token(text, text, 0, kind, quoted, false, offset);
  }

  /** The sorts of token the attribution rules tell apart. */
  enum Kind {
    WORD,
    PUNCT,
    OPEN_QUOTE,
    CLOSE_QUOTE
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  /** True for an unquoted word, the only kind that can attribute speech. */
  boolean isNarrativeWord() {
    return kind == Kind.WORD && !quoted;
  }

  /** True when the token's lower-case form is on {@code list}. */
  boolean in(WordList list) {
    return list.in(lists);
  }

  /** True for a {@link WordList#PARTICLE} as written there: "De" may be a name, "de" is not. */
  boolean isParticle() {
    return in(WordList.PARTICLE) && isLowerCase();
  }

  /** True for a {@link WordList#PREPOSITION} as written there: "By" may start a name. */
  boolean isPreposition() {
    return in(WordList.PREPOSITION) && isLowerCase();
  }

  /** True when the token has no capitals, so is written as its lower-case form. */
  boolean isLowerCase() {
    return text.equals(lower);
  }

  /**
   * True for an unquoted lower-case noun of a person's role ({@link WordList#PERSON_NOUN}): the
   * "midfielder" of "Madrid midfielder Guti", the "chancellor" of "the chancellor said".
   */
  boolean isRole() {
    return isNarrativeWord() && isLowerCase() && in(WordList.PERSON_NOUN);
  }

  /** True for an unquoted capitalised noun of nationality ({@link WordList#DEMONYM}): "Spaniard". */
  boolean isDemonym() {
    return isNarrativeWord() && !isLowerCase() && in(WordList.DEMONYM);
  }

  /** True for a {@link #isRole() role} or the role of an anonymous source ("spokesman", "analyst"). */
  boolean isRoleOrSource() {
    return isRole() || isNarrativeWord() && isLowerCase() && in(WordList.ANONYMOUS_ROLE);
  }

  /** True for a dotted abbreviation such as "U.S." ({@link ParagraphTokenizer} keeps it whole). */
  boolean isAbbreviation() {
    return text.length() > 3 && text.charAt(1) == '.';
  }

  /** The same word spelled otherwise, as when a possessive loses its ending. */
  Token withText(String newText) {
    return word(newText, quoted, sentenceStart, offset);
  }

  boolean is(String punctuation) {
    return kind == Kind.PUNCT && text.equals(punctuation);
  }

  /** True for the marks that end a sentence. */
  boolean endsSentence() {
    return kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?"));
  }
}
