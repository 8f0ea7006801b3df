package org.newsindex;

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
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Finds where a query matches in a text field's values by reading them again with the index's
 * analyzer, so that the index needs no offsets: each occurrence of a term or of a phrase of the
 * query (a phrase as one span), and of each word a prefix matches, with its character offsets in
 * the values joined by {@link HitHighlighter#VALUE_SEPARATOR}. Excluded clauses ({@code -word})
 * are never matched.
 *
 * <p>Built once per query over the index's terms ({@link WordForms#toIndexTerms}); reading a text
 * costs one pass of analysis, which for a page of hits is far cheaper than searching the index for
 * each of them again.
 */
final class QueryMatcher {

  /** A match: characters {@code [start, end)}, and the query's terms it stands for. */
  record Match(int start, int end, BytesRef label) implements Comparable<Match> {
    @Override
    public int compareTo(Match other) {
      int order = Integer.compare(start, other.start);
      if (order == 0) {
        order = Integer.compare(end, other.end);
      }
      return order != 0 ? order : label.compareTo(other.label);
    }
  }

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
  QueryMatcher(Query query) {
    query.visit(new Visitor());
  }

  /** Whether the query looks for anything in a field. */
  boolean looksIn(String field) {
    return fields.containsKey(field);
  }

  /**
   * The matches in a field's values, in text order; offsets count the values as joined by one
   * {@link HitHighlighter#VALUE_SEPARATOR} each.
   */
  List<Match> matches(String field, List<String> values) {
    FieldTerms wanted = fields.get(field);
    List<Match> matches = new ArrayList<>();
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
      String field, String value, int base, FieldTerms wanted, List<Match> matches) {
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
          matches.add(new Match(start, end, label));
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
          matches.add(new Match(offsets.get(at)[0], offsets.get(at)[1], prefix.getValue()));
        }
      }
      for (Phrase phrase : wanted.phrases) {
        if (phraseAt(phrase, written, at)) {
          int last = at + phrase.positions()[phrase.positions().length - 1];
          matches.add(new Match(offsets.get(at)[0], offsets.get(last)[1], phrase.label()));
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

  /** The query's terms joined by spaces: how the highlighter names a match when scoring passages. */
  private static BytesRef label(Term... terms) {
    BytesRefBuilder label = new BytesRefBuilder();
    for (Term term : terms) {
      if (label.length() > 0) {
        label.append((byte) ' ');
      }
      label.append(term.bytes());
    }
    return label.toBytesRef();
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
      BytesRef label = label(terms);
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
