package org.newsindex.opensearch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.Query;
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
import org.newsindex.SearcherOptions;
import org.newsindex.SpeakerCount;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.MarkedParts;
import org.newsindex.highlight.RereadMatches;
import org.newsindex.search.ResultCache;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.indices.stats.IndicesStatsMetric;

/**
 * {@link NewsSearcher} over an index in an OpenSearch cluster that {@link OpenSearchWriter} wrote:
 * the same query language, filters, facets, orders, cursors, quotes, speakers and related articles
 * as over a local index, and the same highlighting, done here rather than by OpenSearch so that
 * snippets look exactly alike (see {@link HitHighlighter}).
 *
 * <p>Searches see what the cluster has refreshed, within about a second of the indexer's writes.
 * Each search asks OpenSearch to stop after the options' timeout, and one that is stopped fails with
 * an {@link InvalidQueryException}, as locally. Recent search results are cached until the index
 * next refreshes. Thread-safe: one instance serves every request of a server.
 */
public final class OpenSearchSearcher implements NewsSearcher {

  /** A request to the cluster. */
  @FunctionalInterface
  private interface Call<T> {
    T send() throws IOException;
  }

  private final OpenSearchConnection connection;
  private final OpenSearchTimeout timeout;
  private final OpenSearchArticles articles;

  /** Recent article searches, by the index version they were answered on. */
  private final ResultCache results;

  /** Watches for refreshes when results are cached, else {@code null}. */
  private final RefreshWatcher refreshes;

  private volatile boolean closed;

  private OpenSearchSearcher(OpenSearchConnection connection, SearcherOptions options) {
    this.connection = connection;
    this.timeout = new OpenSearchTimeout(options.timeout());
    this.articles = new OpenSearchArticles(connection);
    this.results = new ResultCache(options.resultCacheSize());
    this.refreshes =
        options.resultCacheSize() == 0
            ? null
            : new RefreshWatcher(connection, SearchRules.REFRESH_INTERVAL, results::clear);
  }

  /**
   * Opens a newsindex index in an OpenSearch cluster for searching.
   *
   * @throws IOException when no node of the target answers, the index does not exist, or it is not
   *     an index that newsindex wrote; the message says which
   */
  public static OpenSearchSearcher open(OpenSearchTarget target, SearcherOptions options)
      throws IOException {
    Objects.requireNonNull(options, "options");
    OpenSearchConnection connection = OpenSearchConnection.open(target);
    try {
      checkIndex(connection);
      return new OpenSearchSearcher(connection, options);
    } catch (IOException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static void checkIndex(OpenSearchConnection connection) throws IOException {
    OpenSearchTarget target = connection.target();
    boolean exists;
    try {
      exists = connection.client().indices().exists(e -> e.index(target.indexName())).value();
    } catch (IOException e) {
      throw new IOException(OpenSearchErrors.unreachable(target, e), e);
    } catch (OpenSearchException e) {
      throw OpenSearchErrors.failure(e, target);
    }
    if (!exists) {
      throw new IOException(OpenSearchErrors.missingIndex(target));
    }
    OpenSearchIndexSetup.check(connection, new Retrier(target, Backoff.FIRST_CONTACT));
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    ensureOpen(); // before the result cache, which would answer a repeat
    long started = System.nanoTime();
    long version = refreshes == null ? ResultCache.UNKNOWN_VERSION : refreshes.version();
    return results.answer(
        started,
        version,
        request,
        () -> call(() -> new OpenSearchArticleSearch(connection, request, timeout).run()),
        () -> true); // a search past its timeout fails in OpenSearch: no partial result comes back
  }

  @Override
  public QuoteSearchResult searchQuotes(QuoteSearchRequest request) throws IOException {
    return call(() -> new OpenSearchQuoteSearch(connection, request, timeout).run());
  }

  @Override
  public List<SpeakerCount> speakers(String prefix, int size) throws IOException {
    return call(() -> OpenSearchSpeakers.list(connection, prefix, size));
  }

  @Override
  public Optional<List<RelatedArticle>> related(String id, int size) throws IOException {
    Objects.requireNonNull(id, "id");
    Limits.checkPage(0, size);
    return call(
        () -> {
          Optional<Map<String, Object>> article = articles.source(id);
          if (article.isEmpty()) {
            return Optional.empty();
          }
          long story = OpenSearchSchema.story(article.get(), Schema.STORY);
          return Optional.of(OpenSearchRelated.like(connection, id, story, size, timeout));
        });
  }

  @Override
  public List<String> duplicatesOf(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return call(
        () -> {
          Optional<Map<String, Object>> article = articles.source(id);
          return article.isEmpty()
              ? List.<String>of()
              : new OpenSearchStories(connection, timeout).duplicateIds(article.get());
        });
  }

  @Override
  public Optional<ArticleHighlights> highlight(String id, String query) throws IOException {
    Objects.requireNonNull(id, "id");
    Limits.checkQuery(query);
    Query text = UserQueryParser.parse(query, Schema.ARTICLE_FIELDS);
    Optional<Article> article = call(() -> articles.findWithoutQuotes(id));
    if (article.isEmpty()) {
      return Optional.empty();
    }
    Query indexTerms = WordForms.toIndexTerms(text);
    return Optional.of(
        HitHighlighter.highlightArticle(
            new RereadMatches(MarkedParts.of(indexTerms)),
            article.get().headline(),
            article.get().paragraphs()));
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return call(() -> articles.find(id));
  }

  @Override
  public int articleCount() throws IOException {
    return call(() -> Math.toIntExact(count(Schema.ARTICLE)));
  }

  @Override
  public IndexStats stats() throws IOException {
    return call(
        () -> {
          long sizeBytes =
              connection
                  .client()
                  .indices()
                  .stats(s -> s.index(connection.index()).metric(IndicesStatsMetric.Store))
                  .all()
                  .primaries()
                  .store()
                  .sizeInBytes();
          return new IndexStats(
              count(Schema.ARTICLE),
              count(Schema.QUOTE),
              sizeBytes,
              refreshes == null ? null : refreshes.lastChange(),
              results.hits(),
              results.misses());
        });
  }

  /** How many documents of one kind the index holds. */
  private long count(String kind) throws IOException {
    return connection
        .client()
        .count(c -> c.index(connection.index()).query(OpenSearchQueries.kind(kind)))
        .count();
  }

  /** Closes the connection. Every call after it fails with an {@link IllegalStateException}. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (refreshes != null) {
      refreshes.close();
    }
    connection.close();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("this searcher is closed");
    }
  }

  /** Sends a request, turning OpenSearch's error answers into the searcher's errors. */
  private <T> T call(Call<T> call) throws IOException {
    ensureOpen();
    try {
      return call.send();
    } catch (OpenSearchException e) {
      if (OpenSearchErrors.isBadRequest(e)) {
        throw OpenSearchErrors.badRequest(e);
      }
      throw OpenSearchErrors.failure(e, connection.target());
    }
  }
}
