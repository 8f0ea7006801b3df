package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;

/**
 * Reads articles from an OpenSearch index by id: the article document, and for a whole article its
 * quote documents, in order. Reads see what searches see (the last refresh), not documents written
 * since, as a local searcher sees the last commit.
 */
final class OpenSearchArticles {

  private final OpenSearchConnection connection;

  OpenSearchArticles(OpenSearchConnection connection) {
    this.connection = connection;
  }

  /** The article with this id, with its quotes, or empty when there is none. */
  Optional<Article> find(String id) throws IOException {
    Optional<Map<String, Object>> source = source(id);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    List<Quote> quotes = quotes(id, OpenSearchSchema.quoteCount(source.get()));
    return Optional.of(OpenSearchSchema.article(source.get(), quotes));
  }

  /** The article with this id without its quotes, for highlighting; empty when there is none. */
  Optional<Article> findWithoutQuotes(String id) throws IOException {
    return source(id).map(source -> OpenSearchSchema.article(source, List.of()));
  }

  /** True when an article has this id. */
  boolean exists(String id) throws IOException {
    return source(id).isPresent();
  }

  /** The source of the article document with this id; a quote's id names no article. */
  Optional<Map<String, Object>> source(String id) throws IOException {
    GetResponse<Map> response =
        connection
            .client()
            .get(
                g -> g.index(connection.index()).id(id).routing(id).realtime(false),
                Map.class);
    if (!response.found()) {
      return Optional.empty();
    }
    Map<String, Object> source = OpenSearchSchema.source(response.source());
    return Schema.ARTICLE.equals(source.get(Schema.KIND)) ? Optional.of(source) : Optional.empty();
  }

  /** An article's quote documents, in the article's order; a missing one is skipped. */
  private List<Quote> quotes(String id, int count) throws IOException {
    if (count == 0) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      ids.add(OpenSearchSchema.quoteId(id, n));
    }
    MgetResponse<Map> response =
        connection
            .client()
            .mget(
                m -> m.index(connection.index()).ids(ids).routing(id).realtime(false), Map.class);
    List<Quote> quotes = new ArrayList<>(count);
    for (MultiGetResponseItem<Map> item : response.docs()) {
      if (item.isResult() && item.result().found()) {
        quotes.add(OpenSearchSchema.quote(OpenSearchSchema.source(item.result().source())));
      }
    }
    return quotes;
  }
}
