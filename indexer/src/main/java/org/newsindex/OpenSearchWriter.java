package org.newsindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.generic.Requests;

/**
 * Writes articles to an OpenSearch index, as {@link NewsIndexWriter} does to a local one: the same
 * documents (see {@link OpenSearchSchema}), an article replacing the one with its id together with
 * its quotes. Creates the index on first use.
 *
 * <p>Articles are sent with the bulk API in batches of {@link #BATCH_ARTICLES}; {@link #commit()}
 * sends what is buffered and refreshes, after which searches see every change.
 */
public final class OpenSearchWriter implements ArticleWriter {

  /** Articles per bulk request: a few hundred kilobytes of news text. */
  static final int BATCH_ARTICLES = 200;

  /** Articles fetched per request while listing the index's content hashes. */
  private static final int SCAN_PAGE = 5_000;

  private final OpenSearchConnection connection;
  private final Object batchLock = new Object();
  private List<BulkOperation> batch = new ArrayList<>();
  private int batchArticles;
  /** Quotes of every article indexed, so a shorter update and a removal delete the rest. */
  private final Map<String, Integer> quoteCounts = new ConcurrentHashMap<>();
  private boolean quoteCountsLoaded;

  private OpenSearchWriter(OpenSearchConnection connection) {
    this.connection = connection;
  }

  /**
   * Opens a writer on an OpenSearch index, creating it with {@code shards} primary shards and
   * {@code replicas} copies of each when it does not exist.
   *
   * @throws IOException when the cluster cannot be reached or refuses to create the index
   */
  public static OpenSearchWriter open(OpenSearchTarget target, int shards, int replicas)
      throws IOException {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException(
          "need at least one shard and no negative replicas, was " + shards + " and " + replicas);
    }
    OpenSearchConnection connection = OpenSearchConnection.open(target);
    try {
      createIndexIfMissing(connection, shards, replicas);
      return new OpenSearchWriter(connection);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Opens a writer on an index of one shard without replicas: a one-node cluster's layout. */
  public static OpenSearchWriter open(OpenSearchTarget target) throws IOException {
    return open(target, 1, 0);
  }

  private static void createIndexIfMissing(OpenSearchConnection connection, int shards, int replicas)
      throws IOException {
    OpenSearchClient client = connection.client();
    if (client.indices().exists(e -> e.index(connection.index())).value()) {
      return;
    }
    var request =
        Requests.builder()
            .method("PUT")
            .endpoint("/" + connection.index())
            .json(OpenSearchSchema.createIndexBody(shards, replicas), client._transport().jsonpMapper())
            .build();
    try (var response = client.generic().execute(request)) {
      if (response.getStatus() >= 300) {
        String body = response.getBody().map(b -> b.bodyAsString()).orElse("");
        throw new IOException(
            "OpenSearch refused to create index " + connection.target() + " (HTTP "
                + response.getStatus() + "): " + body);
      }
    }
  }

  @Override
  public void add(Article article, String contentHash) throws IOException {
    String id = article.id();
    List<BulkOperation> operations = new ArrayList<>(2 + article.quotes().size());
    operations.add(index(id, id, OpenSearchSchema.articleSource(article, contentHash)));
    List<Map<String, Object>> quotes = OpenSearchSchema.quoteSources(article);
    for (int n = 0; n < quotes.size(); n++) {
      operations.add(index(OpenSearchSchema.quoteId(id, n), id, quotes.get(n)));
    }
    Integer before = quoteCounts().put(id, quotes.size());
    for (int n = quotes.size(); before != null && n < before; n++) {
      operations.add(delete(OpenSearchSchema.quoteId(id, n), id));
    }
    enqueue(operations);
  }

  @Override
  public void delete(String id) throws IOException {
    Integer quotes = quoteCounts().remove(id);
    List<BulkOperation> operations = new ArrayList<>();
    operations.add(delete(id, id));
    for (int n = 0; quotes != null && n < quotes; n++) {
      operations.add(delete(OpenSearchSchema.quoteId(id, n), id));
    }
    enqueue(operations);
  }

  @Override
  public Map<String, String> contentHashes() throws IOException {
    flush();
    connection.client().indices().refresh(r -> r.index(connection.index()));
    Map<String, String> hashes = new HashMap<>();
    List<FieldValue> after = null;
    while (true) {
      List<FieldValue> searchAfter = after;
      SearchResponse<Map> page =
          connection
              .client()
              .search(
                  s -> {
                    s.index(connection.index())
                        .size(SCAN_PAGE)
                        .query(q -> q.term(t -> t.field(Schema.KIND).value(FieldValue.of(Schema.ARTICLE))))
                        .source(c -> c.filter(f -> f.includes(
                            Schema.ID, Schema.CONTENT_HASH, OpenSearchSchema.QUOTE_COUNT)))
                        .sort(o -> o.field(f -> f.field(Schema.ID).order(SortOrder.Asc)));
                    if (searchAfter != null) {
                      s.searchAfter(searchAfter);
                    }
                    return s;
                  },
                  Map.class);
      for (Hit<Map> hit : page.hits().hits()) {
        Map<?, ?> source = hit.source();
        String id = (String) source.get(Schema.ID);
        Object hash = source.get(Schema.CONTENT_HASH);
        hashes.put(id, hash == null ? "" : hash.toString());
        Object quotes = source.get(OpenSearchSchema.QUOTE_COUNT);
        quoteCounts.putIfAbsent(id, quotes == null ? 0 : ((Number) quotes).intValue());
      }
      if (page.hits().hits().size() < SCAN_PAGE) {
        break;
      }
      after = page.hits().hits().get(page.hits().hits().size() - 1).sort();
    }
    synchronized (batchLock) {
      quoteCountsLoaded = true;
    }
    return hashes;
  }

  @Override
  public void commit() throws IOException {
    flush();
    connection.client().indices().refresh(r -> r.index(connection.index()));
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }

  /** The quote counts of the indexed articles, listed from the index the first time. */
  private Map<String, Integer> quoteCounts() throws IOException {
    boolean loaded;
    synchronized (batchLock) {
      loaded = quoteCountsLoaded;
    }
    if (!loaded) {
      contentHashes();
    }
    return quoteCounts;
  }

  private void enqueue(List<BulkOperation> operations) throws IOException {
    List<BulkOperation> full = null;
    synchronized (batchLock) {
      batch.addAll(operations);
      if (++batchArticles >= BATCH_ARTICLES) {
        full = batch;
        batch = new ArrayList<>();
        batchArticles = 0;
      }
    }
    if (full != null) {
      send(full);
    }
  }

  private void flush() throws IOException {
    List<BulkOperation> rest;
    synchronized (batchLock) {
      rest = batch;
      batch = new ArrayList<>();
      batchArticles = 0;
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
  }

  private void send(List<BulkOperation> operations) throws IOException {
    BulkResponse response = connection.client().bulk(b -> b.operations(operations));
    if (!response.errors()) {
      return;
    }
    for (BulkResponseItem item : response.items()) {
      // Deleting a quote that is already gone is no failure.
      if (item.error() != null && item.status() != 404) {
        throw new IOException(
            "OpenSearch refused document " + item.id() + " (HTTP " + item.status() + "): "
                + item.error().reason());
      }
    }
  }

  private BulkOperation index(String id, String articleId, Map<String, Object> source) {
    return BulkOperation.of(
        o -> o.index(i -> i.index(connection.index()).id(id).routing(articleId).document(source)));
  }

  private BulkOperation delete(String id, String articleId) {
    return BulkOperation.of(
        o -> o.delete(d -> d.index(connection.index()).id(id).routing(articleId)));
  }
}
