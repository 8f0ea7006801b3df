package org.newsindex.parse;

/**
 * Where one direct quotation lies among the tokens of an article, so that attribution can look at
 * the words on either side of it.
 *
 * @param paragraph index of the paragraph holding the opening mark
 * @param open token index of the opening mark in that paragraph
 * @param endParagraph index of the paragraph where the quotation ends (later than {@code paragraph}
 *     when it runs over several)
 * @param close token index of the closing mark in {@code endParagraph}, or that paragraph's token
 *     count when the quotation is left open at its end
 * @param text the words inside the marks as written, paragraphs joined by a space
 * @param complete whether the quotation is a whole utterance ending in punctuation ({@code "...,"}),
 *     which is then attributed by the words after it first, rather than a phrase woven into a
 *     sentence ({@code called it "a bad idea"}), which is attributed by the words before it
 */
record QuoteSpan(int paragraph, int open, int endParagraph, int close, String text, boolean complete) {

  boolean closed(int tokenCount) {
    return close < tokenCount;
  }
}
