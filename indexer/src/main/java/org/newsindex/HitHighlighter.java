package org.newsindex;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights search hits: for an article the whole headline and the best sentence-bounded passages
 * of the body; for a quote its whole text.
 *
 * <p>Offsets come from the postings, so nothing is re-analysed. Weight matches make a matched
 * phrase one span. Phrases match on the {@code .exact} fields, which are masked onto the stored
 * fields they shadow so their matches are marked in the stored text.
 */
final class HitHighlighter extends UnifiedHighlighter {

  /** The character the highlighter puts between two values (paragraphs) of one field. */
  static final char VALUE_SEPARATOR = MULTIVAL_SEP_CHAR;

  static final int SNIPPETS_PER_HIT = 3;
  static final int SNIPPET_MAX_CHARS = 250;

  /** Sentences are merged or chosen to come close to this length, below the hard maximum. */
  private static final int SNIPPET_TARGET_CHARS = 180;

  /** Where the first match sits in a passage: a third of the way in, as Solr places it. */
  private static final float MATCH_ALIGN_RATIO = 0.33f;

  /** Long articles are highlighted to their end: the default 10,000 would miss late matches. */
  private static final int MAX_ANALYZED_CHARS = Integer.MAX_VALUE - 1;

  private static final PassageFormatter WHOLE_FORMATTER = new SnippetFormatter(Integer.MAX_VALUE);
  private static final PassageFormatter SNIPPET_FORMATTER = new SnippetFormatter(SNIPPET_MAX_CHARS);

  private static final PassageFormatter WHOLE_TEXT_FORMATTER = new WholeTextFormatter();

  /** Highlighted HTML for one hit; {@code snippets} is empty when the article has no body. */
  record Highlights(String headlineHtml, List<String> snippets) {}

  /** True to mark the whole body, paragraph by paragraph, instead of choosing snippets. */
  private final boolean wholeText;

  /** A highlighter that shows the body of each hit as its best snippets. */
  HitHighlighter(IndexSearcher searcher) {
    this(searcher, false);
  }

  private HitHighlighter(IndexSearcher searcher, boolean wholeText) {
    super(
        UnifiedHighlighter.builder(searcher, Schema.analyzer())
            .withWeightMatches(true)
            .withMaxLength(MAX_ANALYZED_CHARS)
            .withMaxNoHighlightPassages(1)
            .withMaskedFieldsFunc(HitHighlighter::exactTwin)
            .withPassageSortComparator(
                Comparator.comparingDouble(Passage::getScore)
                    .reversed()
                    .thenComparingInt(Passage::getStartOffset)));
    this.wholeText = wholeText;
  }

  /** A highlighter that marks the whole body of an article, for reading it. */
  static HitHighlighter wholeText(IndexSearcher searcher) {
    return new HitHighlighter(searcher, true);
  }

  /** Highlights one whole article: its headline and every paragraph. */
  ArticleHighlights highlightArticle(Query query, int docId) throws IOException {
    int[] docIds = {docId};
    // Every paragraph with a match must come back; the highlighter only compares against this
    // bound (its queue starts small), so no count of the paragraphs is needed.
    int[] passages = {1, Integer.MAX_VALUE - 1};
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(
            new String[] {Schema.HEADLINE, Schema.PARAGRAPHS}, query, docIds, passages);
    List<String> body = snippets(byField.get(Schema.PARAGRAPHS)[0]);
    return new ArticleHighlights(first(byField.get(Schema.HEADLINE)[0]), body);
  }

  /** Highlights the given documents, in the order given, for a query. */
  Highlights[] highlight(Query query, int[] docIds) throws IOException {
    String[] fields = {Schema.HEADLINE, Schema.PARAGRAPHS};
    int[] passages = {1, SNIPPETS_PER_HIT};
    Map<String, Object[]> byField = highlightFieldsAsObjects(fields, query, docIds, passages);
    Object[] headlines = byField.get(Schema.HEADLINE);
    Object[] bodies = byField.get(Schema.PARAGRAPHS);
    Highlights[] result = new Highlights[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      result[i] = new Highlights(first(headlines[i]), snippets(bodies[i]));
    }
    return result;
  }

  /** Highlights the given quote documents, in the order given: each whole quote as HTML. */
  String[] highlightQuotes(Query query, int[] docIds) throws IOException {
    Object[] quotes =
        highlightFieldsAsObjects(new String[] {Schema.QUOTE_TEXT}, query, docIds, new int[] {1})
            .get(Schema.QUOTE_TEXT);
    String[] result = new String[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      result[i] = first(quotes[i]);
    }
    return result;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    if (isShownWhole(field)) {
      return new WholeBreakIterator();
    }
    if (wholeText) {
      return new SplittingBreakIterator(new WholeBreakIterator(), VALUE_SEPARATOR);
    }
    // Split at the value separator first, so a passage starts and ends inside one paragraph.
    BreakIterator sentences =
        new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), VALUE_SEPARATOR);
    return LengthGoalBreakIterator.createClosestToLength(
        sentences, SNIPPET_TARGET_CHARS, MATCH_ALIGN_RATIO);
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    if (isShownWhole(field)) {
      return WHOLE_FORMATTER;
    }
    return wholeText ? WHOLE_TEXT_FORMATTER : SNIPPET_FORMATTER;
  }

  /** Headlines and quotes are short enough to show whole; bodies are shown as snippets. */
  private static boolean isShownWhole(String field) {
    return Schema.HEADLINE.equals(field) || Schema.QUOTE_TEXT.equals(field);
  }

  private static Set<String> exactTwin(String field) {
    String exact = Schema.EXACT_FIELDS.get(field);
    return exact == null ? Set.of() : Set.of(exact);
  }

  @SuppressWarnings("unchecked")
  private static List<String> snippets(Object formatted) {
    return formatted == null ? List.of() : (List<String>) formatted;
  }

  private static String first(Object formatted) {
    List<String> snippets = snippets(formatted);
    return snippets.isEmpty() ? "" : snippets.get(0);
  }
}
