package org.newsindex.highlight;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.newsindex.ArticleHighlights;
import org.newsindex.search.Schema;
import org.newsindex.search.WordForms;

/**
 * Highlights the text of a page of hits for one query: for an article its whole headline and the
 * best sentence-bounded passages of its body (or, to read it, every paragraph); for a quote its
 * whole text. Every match is marked, a phrase as one span, and the text is escaped.
 *
 * <p>The caller says where the query matches in each hit's text ({@link TextMatches}) and gives
 * the text it already loaded for the hit. Passages are chosen
 * by Lucene's {@link FieldHighlighter}, as its unified highlighter chooses them: sentences merged
 * toward {@value #SNIPPET_TARGET_CHARS} characters around the matches, scored by BM25 over the
 * matches they hold. One instance serves one request; it is not thread-safe.
 */
public final class HitHighlighter {

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
  public record Highlights(String headlineHtml, List<String> snippets) {}

  private final FieldHighlighter snippets;

  /** The matches of the hit being highlighted, and the paragraphs they are found in. */
  private TextMatches matches;

  private List<String> paragraphs;

  /** A highlighter for a query over the index's terms ({@link WordForms#toIndexTerms}). */
  public HitHighlighter(Query query) {
    this.snippets =
        new FieldHighlighter(
            Schema.PARAGRAPHS,
            new GivenMatches(Schema.PARAGRAPHS, query),
            // Split at the value separator first, so a passage starts and ends in one paragraph.
            new SplittingBreakIterator(
                LengthGoalBreakIterator.createClosestToLength(
                    new SentenceBreakIterator(), SNIPPET_TARGET_CHARS, MATCH_ALIGN_RATIO),
                VALUE_SEPARATOR),
            new PassageScoring(),
            SNIPPETS_PER_HIT,
            1,
            SNIPPET_FORMATTER,
            Comparator.comparingDouble(Passage::getScore)
                .reversed()
                .thenComparingInt(Passage::getStartOffset));
  }

  /** The headline, whole, and the best snippets of the body. */
  public Highlights highlight(TextMatches hit, String headline, List<String> paragraphs)
      throws IOException {
    return new Highlights(whole(hit, Schema.HEADLINE, headline), snippets(hit, paragraphs));
  }

  /** The headline and every paragraph, whole: the article to read. */
  public static ArticleHighlights highlightArticle(
      TextMatches hit, String headline, List<String> paragraphs) throws IOException {
    List<TextMatch> body = hit.in(Schema.PARAGRAPHS, paragraphs);
    List<String> marked = new ArrayList<>(paragraphs.size());
    int start = 0;
    for (String paragraph : paragraphs) {
      int end = start + paragraph.length();
      List<TextMatch> inParagraph = new ArrayList<>();
      for (TextMatch match : body) {
        if (match.start() >= start && match.end() <= end) {
          inParagraph.add(new TextMatch(match.start() - start, match.end() - start, match.label()));
        }
      }
      marked.add(marked(paragraph, inParagraph));
      start = end + 1;
    }
    return new ArticleHighlights(whole(hit, Schema.HEADLINE, headline), marked);
  }

  /** A quote, whole. */
  public static String highlightQuote(TextMatches hit, String text) throws IOException {
    return whole(hit, Schema.QUOTE_TEXT, text);
  }

  /** The text escaped, with every match of the query in the field marked. */
  private static String whole(TextMatches hit, String field, String text) throws IOException {
    return marked(text, hit.in(field, List.of(text)));
  }

  private static String marked(String text, List<TextMatch> matches) {
    int[] starts = matches.stream().mapToInt(TextMatch::start).toArray();
    int[] ends = matches.stream().mapToInt(TextMatch::end).toArray();
    StringBuilder html = new StringBuilder(text.length() + 16 * starts.length);
    SnippetFormatter.appendMarked(html, text, 0, text.length(), starts, ends, starts.length);
    return html.toString();
  }

  @SuppressWarnings("unchecked")
  private List<String> snippets(TextMatches hit, List<String> paragraphs) throws IOException {
    String body = String.join(String.valueOf(VALUE_SEPARATOR), paragraphs);
    this.matches = hit;
    this.paragraphs = paragraphs;
    Object formatted = snippets.highlightFieldForDoc(null, -1, body);
    return formatted == null ? List.of() : (List<String>) formatted;
  }

  /**
   * The matches of the body of the hit being highlighted, in the text {@link FieldHighlighter}
   * passes: its paragraphs joined by {@link #VALUE_SEPARATOR}.
   */
  private final class GivenMatches extends FieldOffsetStrategy {

    GivenMatches(String field, Query query) {
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
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      return new MatchList(matches.in(getField(), paragraphs));
    }
  }

  /** Matches in text order, as the highlighter reads them; each counts once. */
  private static final class MatchList extends OffsetsEnum {
    private final List<TextMatch> matches;
    private int at = -1;

    MatchList(List<TextMatch> matches) {
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
