package org.newsindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.StoredFields;

/**
 * Runs one article search: the ranked page with highlights, and the facet counts. Filters are
 * drill-downs, counted sideways, so that a facet's own filter does not hide its other values.
 */
final class ArticleSearch {

  /** How many values of each facet a result lists. */
  static final int FACET_VALUES = 10;

  private final FacetedSearcher searcher;
  private final SearchRequest request;
  private final Query text;

  ArticleSearch(FacetedSearcher searcher, SearchRequest request) {
    this.searcher = searcher;
    this.request = request;
    this.text = UserQueryParser.parse(request.query(), Schema.ARTICLE_FIELDS);
  }

  SearchResult run() throws IOException {
    long started = System.nanoTime();
    Query articles =
        new BooleanQuery.Builder()
            .add(text, BooleanClause.Occur.MUST)
            .add(Schema.kind(Schema.ARTICLE), BooleanClause.Occur.FILTER)
            .build();
    // Count every match: people read "total" as exact, and news indexes are small enough.
    TopScoreDocCollectorManager ranked =
        new TopScoreDocCollectorManager(request.from() + request.size(), Integer.MAX_VALUE);
    TopDocs top;
    SearchResult.Facets facets;
    SortedSetDocValuesReaderState state = searcher.facetState();
    if (state == null) {
      // No article has a facet value yet, so a facet filter matches nothing.
      top = searcher.search(request.speakers().isEmpty() ? articles : new MatchNoDocsQuery(), ranked);
      facets = SearchResult.Facets.NONE;
    } else {
      DrillDownQuery filtered = new DrillDownQuery(Schema.facetsConfig(), articles);
      for (String speaker : request.speakers()) {
        filtered.add(Schema.SPEAKERS_FACET, speaker);
      }
      DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> result =
          new DrillSideways(searcher, Schema.facetsConfig(), state).search(filtered, ranked);
      top = result.collectorResult;
      facets = new SearchResult.Facets(top(result.facets, state, Schema.SPEAKERS_FACET));
    }
    ScoreDoc[] page = Page.of(top, request.from());
    List<SearchResult.Hit> hits = hits(page);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(request.query(), top.totalHits.value(), tookMillis, hits, facets);
  }

  private List<SearchResult.Hit> hits(ScoreDoc[] page) throws IOException {
    int[] docIds = Page.docIds(page);
    HitHighlighter.Highlights[] highlights = new HitHighlighter(searcher).highlight(text, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(docIds[i], Schema.hitFields());
      hits.add(
          new SearchResult.Hit(
              doc.get(Schema.ID),
              doc.get(Schema.HEADLINE),
              highlights[i].headlineHtml(),
              Schema.date(doc),
              doc.get(Schema.SOURCE),
              List.of(doc.getValues(Schema.SPEAKERS)),
              page[i].score,
              highlights[i].snippets()));
    }
    return hits;
  }

  private static List<FacetCount> top(
      Facets facets, SortedSetDocValuesReaderState state, String dimension) throws IOException {
    if (state.getOrdRange(dimension) == null) {
      return List.of(); // no article has this facet at all
    }
    FacetResult result = facets.getTopChildren(FACET_VALUES, dimension);
    if (result == null) {
      return List.of();
    }
    List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue value : result.labelValues) {
      counts.add(new FacetCount(value.label, value.value.longValue()));
    }
    return counts;
  }
}
