package org.newsindex.parse;

import java.util.ArrayList;
import java.util.List;
import org.newsindex.Quote;

/**
 * Gives each quotation its speaker from the attributions around it.
 *
 * <p>The attribution must sit in the same sentence as the quotation, outside any other quotation:
 * after it ({@code "...," Mr Lavrov said}) or before it ({@code Mr Mattis said "..."}). A whole
 * utterance looks after itself first, a phrase woven into a sentence looks before itself first. A
 * quotation with no attribution of its own takes the speaker of a preceding paragraph that ends in
 * a colon, or else, when it starts a sentence, the nearest speaker before it (see {@link
 * #fromContext}); otherwise it has none.
 */
final class QuoteAttributor {

  /** A speaker found for a quotation, and whether the text said so next to the quotation. */
  private record Found(String speaker, boolean explicit) {}

  private static final Found NONE = new Found(null, false);

  // Tokens, marks included, that a tag such as "Mr Smith said." may take after a quotation that
  // ended its own sentence. A tag that starts with its verb ("said Ann Lee, secretary general of
  // ...") is a tag whatever its length.
  private static final int MAX_TAG_AFTER_SENTENCE = 10;

  List<Quote> attribute(List<QuoteSpan> spans, List<List<Token>> tokenized,
      List<List<ResolvedAttribution>> resolved) {
    List<Quote> quotes = new ArrayList<>(spans.size());
    Found previous = NONE;
    for (int q = 0; q < spans.size(); q++) {
      Found f = explicit(spans.get(q), tokenized, resolved);
      if (!f.explicit() && q > 0 && sameSentence(spans.get(q - 1), spans.get(q), tokenized)) {
        // "said the economy was "in bad shape" and there was "an awful lot of talk"".
        f = previous;
      }
      String speaker = f.explicit() ? f.speaker() : fromContext(q, spans, quotes, tokenized, resolved);
      quotes.add(new Quote(spans.get(q).text(), speaker, spans.get(q).paragraph()));
      previous = f;
    }
    return quotes;
  }

  /**
   * Whether a quotation is woven into the same narrative sentence as the one before it, with no
   * sentence's end between them.
   */
  private static boolean sameSentence(
      QuoteSpan before, QuoteSpan span, List<List<Token>> tokenized) {
    List<Token> tokens = tokenized.get(span.paragraph());
    if (before.endParagraph() != span.paragraph() || !before.closed(tokens.size())
        || startsSentence(span, tokens)) {
      return false;
    }
    for (int k = before.close() + 1; k < span.open(); k++) {
      if (tokens.get(k).endsSentence()) {
        return false;
      }
    }
    return !tokens.get(before.close() - 1).endsSentence();
  }

  private static Found explicit(QuoteSpan span, List<List<Token>> tokenized,
      List<List<ResolvedAttribution>> resolved) {
    Found after = after(span, tokenized.get(span.endParagraph()), resolved.get(span.endParagraph()));
    Found before = before(span, tokenized.get(span.paragraph()), resolved.get(span.paragraph()));
    Found first = span.complete() ? after : before;
    Found second = span.complete() ? before : after;
    if (first != null) {
      return first;
    }
    if (second != null) {
      return second;
    }
    if (span.open() == 0 && span.paragraph() > 0) {
      List<Token> previous = tokenized.get(span.paragraph() - 1);
      List<ResolvedAttribution> previousSaid = resolved.get(span.paragraph() - 1);
      // "Mr Smith told the BBC:" closes one paragraph and the quotation makes the next.
      if (!previous.isEmpty() && previous.getLast().is(":") && !previousSaid.isEmpty()) {
        return new Found(previousSaid.getLast().speaker(), true);
      }
    }
    return NONE;
  }

