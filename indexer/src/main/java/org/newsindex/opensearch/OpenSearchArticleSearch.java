package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsindex.Article;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.RereadMatches;
import org.newsindex.search.PagedArticleSearch;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One article search in OpenSearch: the steps of {@link PagedArticleSearch}, as the local index
 * takes them, with the page of hits in the requested order, highlighted from their text by the
 * shared highlighter, the facet counts, the cursor for the next page, and a respelling from
 * OpenSearch's term suggester.
 *
 * <p>Ties in the order are broken by article id (locally by the order articles were written), so a
 * {@code search_after} cursor always names one place in the list.
 */
final class OpenSearchArticleSearch extends PagedArticleSearch<Hit<Map>> {

  private final OpenSearchConnection connection;
  private final OpenSearchTimeout timeout;
  private final OpenSearchFacets facets;

  OpenSearchArticleSearch(
      OpenSearchConnection connection, SearchRequest request, OpenSearchTimeout timeout) {
    super(request);
    this.connection = connection;
    this.timeout = timeout;
    this.facets = OpenSearchFacets.of(request);
  }

  @Override
  protected Found<Hit<Map>> find(
      org.apache.lucene.search.Query text,
      org.apache.lucene.search.Query indexTerms,
      long fingerprint)
      throws IOException {
    OpenSearchCursor.Position position =
        request.cursor() == null
            ? new OpenSearchCursor.Position(null, request.from())
            : OpenSearchCursor.decode(request.cursor(), request.sort(), fingerprint);
    SearchResponse<Map> response = timeout.send(() -> search(articles(text), facets, position));
    List<Hit<Map>> hits = response.hits().hits();
    long total = response.hits().total().value();
    SearchResult.Facets counts = facets.read(response.aggregations());
    if (request.collapse()) {
      // One more story than the page was asked for: it tells whether another page follows.
      boolean more = hits.size() > request.size();
      return new Found<>(
          more ? hits.subList(0, request.size()) : hits, position.rank(), total, counts, more);
    }
    return new Found<>(hits, position.rank(), total, counts);
  }

  @Override
  protected String cursorAfter(Hit<Map> last, long fingerprint, int rank) {
    return OpenSearchCursor.encode(request.sort(), fingerprint, last.sort(), rank);
  }

  private SearchResponse<Map> search(
      Query articles, OpenSearchFacets facets, OpenSearchCursor.Position position)
      throws IOException {
    return connection
        .client()
        .search(
            s -> {
              s.index(connection.index())
                  .query(articles)
                  .size(request.size())
                  .sort(sort())
                  .trackScores(true) // date orders report scores too, as locally
                  .trackTotalHits(t -> t.enabled(true)) // people read "total" as exact
                  .source(src -> src.filter(f -> f.includes(OpenSearchSchema.ARTICLE_HIT_SOURCE)))
                  .aggregations(facets.aggregations())
                  .timeout(timeout.parameter());
              facets.selection().ifPresent(s::postFilter);
              if (request.collapse()) {
                // Collapsed pages are found by rank: OpenSearch collapses with from, not after.
                s.collapse(c -> c.field(Schema.STORY)).from(position.rank()).size(request.size() + 1);
              } else if (position.after() == null) {
                s.from(request.from());
              } else {
                s.searchAfter(position.after());
              }
              return s;
            },
            Map.class);
  }

  /** The articles the text matches within the date range, before facet filters. */
  private Query articles(org.apache.lucene.search.Query text) {
    List<Query> filters = new ArrayList<>(2);
    filters.add(OpenSearchQueries.kind(Schema.ARTICLE));
    if (request.dateFrom() != null || request.dateTo() != null) {
      filters.add(OpenSearchQueries.dateRange(request.dateFrom(), request.dateTo()));
    }
    Query words = OpenSearchQueries.translate(text);
    return Query.of(q -> q.bool(b -> b.must(words).filter(filters)));
  }

  /** The requested order, then the article id, so that every hit has a place of its own. */
  private List<SortOptions> sort() {
    SortOptions first =
        switch (request.sort()) {
          case RELEVANCE -> OpenSearchQueries.byScore();
          case NEWEST -> OpenSearchQueries.byDate(true);
          case OLDEST -> OpenSearchQueries.byDate(false);
        };
    return List.of(first, OpenSearchQueries.byField(Schema.ID));
  }

  @Override
  protected SearchResult.Suggestion respell(long total) throws IOException {
    return new OpenSearchSpelling(connection).suggest(request.query(), total, respelt -> {
      Query articles = articles(UserQueryParser.parse(respelt, Schema.ARTICLE_FIELDS));
      Query filtered =
          facets
              .selection()
              .map(selection -> Query.of(q -> q.bool(b -> b.must(articles).filter(selection))))
              .orElse(articles);
      return connection.client().count(c -> c.index(connection.index()).query(filtered)).count();
    });
  }

  @Override
  protected List<SearchResult.Hit> hits(
      org.apache.lucene.search.Query indexTerms, List<Hit<Map>> page) throws IOException {
    HitHighlighter highlighter = new HitHighlighter(indexTerms);
    RereadMatches matches = new RereadMatches(indexTerms);
    List<SearchResult.Hit> hits = new ArrayList<>(page.size());
    for (Hit<Map> hit : page) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      Article article = OpenSearchSchema.article(source, List.of());
      HitHighlighter.Highlights highlights =
          highlighter.highlight(matches, article.headline(), article.paragraphs());
      Double score = hit.score();
      hits.add(
          new SearchResult.Hit(
              article.id(),
              article.headline(),
              highlights.headlineHtml(),
              article.date(),
              article.source(),
              article.speakers(),
              score == null || score.isNaN() ? 0f : score.floatValue(),
              highlights.snippets(),
              OpenSearchSchema.storySize(source) - 1));
    }
    return hits;
  }
}
