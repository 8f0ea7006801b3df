package org.newsindex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** STUB (being written). */
final class LuceneNewsSearcher implements NewsSearcher {

  static LuceneNewsSearcher open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int articleCount() throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() throws IOException {}
}