  /**
   * The first attribution between the closing mark and the end of its sentence, if it opens that
   * stretch. After a quotation that ends its own sentence ({@code "...last year."}) only a short
   * tag counts ({@code Mr Smith said.}): a longer sentence is new narrative ({@code The WTO said
   * there was...}) that reports other words.
   */
  private static Found after(QuoteSpan span, List<Token> tokens, List<ResolvedAttribution> said) {
    if (!span.closed(tokens.size())) {
      return null;
    }
    int end = span.close() + 1;
    while (end < tokens.size() && !isBoundary(tokens.get(end))) {
      end++;
    }
    Token last = tokens.get(span.close() - 1);
    boolean inverted = span.close() + 1 < tokens.size()
        && tokens.get(span.close() + 1).in(WordList.INVERTIBLE_VERB);
    if (last.endsSentence() && !inverted && end - span.close() > MAX_TAG_AFTER_SENTENCE) {
      return null;
    }
    for (ResolvedAttribution a : said) {
      if (a.position() > span.close() && a.position() < end) {
        return opensStretch(tokens, span.close() + 1, a.position())
            ? new Found(a.speaker(), true) : null;
      }
    }
    return null;
  }

  /**
   * True when no linking word stands between the quotation and its attribution: in
   * {@code "...," as Mr Brown said} or {@code "...," and then he said} the verb belongs to another
   * clause. Once the reporting verb is passed ({@code said president and chief executive Bill
   * Owens}) the words only describe the speaker.
   */
  private static boolean opensStretch(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.isNarrativeWord()) {
        continue;
      }
      if (t.in(WordList.REPORTING_VERB)) {
        return true;
      }
      if (t.in(WordList.LINKING_WORD) && !insideName(tokens, k)) {
        return false;
      }
    }
    return true;
  }

  /** "the General Agreement on Tariffs and Trade": a linking word between two capitalised words. */
  private static boolean insideName(List<Token> tokens, int k) {
    return k > 0 && k + 1 < tokens.size() && isCapitalisedWord(tokens.get(k - 1))
        && isCapitalisedWord(tokens.get(k + 1));
  }

  private static boolean isCapitalisedWord(Token t) {
    return t.isWord() && Character.isUpperCase(t.text().charAt(0));
  }

  /** The last attribution between the start of the sentence and the opening mark. */
  private static Found before(QuoteSpan span, List<Token> tokens, List<ResolvedAttribution> said) {
    int start = span.open() - 1;
    while (start >= 0 && !isBoundary(tokens.get(start))) {
      start--;
    }
    Found last = null;
    for (ResolvedAttribution a : said) {
      if (a.position() > start && a.position() < span.open()) {
        last = new Found(a.speaker(), true);
      }
    }
    return last;
  }

  /**
   * For a quotation that starts a sentence with no attribution of its own: the speaker of the
   * nearest attribution before it in this or the previous paragraph ({@code ..., Mr Howard said.}
   * then a paragraph of quotation), or else the speaker of the quotation just before it. News copy
   * attributes the first quotation of a run and lets the rest follow.
   */
  private static String fromContext(int q, List<QuoteSpan> spans, List<Quote> earlier,
      List<List<Token>> tokenized, List<List<ResolvedAttribution>> resolved) {
    QuoteSpan span = spans.get(q);
    if (!startsSentence(span, tokenized.get(span.paragraph()))) {
      return null;
    }
    QuoteSpan previous = q == 0 ? null : spans.get(q - 1);
    int firstParagraph = Math.max(0, span.paragraph() - 1);
    for (int p = span.paragraph(); p >= firstParagraph; p--) {
      boolean previousEndsHere = previous != null && previous.endParagraph() == p;
      int from = previousEndsHere ? previous.close() : -1;
      int to = p == span.paragraph() ? span.open() : tokenized.get(p).size();
      ResolvedAttribution last = null;
      for (ResolvedAttribution a : resolved.get(p)) {
        if (a.position() > from && a.position() < to) {
          last = a;
        }
      }
      if (last != null) {
        return last.speaker();
      }
      if (previousEndsHere) {
        return earlier.get(q - 1).speaker();
      }
    }
    return null;
  }

  /** A phrase woven into narrative ({@code not to simply "cut and run"}) is no continuation. */
  private static boolean startsSentence(QuoteSpan span, List<Token> tokens) {
    if (span.open() == 0) {
      return true;
    }
    Token before = tokens.get(span.open() - 1);
    return before.kind() == Token.Kind.CLOSE_QUOTE || before.endsSentence();
  }

  /** Another quotation's mark or the end of a narrative sentence bounds an attribution's reach. */
  private static boolean isBoundary(Token t) {
    return t.kind() == Token.Kind.OPEN_QUOTE || t.kind() == Token.Kind.CLOSE_QUOTE
        || (t.endsSentence() && !t.quoted());
  }
}
