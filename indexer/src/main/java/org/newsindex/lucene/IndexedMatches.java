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
 * Finds a query's matches in the hits of a local index: the positions of each match in the index
 * (a phrase as one match), as Lucene's matches API names them, read for a whole page at once
 * ({@link PagePositions}), and counting the words of the hit's text turns those into characters.
 * The index needs no offsets, and the text is only split into words, never analysed again: up to
 * the last match, and, where the article stores how many words each paragraph holds ({@link
 * ParagraphWords}), only in the paragraphs that hold a match. One instance serves one request's
 * hits, in one thread.
 */
final class IndexedMatches {

  /** Splits the hit's text into words as the index's tokenizer did: the n-th at position n. */
  private final StandardWords words = new StandardWords();

  private final IndexSearcher searcher;
  private final Query query;

  /** The page reader of the query, or {@code null} when the matches API must serve it. */
  private final PagePositions pages;

  private final Map<Query, BytesRef> labels = new HashMap<>();

  /** Made on first use: only a query that {@link PagePositions} does not know needs it. */
  private Weight weight;

  /** Matches of a query over the index's terms ({@link WordForms#toIndexTerms}). */
  IndexedMatches(IndexSearcher searcher, Query query) throws IOException {
    this.searcher = searcher;
    this.query = searcher.rewrite(query);
    this.pages = PagePositions.of(this.query);
  }

  /** The matches in each of a page of hits, documents of the searcher's index, in their order. */
  List<HitMatches> of(int... docIds) throws IOException {
    List<HitMatches> hits = new ArrayList<>(docIds.length);
    if (pages != null) {
      for (Map<String, List<PagePositions.Span>> byField :
          pages.in(searcher.getIndexReader(), docIds)) {
        hits.add(new HitMatches(field -> byField.getOrDefault(field, List.of())));
      }
      return hits;
    }
    for (int docId : docIds) {
      hits.add(byMatchesApi(docId));
    }
    return hits;
  }

  /**
   * The matches in one hit. As a {@link TextMatches}, it splits a field's values into words from
   * the first up to its last match; {@link #withParagraphWords} skips the paragraphs it has none in.
   */
  final class HitMatches implements TextMatches {
    private final SpansOf spans;

    private HitMatches(SpansOf spans) {
      this.spans = spans;
    }

    @Override
    public List<TextMatch> in(String field, List<String> values) throws IOException {
      return inText(spans.in(field), values, null);
    }

    /**
     * The same matches, found knowing how many words each paragraph holds ({@link
     * ParagraphWords}), or as {@link #in} finds them when that is not known ({@code null}) or
     * does not fit the paragraphs.
     */
    TextMatches withParagraphWords(int[] paragraphWords) {
      return (field, values) ->
          inText(spans.in(field), values, Schema.PARAGRAPHS.equals(field) ? paragraphWords : null);
    }
  }

  /** The positions of a hit's matches in a field. */
  @FunctionalInterface
  private interface SpansOf {
    List<PagePositions.Span> in(String field) throws IOException;
  }

  /** The matches in one hit, from Lucene's matches API: any query, one hit at a time. */
  private HitMatches byMatchesApi(int docId) throws IOException {
    if (weight == null) {
      weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    if (matches == null) {
      return new HitMatches(field -> List.of());
    }
    return new HitMatches(field -> spans(matches.getMatches(field)));
  }

  private List<PagePositions.Span> spans(MatchesIterator positions) throws IOException {
    List<PagePositions.Span> spans = new ArrayList<>();
    while (positions != null && positions.next()) {
      spans.add(
          new PagePositions.Span(
              positions.startPosition(),
              positions.endPosition(),
              labels.computeIfAbsent(positions.getQuery(), TextMatch::label)));
    }
    return spans;
  }

  private List<TextMatch> inText(
      List<PagePositions.Span> spans, List<String> values, int[] valueWords) throws IOException {
    List<TextMatch> matches = new ArrayList<>(spans.size());
    int last = -1;
    for (PagePositions.Span span : spans) {
      last = Math.max(last, span.end());
    }
    boolean wordsFit = valueWords != null && valueWords.length == values.size();
    int[][] offsets = offsetsUpTo(last, values, wordsFit ? valueWords : null, spans);
    int[] starts = offsets[0];
    int[] ends = offsets[1];
    for (PagePositions.Span span : spans) {
      int start = starts[span.start()];
      int end = ends[span.end()];
      if (start >= 0 && end >= 0) {
        matches.add(new TextMatch(start, end, span.label()));
      }
    }
    matches.sort(null);
    return matches;
  }

  /**
   * Where each word position up to {@code last} starts and ends in the text (-1 for a position
   * with no word), counting positions as the index did: from 0, one a word, and {@link
   * Schema#POSITION_GAP} more between two values. A value no span stands in is skipped unread when
   * {@code valueWords} (or {@code null}) says how many words it holds.
   */
  private int[][] offsetsUpTo(
      int last, List<String> values, int[] valueWords, List<PagePositions.Span> spans)
      throws IOException {
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
      if (valueWords != null && !anyBetween(spans, position + 1, position + valueWords[v])) {
        position += valueWords[v];
      } else {
        words.reset(value);
        while (position < last && words.next()) {
          position++;
          if (words.start() >= 0) {
            starts[position] = base + words.start();
            ends[position] = base + words.end();
          }
        }
      }
      base += value.length() + 1;
    }
    return new int[][] {starts, ends};
  }

  /** Whether a span starts or ends between two positions, both included. */
  private static boolean anyBetween(List<PagePositions.Span> spans, int first, int last) {
    for (PagePositions.Span span : spans) {
      if (span.start() >= first && span.start() <= last
          || span.end() >= first && span.end() <= last) {
        return true;
      }
    }
    return false;
  }
}
