package org.newsindex;

import java.io.IOException;
import java.util.Map;

/**
 * Where an indexing run writes articles: the embedded Lucene index ({@link
 * org.newsindex.lucene.NewsIndexWriter}) or an OpenSearch index ({@link
 * org.newsindex.opensearch.OpenSearchWriter}). {@link org.newsindex.ingest.FolderIndexer} drives
 * either one the same way.
 *
 * <p>Implementations are safe to call from several threads: a run writes from one thread per core.
 */
public interface ArticleWriter extends AutoCloseable {

  /**
   * Adds an article with its quotes, replacing any article with the same id and all of its quotes,
   * so that an id is never indexed twice.
   */
  default void add(Article article) throws IOException {
    add(article, null);
  }

  /**
   * Adds an article as {@link #add(Article)} does, recording the hash of the input it was made from
   * so that a later run can skip it while that input stays the same.
   *
   * @param contentHash an opaque fingerprint of the article's input, or {@code null} if unknown
   * @throws IllegalArgumentException when the index cannot hold this article (a limit of its own):
   *     an indexing run reports the article as skipped and goes on
   */
  void add(Article article, String contentHash) throws IOException;

  /**
   * The id of every article in the index, with the content hash it was added with ({@code ""} when
   * it was added without one), including changes not yet committed.
   */
  Map<String, String> contentHashes() throws IOException;

  /** Removes the article with this id and its quotes, if there is one. */
  void delete(String id) throws IOException;

  /** Makes every change so far durable and visible to searchers that refresh after it. */
  void commit() throws IOException;

  /** Releases the writer; changes not committed may be lost. */
  @Override
  void close() throws IOException;
}
