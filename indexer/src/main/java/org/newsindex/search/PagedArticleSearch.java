package org.newsindex.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;

/**
 * One article search, in the steps every backend takes in the same order: parse the query, find a
 * page of hits at the request's position, name the position after it, respell a query that finds
 * little, and build the hits. A backend supplies only how it finds, places and shows hits.
 *
 * @param <H> a hit as the backend found it
 */
public abstract class PagedArticleSearch<H> {

  /**
   * A page of hits and what the search counted.
   *
   * @param rank how many hits (stories, when they collapse) of the whole list come before the page
   * @param more whether a page follows this one
   */
  public record Found<H>(
      List<H> page, int rank, long total, SearchResult.Facets facets, boolean more) {

    /** A page of a list that is {@code total} hits long: one per matching article. */
    public Found(List<H> page, int rank, long total, SearchResult.Facets facets) {
      this(page, rank, total, facets, rank + page.size() < total);
    }
  }

  protected final SearchRequest request;

  protected PagedArticleSearch(SearchRequest request) {
    this.request = request;
  }

  /** Runs the search. */
  public final SearchResult run() throws IOException {
    long started = System.nanoTime();
    long fingerprint = Cursor.fingerprint(request);
    Query text = UserQueryParser.parse(request.query(), Schema.ARTICLE_FIELDS);
    Query indexTerms = WordForms.toIndexTerms(text);
    Found<H> found = find(text, indexTerms, fingerprint);
    List<H> page = found.page();
    int nextRank = found.rank() + page.size();
    String next =
        !page.isEmpty() && found.more() ? cursorAfter(page.getLast(), fingerprint, nextRank) : null;
    SearchResult.Suggestion didYouMean =
        found.total() < Respelling.FEW_HITS ? respell(found.total()) : null;
    List<SearchResult.Hit> hits = hits(indexTerms, page);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(
        request.query(), found.total(), tookMillis, hits, found.facets(), next, didYouMean);
  }

  /**
   * Finds the page the request asks for: after its cursor, or from its rank.
   *
   * @param text        the query as the user wrote it, over the article fields
   * @param indexTerms  the same query over the terms the index holds ({@link WordForms})
   * @param fingerprint what the request's cursor must have been made for ({@link Cursor})
   */
  protected abstract Found<H> find(Query text, Query indexTerms, long fingerprint)
      throws IOException;

  /** The cursor that continues after {@code last}, the hit at {@code rank - 1}. */
  protected abstract String cursorAfter(H last, long fingerprint, int rank);

  /** A better spelling of the request's query, or {@code null}; asked when it finds little. */
  protected abstract SearchResult.Suggestion respell(long total) throws IOException;

  /** The page's hits, highlighted. */
  protected abstract List<SearchResult.Hit> hits(Query indexTerms, List<H> page)
      throws IOException;
}
