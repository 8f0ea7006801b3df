package org.newsindex.parse;

/**
 * One word, punctuation mark or quotation mark of a paragraph, as {@link ParagraphTokenizer} reads it.
 *
 * @param text the characters of the token
 * @param lower the text in lower case, computed once: the attribution rules compare most words
 *     with their word lists several times
 * @param kind what sort of token it is
 * @param quoted whether the token lies inside quotation marks, where speech is reported, not attributed
 * @param sentenceStart whether the token is the first word of a sentence, where capitals say nothing
 * @param offset index in the paragraph of the token's first character, so quotations keep their text
 *     exactly as written
 */
record Token(String text, String lower, Kind kind, boolean quoted, boolean sentenceStart, int offset) {

  /** A token whose lower-case form is computed here. */
  Token(String text, Kind kind, boolean quoted, boolean sentenceStart, int offset) {
    this(text, NameVocabulary.lower(text), kind, quoted, sentenceStart, offset);
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

  boolean is(String punctuation) {
    return kind == Kind.PUNCT && text.equals(punctuation);
  }

  /** True for the marks that end a sentence. */
  boolean endsSentence() {
    return kind == Kind.PUNCT && (text.equals(".") || text.equals("!") || text.equals("?"));
  }
}
