package org.newsindex;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Searches an index of news articles. Implementations are safe to share across threads: one instance
 * serves every request of a server.
 *
 * <p>Each backend opens its own: {@link org.newsindex.lucene.LuceneNewsSearcher#open} an embedded
 * Lucene index that {@link org.newsindex.lucene.NewsIndexWriter} writes, {@link
 * org.newsindex.opensearch.OpenSearchSearcher#open} an index in an OpenSearch cluster that {@link
 * org.newsindex.opensearch.OpenSearchWriter} writes. Both answer alike, snippets included.
 */
public interface NewsSearcher extends AutoCloseable {

  /**
   * Returns one page of the articles that match a request, best first, with highlighted snippets.
   *
   * @throws InvalidQueryException when the query cannot be answered as asked (too many clauses)
   */
  SearchResult search(SearchRequest request) throws IOException;

  /**
   * Returns one page of the quotations that match a request, with their speakers and articles.
   *
   * @throws InvalidQueryException when the query cannot be answered as asked
   */
  QuoteSearchResult searchQuotes(QuoteSearchRequest request) throws IOException;

  /**
   * Lists the people quoted in the index, most quoted first.
   *
   * @param prefix keep only names with a word starting with this, ignoring case; empty keeps all
   * @param size   how many to return at most, 1 to 100
   * @throws InvalidQueryException when size is out of bounds
   */
  List<SpeakerCount> speakers(String prefix, int size) throws IOException;

  /**
   * The articles most like the article with this id, best first, without itself.
   *
   * @return empty when no article has this id
   * @throws InvalidQueryException when size is not between 1 and {@link Limits#MAX_SIZE}
   */
  Optional<List<RelatedArticle>> related(String id, int size) throws IOException;

  /**
   * The article with this id as HTML with the query's matches marked in its headline and in every
   * paragraph, for reading an article found by a search.
   *
   * @return empty when no article has this id
   */
  Optional<ArticleHighlights> highlight(String id, String query) throws IOException;

  /**
   * The ids of the other articles that tell the same story as the article with this id (its exact
   * and near copies), in the order they were indexed; empty when it has none or no article has
   * this id.
   */
  List<String> duplicatesOf(String id) throws IOException;

  /** The article with this id, or empty when no such article is indexed. */
  Optional<Article> find(String id) throws IOException;

  /** How many articles the index holds. */
  int articleCount() throws IOException;

  /** What the index holds and how this searcher has served it, for monitoring. */
  IndexStats stats() throws IOException;

  /**
   * Releases the index or the connection. Closing again does nothing; any other call after it
   * fails with an {@link IllegalStateException}, and so may a call still running when it closes.
   */
  @Override
  void close() throws IOException;
}
