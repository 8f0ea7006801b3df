package org.newsindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlights the text of a page of hits for one query: for an article its whole headline and the
 * best sentence-bounded passages of its body (or, to read it, every paragraph); for a quote its
 * whole text. Every match is marked, a phrase as one span, and the text is escaped.
 *
 * <p>Matches come from reading the hit's own text again ({@link QueryMatcher}), so the index keeps
 * no offsets, and the text is the one the caller already loaded for the hit. Passages are chosen
 * by Lucene's {@link FieldHighlighter}, as its unified highlighter chooses them: sentences merged
 * toward {@value #SNIPPET_TARGET_CHARS} characters around the matches, scored by BM25 over the
 * matches they hold. One instance serves one request; it is not thread-safe.
 */
final class HitHighlighter {

  /** Between two values (paragraphs) of one field in the text passages are chosen from: U+2029. */
  static final char VALUE_SEPARATOR = '\u2029';

  static final int SNIPPETS_PER_HIT = 3;
  static final int SNIPPET_MAX_CHARS = 250;

  /** Sentences are merged or chosen to come close to this length, below the hard maximum. */
  private static final int SNIPPET_TARGET_CHARS = 180;

  /** Where the first match sits in a passage: a third of the way in, as Solr places it. */
  private static final float MATCH_ALIGN_RATIO = 0.33f;

  private static final SnippetFormatter SNIPPET_FORMATTER = new SnippetFormatter(SNIPPET_MAX_CHARS);

  /** Highlighted HTML for one hit; {@code snippets} is empty when the article has no body. */
  record Highlights(String headlineHtml, List<String> snippets) {}

  private final QueryMatcher matcher;
  private final FieldHighlighter snippets;

  /** A highlighter for a query over the index's terms ({@link WordForms#toIndexTerms}). */
  HitHighlighter(Query query) {
    this.matcher = new QueryMatcher(query);
    this.snippets =
        new FieldHighlighter(
            Schema.PARAGRAPHS,
            new Rereading(Schema.PARAGRAPHS, query),
            // Split at the value separator first, so a passage starts and ends in one paragraph.
            new SplittingBreakIterator(
                LengthGoalBreakIterator.createClosestToLength(
                    new SentenceBreakIterator(), SNIPPET_TARGET_CHARS, MATCH_ALIGN_RATIO),
                VALUE_SEPARATOR),
            new PassageScorer(),
            SNIPPETS_PER_HIT,
            1,
            SNIPPET_FORMATTER,
            Comparator.comparingDouble(Passage::getScore)
                .reversed()
                .thenComparingInt(Passage::getStartOffset));
  }

  /** The headline, whole, and the best snippets of the body. */
  Highlights highlight(String headline, List<String> paragraphs) {
    return new Highlights(whole(Schema.HEADLINE, headline), snippets(paragraphs));
  }

  /** The headline and every paragraph, whole: the article to read. */
  ArticleHighlights highlightArticle(String headline, List<String> paragraphs) {
    List<String> marked =
        paragraphs.stream().map(paragraph -> whole(Schema.PARAGRAPHS, paragraph)).toList();
    return new ArticleHighlights(whole(Schema.HEADLINE, headline), marked);
  }

  /** A quote, whole. */
  String highlightQuote(String text) {
    return whole(Schema.QUOTE_TEXT, text);
  }

  /** The text escaped, with every match of the query in the field marked. */
  private String whole(String field, String text) {
    List<QueryMatcher.Match> matches = matcher.matches(field, List.of(text));
    int[] starts = matches.stream().mapToInt(QueryMatcher.Match::start).toArray();
    int[] ends = matches.stream().mapToInt(QueryMatcher.Match::end).toArray();
    StringBuilder html = new StringBuilder(text.length() + 16 * starts.length);
    SnippetFormatter.appendMarked(html, text, 0, text.length(), starts, ends, starts.length);
    return html.toString();
  }

  @SuppressWarnings("unchecked")
  private List<String> snippets(List<String> paragraphs) {
    String body = String.join(String.valueOf(VALUE_SEPARATOR), paragraphs);
    try {
      Object formatted = snippets.highlightFieldForDoc(null, -1, body);
      return formatted == null ? List.of() : (List<String>) formatted;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the matches come from a string, never from a file
    }
  }

  /**
   * The matches of a field, found by {@link QueryMatcher} in the text {@link FieldHighlighter}
   * passes: the values of the field joined by {@link #VALUE_SEPARATOR}.
   */
  private final class Rereading extends FieldOffsetStrategy {

    Rereading(String field, Query query) {
      super(
          new UHComponents(
              field,
              field::equals,
              query,
              new BytesRef[0],
              PhraseHelper.NONE,
              new LabelledCharArrayMatcher[0],
              false,
              EnumSet.noneOf(UnifiedHighlighter.HighlightFlag.class)));
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
      return UnifiedHighlighter.OffsetSource.ANALYSIS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) {
      List<String> values = Arrays.asList(content.split(String.valueOf(VALUE_SEPARATOR), -1));
      return new MatchList(matcher.matches(getField(), values));
    }
  }

  /** Matches in text order, as the highlighter reads them; each counts once. */
  private static final class MatchList extends OffsetsEnum {
    private final List<QueryMatcher.Match> matches;
    private int at = -1;

    MatchList(List<QueryMatcher.Match> matches) {
      this.matches = matches;
    }

    @Override
    public boolean nextPosition() {
      return ++at < matches.size();
    }

    @Override
    public int freq() {
      return 1;
    }

    @Override
    public BytesRef getTerm() {
      return matches.get(at).label();
    }

    @Override
    public int startOffset() {
      return matches.get(at).start();
    }

    @Override
    public int endOffset() {
      return matches.get(at).end();
    }
  }
}
