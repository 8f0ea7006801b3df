package org.newsindex.parse;

import org.newsindex.parse.NameVocabulary.Gender;

/**
 * A place where the text gives speech to someone, and the words that say who.
 *
 * @param position token index of the reference to the speaker (of the verb, for {@link Kind#UNNAMED}),
 *     which fixes the order of speakers
 * @param kind how the speaker is referred to
 * @param run the name, for {@link Kind#NAME}
 * @param pronoun the gender of the pronoun or description, for {@link Kind#PRONOUN} and {@link
 *     Kind#DESCRIPTION}
 */
record Attribution(int position, Kind kind, NameRun run, Gender pronoun) {

  /** The same reference to the same speaker, standing at another token. */
  Attribution at(int otherPosition) {
    return new Attribution(otherPosition, kind, run, pronoun);
  }

  /** The ways a speaker is referred to. */
  enum Kind {
    /** A name next to the speech verb: "Mr Tillerson said", "said Jurgen Schrempp". */
    NAME,
    /** "he said": the most recent person of that gender. */
    PRONOUN,
    /**
     * "the actor said", "said the Wigan chief": a definite description of someone the article has
     * named, the most recent person of fitting gender, as for a pronoun.
     */
    DESCRIPTION,
    /** ", saying that": whoever the sentence is about. */
    SENTENCE_SUBJECT,
    /**
     * A reporting verb whose speaker is no named person ("a spokesman said", "the BBC said", "it
     * warned"): nobody becomes a speaker, but a quotation next to it is known to have no named
     * speaker rather than being left to context.
     */
    UNNAMED
  }
}
