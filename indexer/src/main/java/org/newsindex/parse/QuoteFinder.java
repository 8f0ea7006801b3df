package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotations of an article among its tokens.
 *
 * <p>A quotation runs from an opening mark to the next closing mark. An opening mark that is not
 * closed before the next opening mark continues the same quotation: that is how news copy carries
 * a quotation over several paragraphs (each paragraph reopens it, only the last closes it), and the
 * same holds where the paragraph break has been lost. Quotations of fewer than three words, and
 * titles or terms put in quotation marks, are not speech and are left out.
 */
final class QuoteFinder {

  private static final int MIN_WORDS = 3;

  /** Finds the quotations of the article's tokenized paragraphs, in order of their opening marks. */
  List<QuoteSpan> find(List<String> paragraphs, List<List<Token>> tokenized) {
    List<QuoteSpan> spans = new ArrayList<>();
    Open open = null;
    for (int p = 0; p < tokenized.size(); p++) {
      String paragraph = paragraphs.get(p);
      List<Token> tokens = tokenized.get(p);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == Token.Kind.OPEN_QUOTE) {
          if (open == null) {
            open = new Open(p, i);
          } else {
            open.append(paragraph, t.offset());
          }
          open.from = t.offset() + 1;
        } else if (t.kind() == Token.Kind.CLOSE_QUOTE && open != null) {
          open.append(paragraph, t.offset());
          add(spans, open.finish(p, i, complete(tokens, i)), tokenized);
          open = null;
        }
      }
      if (open != null) {
        open.append(paragraph, paragraph.length());
        open.from = 0;
        boolean continues = p + 1 < tokenized.size() && !tokenized.get(p + 1).isEmpty()
            && tokenized.get(p + 1).getFirst().kind() == Token.Kind.OPEN_QUOTE;
        if (!continues) {
          add(spans, open.finish(p, tokens.size(), true), tokenized);
          open = null;
        }
      }
    }
    return spans;
  }

  private static void add(List<QuoteSpan> spans, QuoteSpan span, List<List<Token>> tokenized) {
    if (words(span.text()) >= MIN_WORDS && !isName(span, tokenized.get(span.paragraph()))) {
      spans.add(span);
    }
  }

  /** A quotation ending in its own punctuation, or followed by a comma, is a whole utterance. */
  private static boolean complete(List<Token> tokens, int close) {
    Token last = tokens.get(close - 1);
    if (last.kind() == Token.Kind.PUNCT
        && (last.is(",") || last.endsSentence() || last.is(":") || last.is(";"))) {
      return true;
    }
    return close + 1 < tokens.size() && tokens.get(close + 1).is(",");
  }

  /** A title or a term: introduced by a naming word, or every main word capitalised. */
  private static boolean isName(QuoteSpan span, List<Token> tokens) {
    if (span.open() > 0) {
      Token before = tokens.get(span.open() - 1);
      if (before.isWord() && before.in(WordList.NAMING_WORD)) {
        return true;
      }
      if (!before.isWord() || span.endParagraph() != span.paragraph()) {
        return false;
      }
      return isTitleCase(span.text());
    }
    return false;
  }

  private static boolean isTitleCase(String text) {
    int capitalised = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty() || WordList.TITLE_SMALL_WORD.contains(NameVocabulary.lower(word))) {
        continue;
      }
      char first = word.charAt(0);
      if (!Character.isLetterOrDigit(first) || Character.isLowerCase(first)) {
        return false;
      }
      char last = word.charAt(word.length() - 1);
      if (last == '.' || last == '!' || last == '?' || last == ',') {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2;
  }

  /** Counts whitespace-separated words, the measure of the three-word minimum. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** A quotation being read: where it opened and its text so far. */
  private static final class Open {
    private final int paragraph;
    private final int token;
    private final StringBuilder text = new StringBuilder();
    private int from;

    Open(int paragraph, int token) {
      this.paragraph = paragraph;
      this.token = token;
    }

    void append(String paragraph, int to) {
      String part = paragraph.substring(Math.min(from, to), to).strip();
      if (!part.isEmpty()) {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        text.append(part);
      }
    }

    QuoteSpan finish(int endParagraph, int close, boolean complete) {
      return new QuoteSpan(paragraph, token, endParagraph, close, text.toString(), complete);
    }
  }
}
