package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.newsindex.Limits;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The stories of OpenSearch hits, as {@code StoryHits} finds them locally: the ids of the other
 * articles that tell a hit's story, and the other articles that hold a quote in a copy of its
 * story, each one request. How many copies a story has, hits carry ({@link OpenSearchStorySizes}).
 */
final class OpenSearchStories {

  private final OpenSearchConnection connection;
  private final OpenSearchTimeout timeout;

  OpenSearchStories(OpenSearchConnection connection, OpenSearchTimeout timeout) {
    this.connection = connection;
    this.timeout = timeout;
  }

  /** The ids of the other articles that tell the story of the article with this source. */
  List<String> duplicateIds(Map<String, Object> article) throws IOException {
    long story = OpenSearchSchema.story(article, Schema.STORY);
    String id = (String) article.get(Schema.ID);
    List<String> ids = new ArrayList<>();
    for (Hit<Map> hit : find(OpenSearchQueries.story(story), List.of(Schema.ID))) {
      String copy = (String) OpenSearchSchema.source(hit.source()).get(Schema.ID);
      if (!copy.equals(id)) {
        ids.add(copy);
      }
    }
    return ids;
  }

  /**
   * For each of these quote keys, the ids of the articles that hold the quote, in index order.
   */
  Map<Long, List<String>> quotedIn(List<Long> quoteKeys) throws IOException {
    Map<Long, List<String>> articles = new HashMap<>();
    if (quoteKeys.isEmpty()) {
      return articles;
    }
    Query quotes =
        OpenSearchQueries.anyNumberOf(Schema.QUOTE_STORY, new LinkedHashSet<>(quoteKeys));
    for (Hit<Map> hit : find(quotes, List.of(Schema.ARTICLE_ID, Schema.QUOTE_STORY))) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      List<String> ids =
          articles.computeIfAbsent(
              OpenSearchSchema.story(source, Schema.QUOTE_STORY), k -> new ArrayList<>());
      String id = (String) source.get(Schema.ARTICLE_ID);
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return articles;
  }

  /** The documents a query matches, in index order, with these source fields: a few at most. */
  private List<Hit<Map>> find(Query query, List<String> fields) throws IOException {
    SearchResponse<Map> response =
        timeout.send(
            () ->
                connection
                    .client()
                    .search(
                        s ->
                            s.index(connection.index())
                                .query(query)
                                .size(Limits.MAX_WINDOW)
                                .sort(OpenSearchQueries.byField(Schema.ARTICLE_ID))
                                .source(src -> src.filter(f -> f.includes(fields))),
                        Map.class));
    return response.hits().hits();
  }
}
