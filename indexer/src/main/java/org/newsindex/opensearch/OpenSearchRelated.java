package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsindex.RelatedArticle;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Finds the articles most like one article in OpenSearch, as {@code RelatedArticles} does locally:
 * a {@code more_like_this} query, which is Lucene's {@code MoreLikeThis}, with the same fields and
 * settings, and any one of the chosen terms enough to match (OpenSearch's default asks for 30%).
 * Never the article's own copies, and each other story once.
 */
final class OpenSearchRelated {

  private OpenSearchRelated() {}

  /** Up to {@code size} articles like the article {@code id}, which must exist, best first. */
  static List<RelatedArticle> like(
      OpenSearchConnection connection, String id, long story, int size, OpenSearchTimeout timeout)
      throws IOException {
    Query like =
        Query.of(
            q ->
                q.moreLikeThis(
                    m ->
                        m.fields(Schema.HEADLINE, Schema.PARAGRAPHS)
                            .like(l -> l.document(d -> d.index(connection.index()).id(id).routing(id)))
                            .minTermFreq(1)
                            .minDocFreq(2)
                            .maxQueryTerms(SearchRules.RELATED_QUERY_TERMS)
                            .minimumShouldMatch("1")
                            .include(false)));
    SearchRequest search =
        SearchRequest.of(
            s ->
                s.index(connection.index())
                    .query(
                        q ->
                            q.bool(
                                b ->
                                    b.must(like)
                                        .filter(OpenSearchQueries.kind(Schema.ARTICLE))
                                        .mustNot(OpenSearchQueries.term(Schema.ARTICLE_ID, id))
                                        .mustNot(OpenSearchQueries.story(story))))
                    .collapse(c -> c.field(Schema.STORY))
                    .size(size)
                    .source(src -> src.filter(f -> f.includes(OpenSearchSchema.RELATED_SOURCE)))
                    .timeout(timeout.parameter()));
    SearchResponse<Map> response =
        timeout.send(() -> connection.client().search(search, Map.class));
    List<RelatedArticle> related = new ArrayList<>(size);
    for (Hit<Map> hit : response.hits().hits()) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      related.add(
          new RelatedArticle(
              (String) source.get(Schema.ID),
              (String) source.get(Schema.HEADLINE),
              OpenSearchSchema.date(source),
              hit.score() == null ? 0f : hit.score().floatValue()));
    }
    return related;
  }
}
