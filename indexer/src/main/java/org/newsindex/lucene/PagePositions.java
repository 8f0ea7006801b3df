package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newsindex.highlight.TextMatch;

/**
 * Where a query's terms and phrases stand in each hit of a page, found as Lucene's matches API
 * finds them ({@link org.apache.lucene.search.Weight#matches}): the positions of each matching
 * term, a phrase from its first word to its last, only in clauses that match the hit as the
 * query's boolean structure says. The matches API reads each hit on its own, a new terms and
 * postings enum for every term and hit; here each segment seeks a term once and reads the page's
 * hits in it in document order from one postings enum.
 *
 * <p>Knows the queries a search makes of the local index (terms, synonyms, exact phrases, and
 * boolean, boosted and constant-score queries of those); {@link #of} answers {@code null} for any
 * other, which the matches API must then serve. Immutable; {@link #in} reads a page with enums of
 * its own.
 */
final class PagePositions {

  /**
   * A match in a field: from {@code start} to {@code end}, both word positions, and the label
   * of the query it matched ({@link TextMatch#label(Query)}).
   */
  record Span(int start, int end, BytesRef label) {}

  private final Node query;

  private PagePositions(Node query) {
    this.query = query;
  }

  /** The positions of a rewritten query's matches, or {@code null} for a query it does not know. */
  static PagePositions of(Query rewritten) {
    Node node = compile(rewritten);
    return node == null ? null : new PagePositions(node);
  }

