package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.aggregations.LongTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Keeps each article's story size ({@link OpenSearchSchema#STORY_SIZE}) on its document, so that a
 * page of hits reads how many copies each hit has from the hits themselves, in the search's one
 * request. Locally a story's postings count its copies for free; in OpenSearch that count was a
 * second request for every page.
 *
 * <p>A writer hands over the stories its writes touched once they are visible. Their articles are
 * counted; the articles whose size is not their story's count are found and updated in bulk. An
 * article written as the only one of its story has no size, which means one: most articles, so a
 * bulk load updates only those with copies.
 */
final class OpenSearchStorySizes {

  /** Stories counted per request: well within OpenSearch's limits on terms and buckets. */
  static final int STORIES_PER_REQUEST = 5_000;

  /** The name of the aggregation that counts stories' articles. */
  static final String SIZES = "sizes";

  private static final List<String> SOURCE =
      List.of(Schema.ID, Schema.STORY, OpenSearchSchema.STORY_SIZE);

  private final OpenSearchConnection connection;
  private final Retrier retrier;
  private final BulkSender sender;

  OpenSearchStorySizes(OpenSearchConnection connection, Retrier retrier, BulkSender sender) {
    this.connection = connection;
    this.retrier = retrier;
    this.sender = sender;
  }

  /**
   * Sets the size of every article of these stories to its story's count, then refreshes if any
   * changed. Every write to these stories must be visible.
   */
  void update(Collection<Long> stories) throws IOException {
    List<Long> all = new ArrayList<>(stories);
    boolean changed = false;
    for (int from = 0; from < all.size(); from += STORIES_PER_REQUEST) {
      List<Long> some = all.subList(from, Math.min(all.size(), from + STORIES_PER_REQUEST));
      changed |= update(count(some));
    }
    if (changed) {
      OpenSearchClient client = connection.client();
      retrier.call(
          "a refresh after story sizes",
          () -> client.indices().refresh(r -> r.index(connection.index())));
    }
  }

  /** Updates the articles of these stories, each with its count; returns whether any changed. */
  private boolean update(Map<Long, Integer> sizes) throws IOException {
    if (sizes.isEmpty()) {
      return false;
    }
    List<Long> withCopies = new ArrayList<>();
    List<Long> alone = new ArrayList<>();
    sizes.forEach((story, size) -> (size > 1 ? withCopies : alone).add(story));
    List<Query> whose = new ArrayList<>(2);
    if (!withCopies.isEmpty()) {
      whose.add(OpenSearchQueries.anyNumberOf(Schema.STORY, withCopies));
    }
    if (!alone.isEmpty()) {
      // Of a story of one, only an article that holds a size may hold a wrong one.
      Query holdsSize = Query.of(q -> q.exists(e -> e.field(OpenSearchSchema.STORY_SIZE)));
      whose.add(
          OpenSearchQueries.allOf(
              List.of(OpenSearchQueries.anyNumberOf(Schema.STORY, alone), holdsSize)));
    }
    Query articles =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(OpenSearchQueries.kind(Schema.ARTICLE))
                            .should(whose)
                            .minimumShouldMatch("1")));
    AtomicBoolean changed = new AtomicBoolean();
    OpenSearchScan.forEachPage(
        connection,
        retrier,
        "a search for stories' articles",
        articles,
        SOURCE,
        page -> {
          List<BulkOperation> updates = new ArrayList<>();
          for (Hit<Map> hit : page) {
            Map<String, Object> source = OpenSearchSchema.source(hit.source());
            int size = sizes.get(OpenSearchSchema.story(source, Schema.STORY));
            if (size != OpenSearchSchema.storySize(source)) {
              updates.add(sizeUpdate((String) source.get(Schema.ID), size));
            }
          }
          if (!updates.isEmpty()) {
            sender.send(updates);
            changed.set(true);
          }
        });
    return changed.get();
  }

  /** How many articles each of these stories has; a story with none is left out. */
  private Map<Long, Integer> count(List<Long> stories) throws IOException {
    Query articles =
        OpenSearchQueries.allOf(
            List.of(
                OpenSearchQueries.kind(Schema.ARTICLE),
                OpenSearchQueries.anyNumberOf(Schema.STORY, stories)));
    SearchResponse<Void> response =
        retrier.call(
            "a count of stories' articles",
            () ->
                connection
                    .client()
                    .search(
                        s ->
                            s.index(connection.index())
                                .size(0)
                                .query(articles)
                                .aggregations(
                                    SIZES,
                                    a -> a.terms(t -> t.field(Schema.STORY).size(stories.size()))),
                        Void.class));
    Map<Long, Integer> sizes = new HashMap<>();
    for (LongTermsBucket bucket : response.aggregations().get(SIZES).lterms().buckets().array()) {
      long story =
          bucket.key().isSigned()
              ? bucket.key().signed()
              : Long.parseUnsignedLong(bucket.key().unsigned());
      sizes.put(story, Math.toIntExact(bucket.docCount()));
    }
    return sizes;
  }

  private BulkOperation sizeUpdate(String id, int size) {
    Map<String, Object> fields = Map.of(OpenSearchSchema.STORY_SIZE, size);
    return BulkOperation.of(
        o ->
            o.update(
                u -> u.index(connection.index()).id(id).routing(id).document(fields)));
  }
}
