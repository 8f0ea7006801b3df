package org.newsindex.highlight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.newsindex.search.Schema;
import org.newsindex.search.WordForms;

/**
 * Finds where a query matches in a text by reading it again with the index's analyzer, for texts
 * that no local index holds (the hits of the OpenSearch backend): each occurrence of a term or of
 * a phrase of the query (a phrase as one match), and of each word a prefix matches. Excluded
 * clauses ({@code -word}) are never matched. Built once per query over the index's terms ({@link
 * WordForms#toIndexTerms}); each text costs one pass of analysis.
 */
public final class RereadMatches implements TextMatches {

  /** A phrase of written terms: {@code terms[i]} must stand {@code positions[i]} after the first. */
  private record Phrase(BytesRef[] terms, int[] positions, BytesRef label) {}

  /** What the query looks for in one field. */
  private static final class FieldTerms {
    final Map<BytesRef, BytesRef> terms = new HashMap<>();
    final List<Phrase> phrases = new ArrayList<>();
    final List<Map.Entry<BytesRef, BytesRef>> prefixes = new ArrayList<>();
  }

  private final Map<String, FieldTerms> fields = new HashMap<>();

  /** What {@code query}, over the index's terms, matches in each text field. */
  public RereadMatches(Query query) {
    query.visit(new Visitor());
  }

  @Override
  public List<TextMatch> in(String field, List<String> values) {
    FieldTerms wanted = fields.get(field);
    List<TextMatch> matches = new ArrayList<>();
    if (wanted == null) {
      return matches;
    }
    int base = 0;
    for (String value : values) {
      matchValue(field, value, base, wanted, matches);
      base += value.length() + 1;
    }
    matches.sort(null);
    return matches;
  }

  private static void matchValue(
      String field, String value, int base, FieldTerms wanted, List<TextMatch> matches) {
    // The written word at each position, with its offsets: what phrases and prefixes look at.
    List<BytesRef> written = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    try (TokenStream tokens = Schema.indexAnalyzer().tokenStream(field, value)) {
      TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        BytesRef bytes = term.getBytesRef();
        int start = base + offset.startOffset();
        int end = base + offset.endOffset();
        if (increment.getPositionIncrement() > 0) {
          written.add(BytesRef.deepCopyOf(bytes));
          offsets.add(new int[] {start, end});
        }
        BytesRef label = wanted.terms.get(bytes);
        if (label != null) {
          matches.add(new TextMatch(start, end, label));
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a string never does I/O
    }
    for (int at = 0; at < written.size(); at++) {
      BytesRef word = written.get(at);
      for (Map.Entry<BytesRef, BytesRef> prefix : wanted.prefixes) {
        if (StringHelper.startsWith(word, prefix.getKey())) {
          matches.add(new TextMatch(offsets.get(at)[0], offsets.get(at)[1], prefix.getValue()));
        }
      }
      for (Phrase phrase : wanted.phrases) {
        if (phraseAt(phrase, written, at)) {
          int last = at + phrase.positions()[phrase.positions().length - 1];
          matches.add(new TextMatch(offsets.get(at)[0], offsets.get(last)[1], phrase.label()));
        }
      }
    }
  }

  private static boolean phraseAt(Phrase phrase, List<BytesRef> written, int at) {
    for (int i = 0; i < phrase.terms().length; i++) {
      int position = at + phrase.positions()[i];
      if (position >= written.size() || !written.get(position).equals(phrase.terms()[i])) {
        return false;
      }
    }
    return true;
  }

  private FieldTerms field(String name) {
    return fields.computeIfAbsent(name, f -> new FieldTerms());
  }

  /** Collects the terms, phrases and prefixes of the clauses that can match, not the excluded. */
  private final class Visitor extends QueryVisitor {

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (terms.length == 0) {
        return;
      }
      FieldTerms field = field(terms[0].field());
      BytesRef label = TextMatch.label(terms);
      if (query instanceof PhraseQuery phrase && terms.length > 1) {
        int[] positions = phrase.getPositions().clone();
        BytesRef[] bytes = new BytesRef[terms.length];
        for (int i = 0; i < terms.length; i++) {
          bytes[i] = terms[i].bytes();
          positions[i] -= phrase.getPositions()[0];
        }
        field.phrases.add(new Phrase(bytes, positions, label));
        return;
      }
      for (Term term : terms) {
        field.terms.put(term.bytes(), label);
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (query instanceof PrefixQuery prefix) {
        field(field).prefixes.add(Map.entry(prefix.getPrefix().bytes(), new BytesRef(query.toString())));
      }
    }
  }
}
