package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.RereadMatches;
import org.newsindex.search.PagedQuoteSearch;
import org.newsindex.search.Schema;
import org.newsindex.search.SpeakerNames;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * One quote search in OpenSearch ({@link PagedQuoteSearch}), as the local index runs it: quotes
 * ranked by their words, or, for a speaker alone, most recent first (ties by article, then
 * paragraph); the same quote in copies of one story is one hit unless the request asks for every
 * copy, collapsed by OpenSearch on the quote's key.
 */
final class OpenSearchQuoteSearch extends PagedQuoteSearch<Hit<Map>> {

  private final OpenSearchConnection connection;
  private final OpenSearchTimeout timeout;

  OpenSearchQuoteSearch(
      OpenSearchConnection connection, QuoteSearchRequest request, OpenSearchTimeout timeout) {
    super(request);
    this.connection = connection;
    this.timeout = timeout;
  }

  @Override
  protected Found<Hit<Map>> find(
      org.apache.lucene.search.Query words, org.apache.lucene.search.Query indexTerms)
      throws IOException {
    SearchRequest search = request(words);
    SearchResponse<Map> response =
        timeout.send(() -> connection.client().search(search, Map.class));
    return new Found<>(response.hits().hits(), response.hits().total().value());
  }

  /** Quotes with the words, said by the speaker; by relevance, or newest first without words. */
  private SearchRequest request(org.apache.lucene.search.Query text) {
    BoolQuery.Builder quotes = new BoolQuery.Builder().filter(OpenSearchQueries.kind(Schema.QUOTE));
    if (request.query() != null) {
      quotes.must(OpenSearchQueries.translate(text));
    }
    if (request.speaker() != null) {
      quotes.filter(
          OpenSearchQueries.term(Schema.QUOTE_SPEAKER_KEY, SpeakerNames.key(request.speaker())));
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
          if (request.collapse()) {
            s.collapse(c -> c.field(Schema.QUOTE_STORY));
          }
          if (request.query() == null) {
            s.sort(
                OpenSearchQueries.byDate(true),
                OpenSearchQueries.byField(Schema.ARTICLE_ID),
                OpenSearchQueries.byField(Schema.QUOTE_PARAGRAPH));
          }
          return s;
        });
  }

  @Override
  protected List<QuoteSearchResult.Hit> hits(
      org.apache.lucene.search.Query indexTerms, List<Hit<Map>> page) throws IOException {
    List<Map<String, Object>> sources = new ArrayList<>(page.size());
    List<String> texts = new ArrayList<>(page.size());
    for (Hit<Map> hit : page) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      sources.add(source);
      texts.add((String) source.get(Schema.QUOTE_TEXT));
    }
    RereadMatches matches = new RereadMatches(indexTerms);
    List<Long> keys =
        sources.stream().map(source -> OpenSearchSchema.story(source, Schema.QUOTE_STORY)).toList();
    Map<Long, List<String>> quotedIn = new OpenSearchStories(connection, timeout).quotedIn(keys);
    List<QuoteSearchResult.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Map<String, Object> source = sources.get(i);
      String articleId = (String) source.get(Schema.ARTICLE_ID);
      List<String> alsoIn = new ArrayList<>(quotedIn.getOrDefault(keys.get(i), List.of()));
      alsoIn.remove(articleId);
      hits.add(
          new QuoteSearchResult.Hit(
              articleId,
              (String) source.get(Schema.QUOTE_HEADLINE),
              OpenSearchSchema.date(source),
              (String) source.get(Schema.QUOTE_SPEAKER),
              texts.get(i),
              HitHighlighter.highlightQuote(matches, texts.get(i)),
              alsoIn));
    }
    return hits;
  }
}
