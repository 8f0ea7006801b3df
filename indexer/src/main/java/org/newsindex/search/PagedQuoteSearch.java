package org.newsindex.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;

/**
 * One quote search, in the steps every backend takes: read the request's words, find a page of
 * quotes (ranked by the words, or most recent first for a speaker alone), and build the hits. A
 * backend supplies only how it finds and shows quotes.
 *
 * @param <H> a quote as the backend found it
 */
public abstract class PagedQuoteSearch<H> {

  /** A page of quotes and how many quotes match in all. */
  public record Found<H>(List<H> page, long total) {}

  protected final QuoteSearchRequest request;

  protected PagedQuoteSearch(QuoteSearchRequest request) {
    this.request = request;
  }

  /** Runs the search. */
  public final QuoteSearchResult run() throws IOException {
    long started = System.nanoTime();
    Query words = UserQueryParser.quoteWords(request);
    Query indexTerms = WordForms.toIndexTerms(words);
    Found<H> found = find(words, indexTerms);
    List<QuoteSearchResult.Hit> hits = hits(indexTerms, found.page());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new QuoteSearchResult(found.total(), tookMillis, hits);
  }

  /**
   * Finds the page the request asks for.
   *
   * @param words      the request's words over the quote fields, as the user wrote them
   * @param indexTerms the same words over the terms the index holds ({@link WordForms})
   */
  protected abstract Found<H> find(Query words, Query indexTerms) throws IOException;

  /** The page's quotes, highlighted. */
  protected abstract List<QuoteSearchResult.Hit> hits(Query indexTerms, List<H> page)
      throws IOException;
}
