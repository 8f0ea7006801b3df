package org.newsindex.search;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A word as every analyzer here reads it, in one filter: lower-cased, folded to ASCII, without a
 * possessive ending, and an initialism without its dots ({@link Schema#DOTTED_INITIALISM}: "u.s"
 * of "U.S." is "us"). It does what {@code LowerCaseFilter}, {@code ASCIIFoldingFilter}, {@code
 * EnglishPossessiveFilter} and a {@code PatternReplaceFilter} do in that order, and what
 * OpenSearch's {@code lowercase}, {@code asciifolding}, {@code possessive_english} stemmer and
 * {@code pattern_replace} filters do there, with Lucene's own code for each step; one filter
 * instead of four because each filter of the chain costs every indexed word a call: one more
 * filter, for the initialisms alone, took about 9% more CPU to load 200,000 articles.
 */
final class WrittenWordFilter extends TokenFilter {

  private static final Pattern INITIALISM = Pattern.compile(Schema.DOTTED_INITIALISM);

  /** The longest word {@link Schema#DOTTED_INITIALISM} matches: four letters and four dots. */
  private static final int LONGEST_INITIALISM = 8;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Matcher initialism = INITIALISM.matcher("");
  private char[] folded = new char[0];

  WrittenWordFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
    foldToAscii();
    dropPossessive();
    dropInitialismDots();
    return true;
  }

  /** As {@code ASCIIFoldingFilter} without the original kept. */
  private void foldToAscii() {
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      if (buffer[i] >= '\u0080') {
        if (folded.length < 4 * length) {
          folded = new char[4 * length];
        }
        int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
        term.copyBuffer(folded, 0, foldedLength);
        return;
      }
    }
  }

  /** As {@code EnglishPossessiveFilter}: "'s" at the end, in any of its apostrophes. */
  private void dropPossessive() {
    char[] buffer = term.buffer();
    int length = term.length();
    if (length >= 2
        && (buffer[length - 2] == '\'' || buffer[length - 2] == '\u2019'
            || buffer[length - 2] == '\uFF07')
        && (buffer[length - 1] == 's' || buffer[length - 1] == 'S')) {
      term.setLength(length - 2);
    }
  }

  /** As a {@code PatternReplaceFilter} of {@link Schema#DOTTED_INITIALISM}. */
  private void dropInitialismDots() {
    // The expression asks for a letter and a dot first: nearly every word is ruled out here.
    int length = term.length();
    if (length >= 3 && length <= LONGEST_INITIALISM && term.charAt(1) == '.'
        && initialism.reset(term).matches()) {
      String letters = initialism.replaceAll(Schema.INITIALISM_LETTERS);
      term.setEmpty().append(letters);
    }
  }
}
