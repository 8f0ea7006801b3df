package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsindex.Article;
import org.newsindex.ArticleHighlights;
import org.newsindex.IndexStats;
import org.newsindex.InvalidQueryException;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.RelatedArticle;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SearcherBusyException;
import org.newsindex.SearcherOptions;
import org.newsindex.SpeakerCount;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.MarkedParts;
import org.newsindex.search.ResultCache;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NewsSearcher} over a local Lucene index folder.
 *
 * <p>A {@link SearcherManager} hands each request a consistent point-in-time view of the last
 * commit, never a half-written index. A background thread looks for a newer commit twice a second,
 * so articles an indexer commits appear without a restart. Each request runs under a timeout.
 */
public final class LuceneNewsSearcher implements NewsSearcher {

  /** What one search does with an acquired searcher. */
  @FunctionalInterface
  private interface Work<T> {
    T on(FacetedSearcher searcher) throws IOException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(LuceneNewsSearcher.class);

  private final Directory directory;
  private final SearcherManager searchers;
  private final Duration timeout;
  private final ScheduledExecutorService refresher;
  private final ExecutorService slices;
  private final SpellingSuggester speller = new SpellingSuggester();

  /**
   * Admits one search per core; the rest wait their turn, up to the timeout. A search alone gets
   * every core, several share them.
   */
  private final SearchGate gate = SearchGate.perCore();

  /** Recent article searches; news readers ask the same popular questions again and again. */
  private final ResultCache results;

  /** When the searcher last began to serve a new commit, or opened. */
  private volatile Instant lastChange = Instant.now();

  private volatile boolean closed;

