package org.newsindex.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Walks every article document a query matches, in id order, {@value #PAGE} at a time with
 * {@code search_after}, reading only the source fields asked for: how a writer lists what the
 * index holds, however many articles that is.
 */
final class OpenSearchScan {

  /** Documents per request. */
  static final int PAGE = 5_000;

  /** Takes one page of documents. */
  @FunctionalInterface
  interface PageVisitor {
    void visit(List<Hit<Map>> page) throws IOException;
  }

  private OpenSearchScan() {}

  /**
   * Hands each page of the documents {@code query} matches to {@code visitor}, in id order.
   *
   * @param what the search, for the message when it fails ("a search for the indexed articles")
   */
  static void forEachPage(
      OpenSearchConnection connection,
      Retrier retrier,
      String what,
      Query query,
      List<String> fields,
      PageVisitor visitor)
      throws IOException {
    List<FieldValue> after = null;
    while (true) {
      List<Hit<Map>> page = page(connection, retrier, what, query, fields, after);
      visitor.visit(page);
      if (page.size() < PAGE) {
        return;
      }
      after = page.getLast().sort();
    }
  }

  private static List<Hit<Map>> page(
      OpenSearchConnection connection,
      Retrier retrier,
      String what,
      Query query,
      List<String> fields,
      List<FieldValue> after)
      throws IOException {
    SearchResponse<Map> response =
        retrier.call(
            what,
            () ->
                connection
                    .client()
                    .search(
                        s -> {
                          s.index(connection.index())
                              .query(query)
                              .size(PAGE)
                              .sort(OpenSearchQueries.byField(Schema.ID))
                              .source(src -> src.filter(f -> f.includes(fields)));
                          if (after != null) {
                            s.searchAfter(after);
                          }
                          return s;
                        },
                        Map.class));
    return response.hits().hits();
  }
}
