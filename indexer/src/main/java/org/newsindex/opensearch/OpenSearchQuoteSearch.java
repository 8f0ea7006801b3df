package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.RereadMatches;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Runs one quote search in OpenSearch, as {@link QuoteSearch} runs it locally: quotes ranked by
 * their words, or, for a speaker alone, most recent first (ties by article, then paragraph).
 */
final class OpenSearchQuoteSearch {

  private final OpenSearchConnection connection;
  private final QuoteSearchRequest request;
  private final OpenSearchTimeout timeout;
  private final org.apache.lucene.search.Query text;

  OpenSearchQuoteSearch(
      OpenSearchConnection connection, QuoteSearchRequest request, OpenSearchTimeout timeout) {
    this.connection = connection;
    this.request = request;
    this.timeout = timeout;
    this.text = UserQueryParser.quoteWords(request);
  }

  QuoteSearchResult run() throws IOException {
    long started = System.nanoTime();
    SearchRequest search = request();
    SearchResponse<Map> response =
        timeout.send(() -> connection.client().search(search, Map.class));
    List<QuoteSearchResult.Hit> hits = hits(response.hits().hits());
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new QuoteSearchResult(response.hits().total().value(), tookMillis, hits);
  }

  /** Quotes with the words, said by the speaker; by relevance, or newest first without words. */
  private SearchRequest request() {
    BoolQuery.Builder quotes = new BoolQuery.Builder().filter(OpenSearchQueries.kind(Schema.QUOTE));
    if (request.query() != null) {
      quotes.must(OpenSearchQueries.translate(text));
    }
    if (request.speaker() != null) {
      quotes.filter(OpenSearchQueries.term(Schema.QUOTE_SPEAKER, request.speaker()));
    }
    BoolQuery query = quotes.build();
    return SearchRequest.of(
        s -> {
          s.index(connection.index())
              .query(q -> q.bool(query))
              .from(request.from())
              .size(request.size())
              .trackTotalHits(t -> t.enabled(true))
              .source(src -> src.filter(f -> f.includes(OpenSearchSchema.QUOTE_HIT_SOURCE)))
              .timeout(timeout.parameter());
          if (request.query() == null) {
            s.sort(
                OpenSearchQueries.byDate(true),
                OpenSearchQueries.byField(Schema.ARTICLE_ID),
                OpenSearchQueries.byField(Schema.QUOTE_PARAGRAPH));
          }
          return s;
        });
  }

  private List<QuoteSearchResult.Hit> hits(List<Hit<Map>> page) throws IOException {
    List<Map<String, Object>> sources = new ArrayList<>(page.size());
    List<String> texts = new ArrayList<>(page.size());
    for (Hit<Map> hit : page) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      sources.add(source);
      texts.add((String) source.get(Schema.QUOTE_TEXT));
    }
    org.apache.lucene.search.Query indexTerms = WordForms.toIndexTerms(text);
    RereadMatches matches = new RereadMatches(indexTerms);
    List<QuoteSearchResult.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Map<String, Object> source = sources.get(i);
      hits.add(
          new QuoteSearchResult.Hit(
              (String) source.get(Schema.ARTICLE_ID),
              (String) source.get(Schema.QUOTE_HEADLINE),
              OpenSearchSchema.date(source),
              (String) source.get(Schema.QUOTE_SPEAKER),
              texts.get(i),
              HitHighlighter.highlightQuote(matches, texts.get(i))));
    }
    return hits;
  }
}
