package org.newsindex.parse;

/**
 * An attribution once the article has been read up to it: who, if anyone, the text gives speech to.
 *
 * @param position token index of the attribution in its paragraph (see {@link Attribution})
 * @param speaker the canonical name of the speaker, or {@code null} when the words name no person
 *     the article knows ("a spokesman said", "the BBC said", "he said" with nobody in view)
 */
record ResolvedAttribution(int position, String speaker) {}
