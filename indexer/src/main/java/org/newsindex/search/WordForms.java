package org.newsindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * How the local index holds a text field's words, and how a query finds them there.
 *
 * <p>One field holds both forms of each word: the word as written (lower-cased and folded, stop
 * words included), and at the same position, when it differs, its stem marked with a leading
 * {@value #STEM_MARK_NAME} ({@code games} is indexed as {@code games} and, marked, {@code game};
 * {@code game} as {@code game} alone). A quoted phrase matches the written words; a keyword
 * matches its stem as written or marked (marked only, when the stem written is a stop word: the
 * stem of {@code were} is {@code be}). Most words are their own stem, so this holds far fewer
 * terms than a stemmed field beside an unstemmed twin, and a phrase and a keyword match in one
 * field, at positions the highlighter maps back to the text ({@code IndexedMatches}).
 *
 * <p>Queries are parsed against logical fields: the stemmed text field for keywords, its {@code
 * .exact} name for phrases and prefixes (the OpenSearch index keeps those as two subfields).
 * {@link #toIndexTerms(Query)} turns such a query into one over this layout.
 */
public final class WordForms {

  /** Marks a stem, so that it never meets a written word: no typed text holds the character. */
  static final char STEM_MARK = '\u0001';

  static final String STEM_MARK_NAME = "U+0001";

  private WordForms() {}

  /** The indexed term of a stem that differs from its word. */
  static String marked(String stem) {
    return STEM_MARK + stem;
  }

  /**
   * The query over the local layout that a query over the logical fields means: a stemmed term
   * matches the stem written or marked, and a phrase or term on an {@code .exact} field matches the
   * written words of its text field. Other queries pass unchanged.
   */
  public static Query toIndexTerms(Query query) {
    return switch (query) {
      case BooleanQuery bool -> {
        BooleanQuery.Builder rewritten =
            new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          rewritten.add(toIndexTerms(clause.query()), clause.occur());
        }
        yield rewritten.build();
      }
      case BoostQuery boost -> new BoostQuery(toIndexTerms(boost.getQuery()), boost.getBoost());
      case TermQuery term -> termQuery(term.getTerm());
      case PhraseQuery phrase -> phraseQuery(phrase);
      case PrefixQuery prefix -> new PrefixQuery(writtenIn(prefix.getPrefix()));
      default -> query;
    };
  }

  private static Query termQuery(Term term) {
    String field = term.field();
    String text = Schema.textFieldOfExact(field);
    if (text != null) {
      return new TermQuery(new Term(text, term.bytes()));
    }
    if (!Schema.isTextField(field)) {
      return new TermQuery(term);
    }
    Term marked = new Term(field, marked(term.text()));
    if (!isOwnStem(field, term.text())) {
      return new TermQuery(marked);
    }
    return new SynonymQuery.Builder(field).addTerm(term).addTerm(marked).build();
  }

  /**
   * Whether a stem, where it stands written, is a keyword with that stem: true for most words,
   * false for a stem that is a stop word ("be", the stem of "were" and "been", is written only as
   * a stop word, which no keyword matches) or that stems further.
   */
  private static boolean isOwnStem(String field, String stem) {
    try (TokenStream stems = Schema.queryAnalyzer().tokenStream(field, stem)) {
      CharTermAttribute term = stems.addAttribute(CharTermAttribute.class);
      stems.reset();
      boolean own =
          stems.incrementToken() && term.toString().equals(stem) && !stems.incrementToken();
      stems.end();
      return own;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query phraseQuery(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    if (terms.length == 0) {
      return phrase;
    }
    PhraseQuery.Builder written = new PhraseQuery.Builder().setSlop(phrase.getSlop());
    int[] positions = phrase.getPositions();
    for (int i = 0; i < terms.length; i++) {
      written.add(writtenIn(terms[i]), positions[i]);
    }
    return written.build();
  }

  /** The term in the text field that holds it written: the same term for a text field's own. */
  private static Term writtenIn(Term term) {
    String text = Schema.textFieldOfExact(term.field());
    return text == null ? term : new Term(text, term.bytes());
  }

  /**
   * A text field's words as the local index holds them: each written word, and after it, at the
   * same position, its stem marked, when the stem differs.
   */
  static final class WrittenAndStemmedFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private final WordStemmer stemmer;
    private String pendingStem;

    WrittenAndStemmedFilter(TokenStream written, WordStemmer stemmer) {
      super(written);
      this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (pendingStem != null) {
        // Every other attribute (offsets, type) is still the written word's.
        term.setEmpty().append(STEM_MARK).append(pendingStem);
        position.setPositionIncrement(0);
        pendingStem = null;
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      String stem = stemmer.stem(term.buffer(), term.length());
      if (stem != null && stem != WordStemmer.ITSELF) {
        pendingStem = stem;
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pendingStem = null;
    }
  }

  /** Keywords as queries look for them: each written word's stem; stop words dropped. */
  static final class StemmedFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private final WordStemmer stemmer;

    StemmedFilter(TokenStream written, WordStemmer stemmer) {
      super(written);
      this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
      int skipped = 0;
      while (input.incrementToken()) {
        String stem = stemmer.stem(term.buffer(), term.length());
        if (stem != null) {
          if (stem != WordStemmer.ITSELF) {
            term.setEmpty().append(stem);
          }
          position.setPositionIncrement(position.getPositionIncrement() + skipped);
          return true;
        }
        skipped += position.getPositionIncrement();
      }
      return false;
    }
  }
}
