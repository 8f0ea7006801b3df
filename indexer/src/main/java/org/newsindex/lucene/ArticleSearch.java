package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.newsindex.FacetCount;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SortOrder;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.search.Cursor;
import org.newsindex.search.PagedArticleSearch;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.newsindex.search.SpeakerNames;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;

/**
 * One article search over the local index: the steps of {@link PagedArticleSearch}, with the page
 * of hits in the requested order, the facet counts, the cursor for the next page, highlights from
 * the matches' positions, and a respelling from the index's own words.
 *
 * <p>Without facet filters, one pass over the matches counts them, counts their facet values
 * ({@link FacetCounter}) and ranks them: the exact total visits every match anyway, and a second
 * pass that skips uncompetitive hits costs more than scoring them in the first (a fifth less CPU
 * per search on 200,000 articles). Facet filters are drill-downs counted sideways in one pass, so
 * that a facet's own filter does not hide its other values. The date range filters everything,
 * facets included.
 */
final class ArticleSearch extends PagedArticleSearch<ScoreDoc> {

  /** Counts every match: no hit is skipped, so the total is exact. */
  private static final int EXACT_TOTAL = Integer.MAX_VALUE;

  private static final Sort NEWEST = dateSort(true);
  private static final Sort OLDEST = dateSort(false);

  private final FacetedSearcher searcher;
  private final SpellingSuggester speller;

  ArticleSearch(FacetedSearcher searcher, SearchRequest request, SpellingSuggester speller) {
    super(request);
    this.searcher = searcher;
    this.speller = speller;
  }

  @Override
  protected Found<ScoreDoc> find(Query words, Query text, long fingerprint) throws IOException {
    Cursor.Position position =
        request.cursor() == null
            ? new Cursor.Position(null, request.from())
            : Cursor.decode(request.cursor(), request.sort(), fingerprint);
    // Collapsed pages are found by rank, one more story than the page telling whether more follow.
    int collect =
        request.collapse()
            ? position.rank() + request.size() + 1
            : request.cursor() == null ? request.from() + request.size() : request.size();

    TopDocs top;
    SearchResult.Facets facets;
    FacetOrdinals ordinals = searcher.facetOrdinals();
    if (ordinals == null) {
      // No article has a facet value: nothing to count.
      top = searcher.search(filtered(text), collector(collect, position.after()));
      facets = SearchResult.Facets.NONE;
    } else if (!hasFacetFilter()) {
      Object[] rankedAndCounted =
          searcher.search(
              filtered(text),
              new MultiCollectorManager(
                  collector(collect, position.after()), new FacetCounter(ordinals)));
      top = (TopDocs) rankedAndCounted[0];
      facets = facets(((FacetCounter.Counts) rankedAndCounted[1])::top);
    } else {
      // Drill-sideways scoring cannot run under the searcher's timeout; collection checks it.
      SortedSetDocValuesReaderState state = ordinals.state();
      DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result =
          drillSideways(
              new DrillSideways(searcher.untimed(), ArticleDocuments.facetsConfig(), state),
              drillDown(text),
              new DeadlineCollectorManager<>(
                  collector(collect, position.after()), searcher.deadline()));
      top = result.collectorResult;
      facets = facets((dimension, n) -> top(result.facets, state, dimension, n));
    }
    long total = top.totalHits.value();
    if (request.collapse()) {
      int end = position.rank() + request.size();
      ScoreDoc[] page = Page.of(top, position.rank(), end);
      populateScores(page, text);
      return new Found<>(Arrays.asList(page), position.rank(), total, facets,
          top.scoreDocs.length > end);
    }
    ScoreDoc[] page = request.cursor() == null ? Page.of(top, request.from()) : top.scoreDocs;
    populateScores(page, text);
    return new Found<>(Arrays.asList(page), position.rank(), total, facets);
  }

  /** Hits ordered by date get their relevance scores too, as a search by relevance reports. */
  private void populateScores(ScoreDoc[] page, Query text) throws IOException {
    if (request.sort() != SortOrder.RELEVANCE) {
      TopFieldCollector.populateScores(page, searcher, text);
    }
  }

  @Override
  protected String cursorAfter(ScoreDoc last, long fingerprint, int rank) {
    return Cursor.encode(request.sort(), fingerprint, last, rank);
  }

  /** The articles the text matches within the date range, before facet filters. */
  private Query articles(Query text) {
    Query articles = ArticleDocuments.ofKind(Schema.ARTICLE, text);
    if (request.dateFrom() == null && request.dateTo() == null) {
      return articles;
    }
    return new BooleanQuery.Builder()
        .add(articles, BooleanClause.Occur.MUST)
        .add(
            ArticleDocuments.dateRange(request.dateFrom(), request.dateTo()),
            BooleanClause.Occur.FILTER)
        .build();
  }

  /** The articles that match the text and every filter, as a plain query (no sideways counts). */
  private Query filtered(Query text) {
    if (searcher.facetOrdinals() == null) {
      // No article has a facet value yet, so any facet filter matches nothing.
      return hasFacetFilter() ? new MatchNoDocsQuery("no facets") : articles(text);
    }
    return drillDown(text);
  }

