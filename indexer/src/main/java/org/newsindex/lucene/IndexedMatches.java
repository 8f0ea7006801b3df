package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.newsindex.highlight.TextMatch;
import org.newsindex.highlight.TextMatches;
import org.newsindex.search.Schema;
import org.newsindex.search.WordForms;

/**
 * Finds a query's matches in the hits of a local index: Lucene's matches API names the positions
 * of each match in the index (a phrase as one match), and counting the words of the hit's text
 * turns those into characters. The index needs no offsets, and the text is only split into words,
 * never analysed again. One instance serves one request's hits, in one thread, with one {@link
 * Weight} for all.
 */
final class IndexedMatches {

  /** Splits the hit's text into words as the index's tokenizer did: the n-th at position n. */
  private final StandardWords words = new StandardWords();

  private final IndexSearcher searcher;
  private final Weight weight;
  private final Map<Query, BytesRef> labels = new HashMap<>();

  /** Matches of a query over the index's terms ({@link WordForms#toIndexTerms}). */
  IndexedMatches(IndexSearcher searcher, Query query) throws IOException {
    this.searcher = searcher;
    this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The matches in one hit, a document of the searcher's index. */
  TextMatches of(int docId) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches == null) {
      return (field, values) -> List.of();
    }
    return (field, values) -> inText(matches.getMatches(field), values);
  }

  private List<TextMatch> inText(MatchesIterator positions, List<String> values) throws IOException {
    List<TextMatch> matches = new ArrayList<>();
    if (positions == null) {
      return matches;
    }
    List<int[]> spans = new ArrayList<>();
    List<BytesRef> spanLabels = new ArrayList<>();
    int last = -1;
    while (positions.next()) {
      spans.add(new int[] {positions.startPosition(), positions.endPosition()});
      spanLabels.add(labels.computeIfAbsent(positions.getQuery(), TextMatch::label));
      last = Math.max(last, positions.endPosition());
    }
    int[][] offsets = offsetsUpTo(last, values);
    int[] starts = offsets[0];
    int[] ends = offsets[1];
    for (int i = 0; i < spans.size(); i++) {
      int start = starts[spans.get(i)[0]];
      int end = ends[spans.get(i)[1]];
      if (start >= 0 && end >= 0) {
        matches.add(new TextMatch(start, end, spanLabels.get(i)));
      }
    }
    matches.sort(null);
    return matches;
  }

  /**
   * Where each word position up to {@code last} starts and ends in the text (-1 for a position
   * with no word), counting positions as the index did: from 0, one a word, and {@link
   * Schema#POSITION_GAP} more between two values.
   */
  private int[][] offsetsUpTo(int last, List<String> values) throws IOException {
    int[] starts = new int[last + 1];
    int[] ends = new int[last + 1];
    Arrays.fill(starts, -1);
    Arrays.fill(ends, -1);
    int position = -1;
    int base = 0;
    for (int v = 0; v < values.size() && position < last; v++) {
      if (v > 0) {
        position += Schema.POSITION_GAP;
      }
      String value = values.get(v);
      words.reset(value);
      while (position < last && words.next()) {
        position++;
        if (words.start() >= 0) {
          starts[position] = base + words.start();
          ends[position] = base + words.end();
        }
      }
      base += value.length() + 1;
    }
    return new int[][] {starts, ends};
  }
}
