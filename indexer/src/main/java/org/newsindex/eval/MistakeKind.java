package org.newsindex.eval;

/**
 * The kinds of extraction mistake that a change to the rules is aimed at, told apart from the
 * names alone (see {@link Mistake#of}), so that the eval report shows where a change helps.
 */
public enum MistakeKind {
  /** An abbreviation read as initials: {@code U.S. Treasury officials said} gave "S. Treasury". */
  INITIALS("initials from an abbreviation"),
  /** A speaker the gold standard does not list: an organisation, a place, a title, a bystander. */
  NOT_A_SPEAKER("not a speaker (organisation, place, person only mentioned)"),
  /** A job title or descriptor glued to the name: "Novelist Jane Doe" for "Jane Doe". */
  DESCRIPTOR("title or descriptor glued to the name"),
  /** A shorter form than the fullest the article gives: "van Dijk" for "Maria van Dijk". */
  SHORT_NAME("name not in its fullest form"),
  /** A gold speaker not found at all: an attribution shape the rules do not read. */
  MISSED_SPEAKER("speaker missed"),
  /** A quotation found but given to nobody where the gold standard names its speaker. */
  UNATTRIBUTED_QUOTE("quote left without its speaker"),
  /** A quotation given to another named person. */
  WRONG_SPEAKER("quote given to another person"),
  /** A quotation of nobody named (anonymous, a group, an organisation) given to a person. */
  SPEAKER_FOR_UNNAMED("quote of nobody named given to a person"),
  /** A gold quotation the extraction did not find as a quotation. */
  QUOTE_NOT_FOUND("quote not found");

  private final String label;

  MistakeKind(String label) {
    this.label = label;
  }

  /** A short description for reports. */
  public String label() {
    return label;
  }
}