  private DrillDownQuery drillDown(Query text) {
    DrillDownQuery query = new DrillDownQuery(ArticleDocuments.facetsConfig(), articles(text));
    if (!request.speakers().isEmpty()) {
      query.add(Schema.SPEAKERS_FACET, anySpeaker(request.speakers()));
    }
    for (String source : request.sources()) {
      query.add(Schema.SOURCE_FACET, source);
    }
    for (int year : request.years()) {
      query.add(Schema.YEAR_FACET, String.valueOf(year));
    }
    return query;
  }

  /** Articles that quote any of these people, their names matched ignoring case and accents. */
  private static Query anySpeaker(List<String> speakers) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String speaker : speakers) {
      any.add(
          new TermQuery(new Term(Schema.SPEAKERS_KEY, SpeakerNames.key(speaker))),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private boolean hasFacetFilter() {
    return !request.speakers().isEmpty()
        || !request.sources().isEmpty()
        || !request.years().isEmpty();
  }

  /**
   * Collects the top hits in the requested order after a position, or the best hit of each top
   * story, counting every match.
   */
  private CollectorManager<?, ? extends TopDocs> collector(int numHits, ScoreDoc after) {
    if (request.collapse()) {
      return new TopStories(Schema.STORY, request.sort(), numHits);
    }
    return switch (request.sort()) {
      case RELEVANCE -> new TopScoreDocCollectorManager(numHits, after, EXACT_TOTAL);
      case NEWEST -> new TopFieldCollectorManager(NEWEST, numHits, (FieldDoc) after, EXACT_TOTAL);
      case OLDEST -> new TopFieldCollectorManager(OLDEST, numHits, (FieldDoc) after, EXACT_TOTAL);
    };
  }

  /** The most frequent values of a facet dimension, from whichever counts a search made. */
  @FunctionalInterface
  private interface TopValues {
    List<FacetCount> top(String dimension, int n) throws IOException;
  }

  /** The counts a result shows of each facet. */
  private static SearchResult.Facets facets(TopValues counts) throws IOException {
    return new SearchResult.Facets(
        counts.top(Schema.SPEAKERS_FACET, SearchRules.FACET_VALUES),
        counts.top(Schema.SOURCE_FACET, SearchRules.FACET_VALUES),
        counts.top(Schema.YEAR_FACET, SearchRules.YEAR_VALUES));
  }

  /** Binds the collector's result type, which differs by sort order. */
  private static <R extends TopDocs> DrillSideways.ConcurrentDrillSidewaysResult<R> drillSideways(
      DrillSideways sideways, DrillDownQuery query, CollectorManager<?, R> collector)
      throws IOException {
    return sideways.search(query, collector);
  }

  @Override
  protected SearchResult.Suggestion respell(long total) throws IOException {
    return speller.suggest(searcher.getIndexReader(), request.query(), total,
        respelt -> searcher.count(filtered(
            WordForms.toIndexTerms(UserQueryParser.parse(respelt, Schema.ARTICLE_FIELDS)))));
  }

  @Override
  protected List<SearchResult.Hit> hits(Query text, List<ScoreDoc> page) throws IOException {
    HitHighlighter highlighter = new HitHighlighter(text);
    List<IndexedMatches.HitMatches> matches =
        new IndexedMatches(searcher, text).of(page.stream().mapToInt(hit -> hit.doc).toArray());
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      ScoreDoc hit = page.get(i);
      // One read of the stored document serves the hit and its highlights.
      Document doc = stored.document(hit.doc, ArticleDocuments.highlightedHitFields());
      List<String> paragraphs = List.of(doc.getValues(Schema.PARAGRAPHS));
      HitHighlighter.Highlights highlights =
          highlighter.highlight(
              matches.get(i).withParagraphWords(ParagraphWords.of(doc, paragraphs.size())),
              doc.get(Schema.HEADLINE),
              paragraphs);
      hits.add(
          new SearchResult.Hit(
              doc.get(Schema.ID),
              doc.get(Schema.HEADLINE),
              highlights.headlineHtml(),
              ArticleDocuments.date(doc),
              doc.get(Schema.SOURCE),
              List.of(doc.getValues(Schema.SPEAKERS)),
              Float.isNaN(hit.score) ? 0f : hit.score,
              highlights.snippets(),
              StoryHits.duplicates(searcher.getIndexReader(), hit.doc)));
    }
    return hits;
  }

  private static List<FacetCount> top(
      Facets facets, SortedSetDocValuesReaderState state, String dimension, int count)
      throws IOException {
    if (state.getOrdRange(dimension) == null) {
      return List.of(); // no article has this facet at all
    }
    FacetResult result = facets.getTopChildren(count, dimension);
    if (result == null) {
      return List.of();
    }
    List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue value : result.labelValues) {
      counts.add(new FacetCount(value.label, value.value.longValue()));
    }
    return counts;
  }

  /** By date, then by index order; undated articles last either way. */
  private static Sort dateSort(boolean newestFirst) {
    SortField date =
        LongField.newSortField(Schema.DATE, newestFirst, SortedNumericSelector.Type.MIN);
    date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }
}
