package org.newsindex.highlight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * Where a query matches in a field's text: characters {@code [start, end)} of the field's values
 * joined by one {@link HitHighlighter#VALUE_SEPARATOR} each, and the query's terms it stands for
 * (joined by spaces, as Lucene's highlighter names a match when it scores passages). A phrase is
 * one match. Ordered by start, then end, then label.
 */
public record TextMatch(int start, int end, BytesRef label) implements Comparable<TextMatch> {

  @Override
  public int compareTo(TextMatch other) {
    int order = Integer.compare(start, other.start);
    if (order == 0) {
      order = Integer.compare(end, other.end);
    }
    return order != 0 ? order : label.compareTo(other.label);
  }

  /** The label of a match of these terms: the terms joined by spaces. */
  public static BytesRef label(Term... terms) {
    BytesRefBuilder label = new BytesRefBuilder();
    for (Term term : terms) {
      if (label.length() > 0) {
        label.append((byte) ' ');
      }
      label.append(term.bytes());
    }
    return label.toBytesRef();
  }

  /** The label of a match of a query: its terms, or its text when it names none (a prefix). */
  public static BytesRef label(Query query) {
    List<Term> terms = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... leafTerms) {
            terms.addAll(List.of(leafTerms));
          }
        });
    return terms.isEmpty() ? new BytesRef(query.toString()) : label(terms.toArray(new Term[0]));
  }
}