  private LuceneNewsSearcher(
      Directory directory, ExecutorService slices, SearcherOptions options) throws IOException {
    this.directory = directory;
    this.slices = slices;
    this.timeout = options.timeout();
    this.results = new ResultCache(options.resultCacheSize());
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "newsindex-refresh");
              thread.setDaemon(true);
              return thread;
            });
    // Segments' facet values load on the refresh thread, which is idle between refreshes.
    this.searchers =
        new SearcherManager(
            directory, FacetedSearcher.factory(slices, new FacetOrdinalsCache(refresher)));
    searchers.addListener(
        new ReferenceManager.RefreshListener() {
          @Override
          public void beforeRefresh() {}

          @Override
          public void afterRefresh(boolean didRefresh) {
            if (didRefresh) {
              results.clear();
              lastChange = Instant.now();
            }
          }
        });
    long interval = SearchRules.REFRESH_INTERVAL.toMillis();
    refresher.scheduleWithFixedDelay(this::refreshQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens the Lucene index in a folder for searching, with the default options.
   *
   * @throws IOException when the folder holds no index (the message says so) or cannot be read
   */
  public static LuceneNewsSearcher open(Path indexDir) throws IOException {
    return open(indexDir, SearcherOptions.DEFAULTS);
  }

  /**
   * Opens the Lucene index in a folder for searching, with a timeout per search and a cache of
   * recent results. The searcher shows what an indexer commits to the folder within about a
   * second, without reopening.
   *
   * @throws IOException when the folder holds no index (the message says so) or cannot be read
   */
  public static LuceneNewsSearcher open(Path indexDir, SearcherOptions options)
      throws IOException {
    Objects.requireNonNull(options, "options");
    IndexFolder.requireFolder(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    ExecutorService slices = null;
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw IndexFolder.noIndex(indexDir);
      }
      if (!ArticleDocuments.hasCurrentLayout(directory)) {
        throw new IOException(
            "the index at " + indexDir + " has layout version " + ArticleDocuments.layoutOf(directory)
                + "; this newsindex reads version " + Schema.VERSION
                + ": run the indexer again to rebuild it");
      }
      slices = sliceExecutor();
      return new LuceneNewsSearcher(directory, slices, options);
    } catch (IOException | RuntimeException e) {
      if (slices != null) {
        slices.shutdownNow();
      }
      directory.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    return withSearcher(
        searcher ->
            results.answer(
                started,
                ((DirectoryReader) searcher.getIndexReader()).getVersion(),
                request,
                () -> new ArticleSearch(searcher, request, speller).run(),
                () -> !searcher.timedOut()));
  }

  @Override
  public QuoteSearchResult searchQuotes(QuoteSearchRequest request) throws IOException {
    return withSearcher(searcher -> new QuoteSearch(searcher, request).run());
  }

  @Override
  public List<SpeakerCount> speakers(String prefix, int size) throws IOException {
    return withSearcher(searcher -> SpeakerDirectory.list(searcher, prefix, size));
  }

  @Override
  public Optional<List<RelatedArticle>> related(String id, int size) throws IOException {
    Objects.requireNonNull(id, "id");
    Limits.checkPage(0, size);
    return withSearcher(
        searcher -> {
          int docId = articleDocId(searcher, id);
          return docId < 0
              ? Optional.empty()
              : Optional.of(RelatedArticles.like(searcher, docId, id, size));
        });
  }

  @Override
  public Optional<ArticleHighlights> highlight(String id, String query) throws IOException {
    Objects.requireNonNull(id, "id");
    Limits.checkQuery(query);
    Query text = WordForms.toIndexTerms(UserQueryParser.parse(query, Schema.ARTICLE_FIELDS));
    return withSearcher(
        searcher -> {
          int docId = articleDocId(searcher, id);
          if (docId < 0) {
            return Optional.empty();
          }
          Document doc = searcher.storedFields().document(docId, ArticleDocuments.highlightedHitFields());
          List<String> paragraphs = List.of(doc.getValues(Schema.PARAGRAPHS));
          return Optional.of(
              HitHighlighter.highlightArticle(
                  new IndexedMatches(searcher, MarkedParts.of(text))
                      .of(docId)
                      .getFirst()
                      .withParagraphWords(ParagraphWords.of(doc, paragraphs.size())),
                  doc.get(Schema.HEADLINE),
                  paragraphs));
        });
  }

  @Override
  public List<String> duplicatesOf(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return withSearcher(
        searcher -> {
          int docId = articleDocId(searcher, id);
          return docId < 0 ? List.of() : StoryHits.duplicateIds(searcher, docId);
        });
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return withSearcher(searcher -> find(searcher, id));
  }

  @Override
  public int articleCount() throws IOException {
    return withSearcher(searcher -> searcher.count(ArticleDocuments.kind(Schema.ARTICLE)));
  }

  @Override
  public IndexStats stats() throws IOException {
    return withSearcher(
        searcher -> {
          long sizeBytes = 0;
          IndexCommit commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit();
          for (String file : commit.getFileNames()) {
            sizeBytes += directory.fileLength(file);
          }
          return new IndexStats(
              searcher.count(ArticleDocuments.kind(Schema.ARTICLE)),
              searcher.count(ArticleDocuments.kind(Schema.QUOTE)),
              sizeBytes,
              lastChange,
              results.hits(),
              results.misses());
        });
  }

  /**
   * Makes what an indexer has committed since the last refresh visible to the next search now,
   * rather than within the second in which this searcher refreshes by itself: for a tool that
   * indexes and then searches in one process.
   */
  public void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  private void refreshQuietly() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // Keep serving the commit we have; the next attempt may find the index whole again.
      LOG.warn("could not open the newest commit of the index; still serving the previous one", e);
    }
  }

  /** One thread per core searches slices of segments; idle threads cost nothing. */
  private static ExecutorService sliceExecutor() {
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        task -> {
          Thread thread = new Thread(task, "newsindex-search");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Closes the index. Every call after it fails with an {@link IllegalStateException}; close a
   * searcher when no search runs on it, since one still running may fail the same way.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    // Not shutdownNow: interrupting a refresh in the middle of reading a file closes its channel.
    refresher.shutdown();
    slices.shutdown();
    try {
      long wait = SearchRules.REFRESH_INTERVAL.toMillis() * 4;
      refresher.awaitTermination(wait, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  /**
   * Runs work on the current commit when the gate lets it in, under this searcher's timeout: in
   * slices on every core when it is the only request running, on its own thread when others keep
   * the cores busy. A search that waits the whole timeout for its turn fails with {@link
   * SearcherBusyException}.
   */
  private <T> T withSearcher(Work<T> work) throws IOException {
    ensureOpen();
    try {
      return gate.pass(timeout, alone -> onCurrentCommit(work, alone));
    } catch (AlreadyClosedException e) {
      throw closedError();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw closedError();
    }
  }

  private static IllegalStateException closedError() {
    return new IllegalStateException("this searcher is closed");
  }

  private <T> T onCurrentCommit(Work<T> work, boolean alone) throws IOException {
    FacetedSearcher shared = (FacetedSearcher) searchers.acquire();
    try {
      FacetedSearcher searcher = shared.withTimeout(timeout, alone);
      T result = work.on(searcher);
      if (searcher.timedOut()) {
        throw Limits.tooSlow(timeout);
      }
      return result;
    } catch (DeadlineCollectorManager.Exceeded e) {
      throw Limits.tooSlow(timeout);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    } finally {
      searchers.release(shared);
    }
  }

  /** The document id of the article with this id, or -1 when there is none. */
  private static int articleDocId(IndexSearcher searcher, String id) throws IOException {
    ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
    return hits.length == 0 ? -1 : hits[0].doc;
  }

  /** Reads an article from its article document, which stores its quotes too. */
  private static Optional<Article> find(IndexSearcher searcher, String id) throws IOException {
    int doc = articleDocId(searcher, id);
    if (doc < 0) {
      return Optional.empty();
    }
    return Optional.of(ArticleDocuments.article(searcher.storedFields().document(doc)));
  }

  /** The error for a query that Lucene's clause limit stopped. */
  private static InvalidQueryException tooManyClauses() {
    return new InvalidQueryException(
        "query expands to too many terms; the limit is " + IndexSearcher.getMaxClauseCount());
  }
}
