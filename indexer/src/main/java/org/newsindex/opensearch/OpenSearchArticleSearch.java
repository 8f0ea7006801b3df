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
import org.newsindex.search.Cursor;
import org.newsindex.search.Respelling;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Runs one article search in OpenSearch, as {@link ArticleSearch} runs it locally: the page of hits
 * in the requested order, highlighted by the local highlighter, the facet counts, the cursor for the
 * next page, and a respelling when the query finds little.
 *
 * <p>Ties in the order are broken by article id (locally by the order articles were written), so a
 * {@code search_after} cursor always names one place in the list.
 */
final class OpenSearchArticleSearch {

  private final OpenSearchConnection connection;
  private final SearchRequest request;
  private final OpenSearchTimeout timeout;

  OpenSearchArticleSearch(
      OpenSearchConnection connection, SearchRequest request, OpenSearchTimeout timeout) {
    this.connection = connection;
    this.request = request;
    this.timeout = timeout;
  }

  SearchResult run() throws IOException {
    long started = System.nanoTime();
    long fingerprint = Cursor.fingerprint(request);
    OpenSearchCursor.Position position =
        request.cursor() == null
            ? new OpenSearchCursor.Position(null, request.from())
            : OpenSearchCursor.decode(request.cursor(), request.sort(), fingerprint);
    org.apache.lucene.search.Query text =
        UserQueryParser.parse(request.query(), Schema.ARTICLE_FIELDS);
    OpenSearchFacets facets = OpenSearchFacets.of(request);
    SearchResponse<Map> response = timeout.send(() -> search(articles(text), facets, position));
    List<Hit<Map>> page = response.hits().hits();
    long total = response.hits().total().value();
    int nextRank = position.rank() + page.size();
    String next =
        !page.isEmpty() && nextRank < total
            ? OpenSearchCursor.encode(request.sort(), fingerprint, page.getLast().sort(), nextRank)
            : null;
    SearchResult.Suggestion didYouMean =
        total < Respelling.FEW_HITS ? suggest(total, facets) : null;
    List<SearchResult.Hit> hits = hits(text, page);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(
        request.query(), total, tookMillis, hits, facets.read(response.aggregations()), next,
        didYouMean);
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
              if (position.after() == null) {
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

  private SearchResult.Suggestion suggest(long total, OpenSearchFacets facets) throws IOException {
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

  private List<SearchResult.Hit> hits(org.apache.lucene.search.Query text, List<Hit<Map>> page)
      throws IOException {
    List<Article> articles = new ArrayList<>(page.size());
    for (Hit<Map> hit : page) {
      articles.add(OpenSearchSchema.article(OpenSearchSchema.source(hit.source()), List.of()));
    }
    org.apache.lucene.search.Query indexTerms = WordForms.toIndexTerms(text);
    HitHighlighter highlighter = new HitHighlighter(indexTerms);
    RereadMatches matches = new RereadMatches(indexTerms);
    List<SearchResult.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Article article = articles.get(i);
      HitHighlighter.Highlights highlights =
          highlighter.highlight(matches, article.headline(), article.paragraphs());
      Double score = page.get(i).score();
      hits.add(
          new SearchResult.Hit(
              article.id(),
              article.headline(),
              highlights.headlineHtml(),
              article.date(),
              article.source(),
              article.speakers(),
              score == null || score.isNaN() ? 0f : score.floatValue(),
              highlights.snippets()));
    }
    return hits;
  }
}
