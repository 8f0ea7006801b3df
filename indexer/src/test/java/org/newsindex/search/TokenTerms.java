package org.newsindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms a token stream gives, in order: what the analysis tests compare. */
public final class TokenTerms {

  private TokenTerms() {}

  /** Every term of {@code stream}, which this consumes and closes. */
  public static List<String> of(TokenStream stream) throws IOException {
    List<String> terms = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** The terms the query analyzer makes of {@code text} in {@code field}. */
  public static List<String> ofQuery(String field, String text) throws IOException {
    return of(Schema.queryAnalyzer().tokenStream(field, text));
  }
}
