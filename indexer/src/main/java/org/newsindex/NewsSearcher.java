package org.newsindex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** STUB (being written): thread-safe searcher over an index folder. */
public final class NewsSearcher implements AutoCloseable {

  /** Opens the index in a folder; IOException with a clear message when there is none. */
  public static NewsSearcher open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** Searches; throws InvalidQueryException for requests that cannot be answered. */
  public SearchResult search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** The article with this id, if indexed. */
  public Optional<Article> find(String id) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  /** How many articles the index holds. */
  public int articleCount() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() throws IOException {}
}
