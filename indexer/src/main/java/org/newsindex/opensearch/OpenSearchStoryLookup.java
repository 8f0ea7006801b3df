package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * How an OpenSearch writer finds the articles that may tell the same story as a new one, as {@code
 * StoryLookup} does locally: those sharing a band of its {@link StorySketch}, most bands first,
 * their sketches made again from their text. An index the writer created has nothing to find
 * until its first refresh, and is not asked. It keeps no number summaries, so every candidate's
 * text is read, also of those whose numbers rule them out (the local index skips them).
 */
final class OpenSearchStoryLookup implements StoryKeys.IndexedStories {

  /** What refreshes the index: the writer's commit, which first sends what it holds. */
  @FunctionalInterface
  interface Refresh {
    void refresh() throws IOException;
  }

  private static final List<String> SOURCE =
      List.of(Schema.ID, Schema.HEADLINE, Schema.PARAGRAPHS, Schema.STORY);

  private final OpenSearchConnection connection;
  private final Retrier retrier;
  private final Refresh refresh;
  private volatile boolean empty; // read by look-ups outside StoryKeys' lock

  OpenSearchStoryLookup(
      OpenSearchConnection connection, Retrier retrier, boolean empty, Refresh refresh) {
    this.connection = connection;
    this.retrier = retrier;
    this.empty = empty;
    this.refresh = refresh;
  }

  @Override
  public List<StoryKeys.Candidate> candidates(int[] bands, long numbers) throws IOException {
    if (empty || bands.length == 0) {
      return List.of();
    }
    List<Query> sharing = new ArrayList<>(bands.length);
    for (int band : bands) {
      Query shares = OpenSearchQueries.term(Schema.STORY_BANDS, band);
      // Each shared band scores one, so the most similar come first.
      sharing.add(Query.of(q -> q.constantScore(c -> c.filter(shares))));
    }
    SearchResponse<Map> response =
        retrier.call(
            "a search for copies of an article",
            () ->
                connection
                    .client()
                    .search(
                        s ->
                            s.index(connection.index())
                                .query(q -> q.bool(b -> b.should(sharing)))
                                .size(StoryKeys.IndexedStories.MAX_CANDIDATES)
                                .source(src -> src.filter(f -> f.includes(SOURCE))),
                        Map.class));
    List<StoryKeys.Candidate> candidates = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      Map<String, Object> source = OpenSearchSchema.source(hit.source());
      String candidateId = (String) source.get(Schema.ID);
      if (candidateId == null) {
        continue;
      }
      List<String> paragraphs = OpenSearchSchema.article(source, List.of()).paragraphs();
      candidates.add(
          StoryKeys.Candidate.of(
              candidateId,
              OpenSearchSchema.story(source, Schema.STORY),
              StorySketch.toCompare((String) source.get(Schema.HEADLINE), paragraphs)));
    }
    return candidates;
  }

  @Override
  public void refresh() throws IOException {
    refresh.refresh();
    empty = false;
  }
}
