package org.newsindex.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.NewsIndexWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.OpenSearchSearcher;
import org.newsindex.OpenSearchTarget;
import org.newsindex.OpenSearchWriter;
import org.newsindex.SearcherOptions;

/**
 * An index that the API contract suite ({@link ApiContractTest}) runs against, written through
 * {@link ArticleWriter} and read through {@link NewsSearcher}, as the indexer and the server do.
 * Closing it removes the index.
 */
abstract sealed class Backend implements AutoCloseable {

  /** The backends the server can answer from. */
  enum Kind {
    /** The embedded Lucene index in a folder. */
    LOCAL,
    /**
     * An index on the OpenSearch node named by {@value OpenSearch#URL_VARIABLE}; without it the
     * suite's OpenSearch run is skipped, except on CI, where it fails.
     */
    OPENSEARCH;

    /**
     * Why this backend cannot be tested here, or {@code null} when it can. Fails on CI, which
     * must test every backend.
     */
    String unavailable() {
      if (this == OPENSEARCH && OpenSearch.url() == null) {
        if (System.getenv("CI") != null) {
          fail(OpenSearch.URL_VARIABLE + " is not set: CI must run the OpenSearch tests (see .ci/run)");
        }
        return OpenSearch.URL_VARIABLE + " is not set: no OpenSearch node to test against";
      }
      return null;
    }

    /** A new, empty index of this kind. */
    Backend create() throws IOException {
      return switch (this) {
        case LOCAL -> new Local(Files.createTempDirectory("newsindex-contract-"));
        // An index of its own, so that runs never see each other's articles.
        case OPENSEARCH ->
            new OpenSearch(
                OpenSearchTarget.parse(OpenSearch.url(), "newsindex-contract-" + UUID.randomUUID()));
      };
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

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
      return NewsSearcher.open(folder);
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

  static final class OpenSearch extends Backend {

    /** The node to test against; {@code .ci/run} starts one and sets it. */
    static final String URL_VARIABLE = "NEWSINDEX_OPENSEARCH_URL";

    private final OpenSearchTarget target;

    OpenSearch(OpenSearchTarget target) {
      this.target = target;
    }

    /** The test node's URL, or {@code null} when none is set. */
    static String url() {
      String url = System.getenv(URL_VARIABLE);
      return url == null || url.isBlank() ? null : url;
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
      URI index = target.urls().getFirst().resolve("/" + target.indexName());
      try (HttpClient http = HttpClient.newHttpClient()) {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(index).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 404) {
          throw new IOException(
              "could not delete " + index + ": " + response.statusCode() + " " + response.body());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while deleting " + index, e);
      }
    }
  }
}
