package org.newsindex.opensearch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.Quote;
import org.newsindex.search.ContentHash;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Writes articles to an OpenSearch index, as {@code NewsIndexWriter} does to a local one: the same
 * documents (see {@link OpenSearchSchema}), an article replacing the one with its id together with
 * its quotes. Creates the index on first use, and refuses an existing index that is not a
 * newsindex index.
 *
 * <p>Articles are sent with the bulk API in batches of {@link #BATCH_ARTICLES} articles or about
 * {@link #BATCH_BYTES} bytes, whichever comes first. The thread whose article fills a batch sends
 * it, outside the lock that guards the batch, so other threads go on adding; at most {@link
 * #MAX_IN_FLIGHT} batches are sent at once. A busy cluster or a lost connection is waited out with
 * backoff ({@link BulkSender}, {@link Retrier}); once a batch is given up on, the writer fails
 * every later commit rather than report changes that were lost. {@link #commit()} sends what is
 * buffered, waits for batches in flight, and refreshes, after which searches see every change.
 *
 * <p>Writes of one id from several threads at once are not ordered; an indexing run writes each
 * article once.
 */
public final class OpenSearchWriter implements ArticleWriter {

  /** Articles per bulk request at most. */
  static final int BATCH_ARTICLES = 500;

  /** Bytes of text per bulk request, roughly: long articles make smaller batches. */
  static final long BATCH_BYTES = 5_000_000;

  /** Bulk requests sent at once, to keep the cluster busy without flooding its write queue. */
  static final int MAX_IN_FLIGHT = 2;

  /** What the writer reads of each indexed article when it lists them. */
  private static final List<String> SCANNED_FIELDS =
      List.of(Schema.ID, Schema.CONTENT_HASH, OpenSearchSchema.QUOTE_COUNT, Schema.STORY);

  /** Bytes a document adds to a bulk request besides its text: action line, field names, ids. */
  private static final int DOCUMENT_OVERHEAD_BYTES = 300;

  private final OpenSearchConnection connection;
  private final Retrier retrier;
  private final BulkSender sender;
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT, true);
  private final AtomicReference<Exception> sendFailure = new AtomicReference<>();
  private final Object batchLock = new Object();
  private List<BulkOperation> batch = new ArrayList<>();
  private Set<Long> batchStories = new HashSet<>();
  private int batchArticles;
  private long batchBytes;
  /** The stories of the batches OpenSearch applied since the last commit counted them. */
  private Set<Long> storiesWritten = new HashSet<>();
  /**
   * The quotes and story of every article indexed: a shorter update and a removal delete the rest
   * of its quotes, and its old story loses an article.
   */
  private final Map<String, Indexed> indexed = new ConcurrentHashMap<>();
  private volatile boolean indexedLoaded;
  private final StoryKeys stories;
  private final OpenSearchStorySizes storySizes;

  private OpenSearchWriter(OpenSearchConnection connection, Retrier retrier, boolean empty) {
    this.connection = connection;
    this.retrier = retrier;
    this.sender = new BulkSender(connection.client(), retrier, connection.target());
    this.indexedLoaded = empty;
    this.stories = new StoryKeys(new OpenSearchStoryLookup(connection, retrier, empty, this::commit));
    this.storySizes = new OpenSearchStorySizes(connection, retrier, sender);
  }

  /**
   * Opens a writer on an OpenSearch index, creating it with {@code shards} primary shards and
   * {@code replicas} copies of each when it does not exist.
   *
   * @throws IOException when the cluster cannot be reached, refuses to create the index, or has an
   *     index of that name that is not a newsindex index
   */
  public static OpenSearchWriter open(OpenSearchTarget target, int shards, int replicas)
      throws IOException {
    return open(target, shards, replicas, Backoff.STANDARD);
  }

  /** Opens a writer on an index of one shard without replicas: a one-node cluster's layout. */
  public static OpenSearchWriter open(OpenSearchTarget target) throws IOException {
    return open(target, 1, 0);
  }

  /**
   * Opens a writer that retries with {@code backoff}. The first contact with the cluster is tried
   * only briefly ({@link Backoff#FIRST_CONTACT}): a wrong URL should fail at once.
   */
  static OpenSearchWriter open(OpenSearchTarget target, int shards, int replicas, Backoff backoff)
      throws IOException {
    if (shards < 1 || replicas < 0) {
      throw new IllegalArgumentException(
          "need at least one shard and no negative replicas, was " + shards + " and " + replicas);
    }
    OpenSearchConnection connection = OpenSearchConnection.open(target);
    try {
      Retrier retrier = new Retrier(target, backoff);
      Retrier firstContact = retrier.with(Backoff.FIRST_CONTACT.sleepingWith(backoff.sleeper()));
      boolean created = OpenSearchIndexSetup.createOrCheck(connection, firstContact, shards, replicas);
      return new OpenSearchWriter(connection, retrier, created);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void add(Article article, String contentHash) throws IOException {
    String id = article.id();
    StorySketch sketch = StorySketch.of(article.headline(), article.paragraphs());
    long story = stories.assign(id, sketch);
    List<BulkOperation> operations = new ArrayList<>(2 + article.quotes().size());
    operations.add(
        index(id, id, OpenSearchSchema.articleSource(article, contentHash, story, sketch.bands())));
    List<Map<String, Object>> quotes = OpenSearchSchema.quoteSources(article, story);
    for (int n = 0; n < quotes.size(); n++) {
      operations.add(index(OpenSearchSchema.quoteId(id, n), id, quotes.get(n)));
    }
    Indexed before = indexed().put(id, new Indexed(quotes.size(), story));
    for (int n = quotes.size(); before != null && n < before.quotes(); n++) {
      operations.add(delete(OpenSearchSchema.quoteId(id, n), id));
    }
    Set<Long> touched =
        before == null || before.story() == story ? Set.of(story) : Set.of(story, before.story());
    enqueue(operations, touched, estimatedBytes(article, operations.size()));
    stories.written(id);
  }

  @Override
  public void delete(String id) throws IOException {
    Indexed before = indexed().remove(id);
    List<BulkOperation> operations = new ArrayList<>();
    operations.add(delete(id, id));
    for (int n = 0; before != null && n < before.quotes(); n++) {
      operations.add(delete(OpenSearchSchema.quoteId(id, n), id));
    }
    Set<Long> touched = before == null ? Set.of() : Set.of(before.story());
    enqueue(operations, touched, (long) operations.size() * DOCUMENT_OVERHEAD_BYTES);
  }

  @Override
  public Map<String, String> contentHashes() throws IOException {
    commit();
    Map<String, String> hashes = new HashMap<>();
    OpenSearchScan.forEachPage(
        connection,
        retrier,
        "a search for the indexed articles",
        OpenSearchQueries.kind(Schema.ARTICLE),
        SCANNED_FIELDS,
        page -> {
          for (Hit<Map> hit : page) {
            Map<String, Object> source = OpenSearchSchema.source(hit.source());
            String id = (String) source.get(Schema.ID);
            Object hash = source.get(Schema.CONTENT_HASH);
            hashes.put(id, hash == null ? ContentHash.UNKNOWN : hash.toString());
            indexed.putIfAbsent(
                id,
                new Indexed(
                    OpenSearchSchema.quoteCount(source),
                    OpenSearchSchema.story(source, Schema.STORY)));
          }
        });
    indexedLoaded = true;
    return hashes;
  }

  /**
   * {@inheritDoc}
   *
   * <p>OpenSearch made each batch durable when it acknowledged it; the refresh makes them
   * visible. Then the stories they wrote to are counted, and their articles' story sizes set.
   */
  @Override
  public void commit() throws IOException {
    flush();
    Set<Long> written;
    synchronized (batchLock) {
      written = storiesWritten;
      storiesWritten = new HashSet<>();
    }
    OpenSearchClient client = connection.client();
    retrier.call("a refresh", () -> client.indices().refresh(r -> r.index(connection.index())));
    try {
      storySizes.update(written);
    } catch (IOException | RuntimeException e) {
      synchronized (batchLock) {
        storiesWritten.addAll(written); // for the next commit to count again
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    connection.close();
  }

  /** The quote counts and stories of the indexed articles, listed from the index the first time. */
  private Map<String, Indexed> indexed() throws IOException {
    if (!indexedLoaded) {
      contentHashes();
    }
    return indexed;
  }

  /** Buffers an article's operations, which change these stories, and sends a full batch. */
  private void enqueue(List<BulkOperation> operations, Set<Long> touched, long bytes)
      throws IOException {
    Batch full = null;
    synchronized (batchLock) {
      batch.addAll(operations);
      batchStories.addAll(touched);
      batchBytes += bytes;
      if (++batchArticles >= BATCH_ARTICLES || batchBytes >= BATCH_BYTES) {
        full = takeBatch();
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Sends what is buffered and waits until every batch sent by any thread has been applied. */
  private void flush() throws IOException {
    Batch rest;
    synchronized (batchLock) {
      rest = takeBatch();
    }
    if (!rest.operations().isEmpty()) {
      send(rest);
    }
    acquire(MAX_IN_FLIGHT);
    inFlight.release(MAX_IN_FLIGHT);
    Exception failed = sendFailure.get();
    if (failed != null) {
      throw new IOException("an earlier bulk request failed: " + failed.getMessage(), failed);
    }
  }

  private Batch takeBatch() {
    Batch taken = new Batch(batch, batchStories);
    batch = new ArrayList<>();
    batchStories = new HashSet<>();
    batchArticles = 0;
    batchBytes = 0;
    return taken;
  }

  /**
   * Sends a batch and, once OpenSearch has applied it, records its stories for the next commit to
   * count: a commit counts only stories whose writes it has made visible.
   */
  private void send(Batch batch) throws IOException {
    acquire(1);
    try {
      sender.send(batch.operations());
      synchronized (batchLock) {
        storiesWritten.addAll(batch.stories());
      }
    } catch (IOException | RuntimeException e) {
      sendFailure.compareAndSet(null, e);
      throw e;
    } finally {
      inFlight.release();
    }
  }

  private void acquire(int permits) throws InterruptedIOException {
    try {
      inFlight.acquire(permits);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for bulk requests in flight");
    }
  }

  /** Roughly the bytes an article's documents add to a bulk request. */
  private static long estimatedBytes(Article article, int documents) {
    long chars = article.headline().length();
    for (String paragraph : article.paragraphs()) {
      chars += paragraph.length();
    }
    for (Quote quote : article.quotes()) {
      chars += quote.text().length() + article.headline().length();
    }
    return chars + (long) documents * DOCUMENT_OVERHEAD_BYTES;
  }

  /** Bulk operations and the stories they change. */
  private record Batch(List<BulkOperation> operations, Set<Long> stories) {}

  /** What the writer remembers of an indexed article. */
  private record Indexed(int quotes, long story) {}

  private BulkOperation index(String id, String articleId, Map<String, Object> source) {
    return BulkOperation.of(
        o -> o.index(i -> i.index(connection.index()).id(id).routing(articleId).document(source)));
  }

  private BulkOperation delete(String id, String articleId) {
    return BulkOperation.of(
        o -> o.delete(d -> d.index(connection.index()).id(id).routing(articleId)));
  }
}
