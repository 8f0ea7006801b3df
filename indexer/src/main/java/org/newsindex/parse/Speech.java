package org.newsindex.parse;

import java.util.List;
import org.newsindex.Quote;

/**
 * Who speaks in an article and what they say, as found in one reading of its paragraphs, so that
 * the speakers and the quotations never disagree.
 *
 * @param speakers named people the article quotes or reports as speaking, once each, by the fullest
 *     form of their name, in order of first attribution; every named speaker of a quote is here
 * @param quotes the direct quotations in order of their opening marks, each with its speaker
 */
public record Speech(List<String> speakers, List<Quote> quotes) {

  /** Copies both lists, so a {@code Speech} never changes after it is made. */
  public Speech {
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
  }
}