  /**
   * The matches in each hit, by field, in the order of {@code docIds}: documents of {@code
   * reader}, each of which the query matches.
   */
  List<Map<String, List<Span>>> in(IndexReader reader, int[] docIds) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Postings are read forward only: the hits in document order.
    Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
    List<Map<String, List<Span>>> found = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      found.add(null);
    }
    Segment segment = null;
    for (int i : order) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      if (segment == null || segment.leaf != leaf) {
        segment = new Segment(leaf);
      }
      List<Found> matches = new ArrayList<>();
      int doc = docIds[i] - leaf.docBase;
      Map<String, List<Span>> byField = new HashMap<>();
      if (query.match(segment, doc, matches)) {
        for (Found match : matches) {
          byField.computeIfAbsent(match.field(), field -> new ArrayList<>()).add(match.span());
        }
      }
      found.set(i, byField);
    }
    return found;
  }

  private static Node compile(Query query) {
    return switch (query) {
      case TermQuery term -> new TermNode(term.getTerm(), TextMatch.label(term));
      case SynonymQuery synonyms -> SynonymNode.of(synonyms);
      case PhraseQuery phrase when phrase.getSlop() == 0 && phrase.getTerms().length > 0 ->
          new PhraseNode(phrase.getTerms(), phrase.getPositions(), TextMatch.label(phrase));
      case BoostQuery boost -> compile(boost.getQuery());
      case ConstantScoreQuery constant -> compile(constant.getQuery());
      case MatchNoDocsQuery nothing -> (segment, doc, into) -> false;
      case BooleanQuery bool -> BoolNode.of(bool);
      default -> null;
    };
  }

  /** A match found in one field. */
  private record Found(String field, Span span) {}

  /** A query compiled for reading positions. */
  private interface Node {
    /**
     * Whether this query matches {@code doc} of the segment, as the matches API says it does;
     * when it does, its matches are added to {@code into}, otherwise nothing is.
     */
    boolean match(Segment segment, int doc, List<Found> into) throws IOException;
  }

  private record TermNode(Term term, BytesRef label) implements Node {
    @Override
    public boolean match(Segment segment, int doc, List<Found> into) throws IOException {
      int[] positions = segment.positions(term, doc);
      if (positions == null) {
        return false;
      }
      for (int position : positions) {
        into.add(new Found(term.field(), new Span(position, position, label)));
      }
      return true;
    }
  }

  /** Terms at one position: each term a match of its own, labelled by itself, as Lucene does. */
  private record SynonymNode(List<TermNode> terms) implements Node {

    static SynonymNode of(SynonymQuery synonyms) {
      List<TermNode> terms = new ArrayList<>();
      for (Term term : new LinkedHashSet<>(synonyms.getTerms())) {
        terms.add(new TermNode(term, TextMatch.label(term)));
      }
      return new SynonymNode(terms);
    }

    @Override
    public boolean match(Segment segment, int doc, List<Found> into) throws IOException {
      boolean matched = false;
      for (TermNode term : terms) {
        matched |= term.match(segment, doc, into);
      }
      return matched;
    }
  }

  /** An exact phrase: each occurrence from its first word's position to its last's. */
  private record PhraseNode(Term[] terms, int[] offsets, BytesRef label) implements Node {
    @Override
    public boolean match(Segment segment, int doc, List<Found> into) throws IOException {
      int[][] positions = new int[terms.length][];
      for (int i = 0; i < terms.length; i++) {
        positions[i] = segment.positions(terms[i], doc);
        if (positions[i] == null) {
          return false;
        }
      }
      int length = offsets[offsets.length - 1] - offsets[0];
      boolean matched = false;
      for (int first : positions[0]) {
        if (allAt(positions, first)) {
          matched = true;
          into.add(new Found(terms[0].field(), new Span(first, first + length, label)));
        }
      }
      return matched;
    }

    private boolean allAt(int[][] positions, int first) {
      for (int i = 1; i < terms.length; i++) {
        if (Arrays.binarySearch(positions[i], first + offsets[i] - offsets[0]) < 0) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * As {@link org.apache.lucene.search.BooleanWeight#matches}: no match when a required clause
   * misses, a prohibited one matches, or fewer optional ones match than the minimum; else the
   * matches of the required clauses and of the optional ones that match, if there are any.
   */
  private record BoolNode(List<Node> required, List<Node> prohibited, List<Node> optional, int minimum)
      implements Node {

    static Node of(BooleanQuery bool) {
      List<Node> required = new ArrayList<>();
      List<Node> prohibited = new ArrayList<>();
      List<Node> optional = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        Node node = compile(clause.query());
        if (node == null) {
          return null;
        }
        switch (clause.occur()) {
          case MUST, FILTER -> required.add(node);
          case MUST_NOT -> prohibited.add(node);
          case SHOULD -> optional.add(node);
        }
      }
      return new BoolNode(required, prohibited, optional, bool.getMinimumNumberShouldMatch());
    }

    @Override
    public boolean match(Segment segment, int doc, List<Found> into) throws IOException {
      int mark = into.size();
      for (Node node : required) {
        if (!node.match(segment, doc, into)) {
          return dropFrom(into, mark);
        }
      }
      for (Node node : prohibited) {
        if (node.match(segment, doc, new ArrayList<>())) {
          return dropFrom(into, mark);
        }
      }
      int matched = 0;
      for (Node node : optional) {
        matched += node.match(segment, doc, into) ? 1 : 0;
      }
      if (matched < minimum || required.isEmpty() && matched == 0) {
        return dropFrom(into, mark);
      }
      return true;
    }

    private static boolean dropFrom(List<Found> into, int mark) {
      into.subList(mark, into.size()).clear();
      return false;
    }
  }

  /** One segment's postings of the query's terms, each read forward through the page's hits. */
  private static final class Segment {
    private final LeafReaderContext leaf;
    private final Map<Term, TermPositions> terms = new HashMap<>();

    Segment(LeafReaderContext leaf) {
      this.leaf = leaf;
    }

    /**
     * The positions of {@code term} in {@code doc}, in order (none in a field indexed without
     * them), or {@code null} when the document does not hold the term.
     */
    int[] positions(Term term, int doc) throws IOException {
      TermPositions positions = terms.get(term);
      if (positions == null) {
        positions = read(term);
        terms.put(term, positions);
      }
      return positions.at(doc);
    }

    private TermPositions read(Term term) throws IOException {
      Terms fieldTerms = leaf.reader().terms(term.field());
      if (fieldTerms == null) {
        return TermPositions.ABSENT;
      }
      TermsEnum termsEnum = fieldTerms.iterator();
      if (!termsEnum.seekExact(term.bytes())) {
        return TermPositions.ABSENT;
      }
      boolean withPositions = fieldTerms.hasPositions();
      return new TermPositions(
          termsEnum.postings(null, withPositions ? PostingsEnum.POSITIONS : PostingsEnum.NONE),
          withPositions);
    }
  }

  /** One term's postings in a segment, and its positions in the document last read. */
  private static final class TermPositions {
    /** A term the segment does not hold. */
    static final TermPositions ABSENT = new TermPositions(null, false);

    private static final int[] NONE = new int[0];

    private final PostingsEnum postings;
    private final boolean withPositions;
    private int doc = -1;
    private int[] positions;

    TermPositions(PostingsEnum postings, boolean withPositions) {
      this.postings = postings;
      this.withPositions = withPositions;
    }

    int[] at(int target) throws IOException {
      if (postings == null) {
        return null;
      }
      if (target != doc) {
        int found = postings.docID() < target ? postings.advance(target) : postings.docID();
        if (found != target) {
          return null;
        }
        doc = target;
        positions = readPositions();
      }
      return positions;
    }

    private int[] readPositions() throws IOException {
      if (!withPositions) {
        return NONE;
      }
      int freq = postings.freq();
      int[] read = new int[freq];
      for (int i = 0; i < freq; i++) {
        read[i] = postings.nextPosition();
      }
      return read;
    }
  }
}
