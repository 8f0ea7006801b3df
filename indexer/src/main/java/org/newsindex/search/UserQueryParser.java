package org.newsindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.newsindex.InvalidQueryException;
import org.newsindex.Limits;
import org.newsindex.QuoteSearchRequest;

/**
 * Turns the user's query text into a Lucene query over a set of weighted text fields.
 *
 * <p>Built on {@link SimpleQueryParser}, which never throws on syntax: a stray quote, bracket or
 * operator is read as text. Typographic double quotes (“ ” „ « ») quote a phrase as {@code "} does.
 * Words must all match (stemmed); quoted phrases and prefixes go to the unstemmed {@code .exact}
 * fields; a typed word that analysis splits ({@code 9/11}, {@code AT&T}) must also match as such a
 * phrase; {@code -word} excludes; {@code OR} and {@code |} widen; {@code AND} and {@code NOT} are
 * read as their symbols. Prefixes ({@code russ*}) need two characters, so a lone {@code *} does not
 * expand to every term. Fuzzy and slop operators are off: {@code ~} is text. A query of more than
 * {@link Limits#MAX_CLAUSES} clauses is refused.
 */
public final class UserQueryParser {

  private static final int FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private static final int MIN_PREFIX_LENGTH = 2;

  /** Upper-case boolean words outside quotes; lower-case "or" stays an ordinary (stop) word. */
  private static final Pattern OR_WORD = Pattern.compile("(?<=\\s)OR(?=\\s)");

  private static final Pattern AND_WORD = Pattern.compile("(?<=\\s)AND(?=\\s)");
  private static final Pattern NOT_WORD = Pattern.compile("(?<=^|\\s)NOT\\s+(?=\\S)");

  /** The double quotes that phones and word processors type, and a quote copied from an article. */
  private static final Pattern TYPOGRAPHIC_QUOTE =
      Pattern.compile("[\u201c\u201d\u201e\u201f\u00ab\u00bb]");

  private UserQueryParser() {}

  /**
   * Parses query text for the given fields and weights ({@link Schema#ARTICLE_FIELDS}, say); never
   * throws on syntax, and returns a query matching nothing when no searchable word is left.
   */
  public static Query parse(String text, Map<String, Float> fields) {
    String typed = TYPOGRAPHIC_QUOTE.matcher(text).replaceAll("\"");
    Query query = new FieldParser(fields).parse(withOperatorSymbols(typed));
    if (query == null) {
      return new MatchNoDocsQuery("no searchable terms");
    }
    checkClauses(query);
    return query;
  }

  /** Rewrites the boolean words people type into the parser's symbols, leaving phrases alone. */
  static String withOperatorSymbols(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String[] parts = text.split("\"", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i % 2 == 0) { // outside quotes
        part = OR_WORD.matcher(part).replaceAll("|");
        part = AND_WORD.matcher(part).replaceAll("+");
        part = NOT_WORD.matcher(part).replaceAll("-");
      }
      out.append(part);
      if (i < parts.length - 1) {
        out.append('"');
      }
    }
    return out.toString();
  }

  /** The parser with phrases and prefixes on the exact fields, and short prefixes read as words. */
  private static final class FieldParser extends SimpleQueryParser {

    FieldParser(Map<String, Float> fields) {
      super(Schema.queryAnalyzer(), fields, FLAGS);
      setDefaultOperator(BooleanClause.Occur.MUST);
    }

    @Override
    protected Query newPhraseQuery(String text, int slop) {
      return onExactFields(exact -> createPhraseQuery(exact, text, slop));
    }

    /**
     * A typed word that analysis splits into several ({@code 9/11}, {@code M&S}, {@code AT&T},
     * {@code co-operation}) matches where its words stand in a row as written, as a quoted phrase
     * would; read as separate keywords alone, {@code M&S} found any text with an "m" and an "s".
     * The keywords still rank the matches, as they rank any other. Lucene's classic parser calls
     * this auto-generated phrase queries.
     */
    @Override
    protected Query newDefaultQuery(String text) {
      Query words = super.newDefaultQuery(text);
      if (words == null || !splitsIntoWords(text)) {
        return words;
      }
      Query inARow = newPhraseQuery(text, 0);
      return inARow == null
          ? words
          : new BooleanQuery.Builder()
              .add(words, BooleanClause.Occur.MUST)
              .add(inARow, BooleanClause.Occur.FILTER)
              .build();
    }

    private boolean splitsIntoWords(String text) {
      if (isAsciiLettersAndDigits(text)) {
        return false; // most typed words: one token whatever the analysis, so no need to run it
      }
      String exact = Schema.EXACT_FIELDS.get(weights.keySet().iterator().next());
      try (TokenStream words = getAnalyzer().tokenStream(exact, text)) {
        words.reset();
        int count = 0;
        while (words.incrementToken() && count < 2) {
          count++;
        }
        words.end();
        return count > 1;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Words as written that start with the text, in the exact fields as phrases are: a prefix of a
     * stem would miss written words that begin alike and stem apart ({@code livi*}: "living",
     * whose stem is "live").
     */
    @Override
    protected Query newPrefixQuery(String text) {
      if (text.codePointCount(0, text.length()) < MIN_PREFIX_LENGTH) {
        return newDefaultQuery(text);
      }
      return onExactFields(
          exact -> new PrefixQuery(new Term(exact, getAnalyzer().normalize(exact, text))));
    }

    /**
     * A query on the exact name of each searched field, weighted as the field, any of which may
     * match; {@code onField} answers {@code null} where the text leaves it nothing to match.
     */
    private Query onExactFields(Function<String, Query> onField) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      for (Map.Entry<String, Float> field : weights.entrySet()) {
        Query query = onField.apply(Schema.EXACT_FIELDS.get(field.getKey()));
        if (query != null) {
          anyField.add(new BoostQuery(query, field.getValue()), BooleanClause.Occur.SHOULD);
        }
      }
      return simplify(anyField.build());
    }
  }

  /** Whether every character is an ASCII letter or digit, which Unicode's word rules never split. */
  private static boolean isAsciiLettersAndDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The request's words as a query of the quote fields, or a query that matches (and marks)
   * nothing when it names only a speaker; every backend searches and highlights quotes with it.
   */
  public static Query quoteWords(QuoteSearchRequest request) {
    return request.query() == null
        ? new MatchNoDocsQuery("no words to highlight")
        : UserQueryParser.parse(request.query(), Schema.QUOTE_FIELDS);
  }

  /** Checks that a parsed query stays within {@link Limits#MAX_CLAUSES}. */
  private static void checkClauses(Query query) {
    int[] clauses = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            clauses[0] += terms.length;
          }

          @Override
          public void visitLeaf(Query leaf) {
            clauses[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    if (clauses[0] > Limits.MAX_CLAUSES) {
      throw new InvalidQueryException(
          "query has " + clauses[0] + " clauses; the limit is " + Limits.MAX_CLAUSES
              + " (each word counts once per field it searches)");
    }
  }
}
