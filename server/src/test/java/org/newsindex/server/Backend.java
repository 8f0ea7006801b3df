package org.newsindex.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.SearcherOptions;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.opensearch.OpenSearchSearcher;
import org.newsindex.opensearch.OpenSearchTarget;
import org.newsindex.opensearch.OpenSearchTests;
import org.newsindex.opensearch.OpenSearchWriter;

/**
 * An index that the API contract suite ({@link ApiContract}) runs against, written through
 * {@link ArticleWriter} and read through {@link NewsSearcher}, as the indexer and the server do.
 * Closing it removes the index.
 */
abstract sealed class Backend implements AutoCloseable {

  /** Writes the articles, commits, and opens a searcher over them; the caller closes it. */
  final NewsSearcher load(List<Article> articles) throws IOException {
    try (ArticleWriter writer = writer()) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    return searcher();
  }

  abstract ArticleWriter writer() throws IOException;

  abstract NewsSearcher searcher() throws IOException;

  @Override
  public abstract void close() throws IOException;

  static final class Local extends Backend {

    private final Path folder;

    Local(Path folder) {
      this.folder = folder;
    }

    @Override
    ArticleWriter writer() throws IOException {
      return NewsIndexWriter.open(folder);
    }

    @Override
    NewsSearcher searcher() throws IOException {
      return LuceneNewsSearcher.open(folder);
    }

    @Override
    public void close() throws IOException {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  /**
   * An index on the OpenSearch test node; classes that use it carry {@code @RequiresOpenSearch}.
   */
  static final class OpenSearch extends Backend {

    private final OpenSearchTarget target;

    private OpenSearch(OpenSearchTarget target) {
      this.target = target;
    }

    /** A new index of its own, so that runs never see each other's articles. */
    static OpenSearch fresh() {
      return new OpenSearch(OpenSearchTests.freshTarget());
    }

    @Override
    ArticleWriter writer() throws IOException {
      return OpenSearchWriter.open(target);
    }

    @Override
    NewsSearcher searcher() throws IOException {
      return OpenSearchSearcher.open(target, SearcherOptions.DEFAULTS);
    }

    /** Deletes the index, so that the test node does not fill up with them. */
    @Override
    public void close() throws IOException {
      OpenSearchTests.deleteIndex(target);
    }
  }
}
