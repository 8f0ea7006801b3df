package org.newsindex.opensearch;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An index in an OpenSearch cluster: the nodes to talk to and the index name. The indexer writes
 * articles there with {@link OpenSearchWriter}; the server answers from it with {@link
 * OpenSearchSearcher}, as it would from a local index folder.
 *
 * @param urls      one or more nodes of the cluster ({@code http://host:9200}); requests go to any
 *                  node that answers, so one node down does not stop indexing or searching
 * @param indexName the index, {@value #DEFAULT_INDEX_NAME} unless told otherwise
 */
public record OpenSearchTarget(List<URI> urls, String indexName) {

  /** The index name the indexer and server use unless given {@code --index-name}. */
  public static final String DEFAULT_INDEX_NAME = "newsindex";

  // OpenSearch's rules for index names, less the rarely wanted ones: lower case, no leading - _ +.
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,254}");

  public OpenSearchTarget {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("no OpenSearch URL given");
    }
    for (URI url : urls) {
      boolean nodeOnly =
          (url.getPath() == null || url.getPath().isEmpty() || url.getPath().equals("/"))
              && url.getQuery() == null
              && url.getFragment() == null;
      if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
          || url.getHost() == null
          || !nodeOnly) {
        throw notAUrl(url.toString(), null);
      }
    }
    Objects.requireNonNull(indexName, "indexName");
    if (!INDEX_NAME.matcher(indexName).matches()) {
      throw new IllegalArgumentException(
          "not a valid index name: \"" + indexName + "\" (lower-case letters, digits, '.', '_'"
              + " and '-', not starting with '.', '_' or '-')");
    }
  }

  /**
   * The target named by a command line: a comma-separated list of node URLs and an index name.
   *
   * @throws IllegalArgumentException with a message for the user when either is malformed
   */
  public static OpenSearchTarget parse(String commaSeparatedUrls, String indexName) {
    List<URI> urls = new ArrayList<>();
    for (String part : commaSeparatedUrls.split(",")) {
      String url = part.strip();
      if (url.isEmpty()) {
        continue;
      }
      try {
        urls.add(URI.create(url));
      } catch (IllegalArgumentException e) {
        throw notAUrl(url, e);
      }
    }
    return new OpenSearchTarget(urls, indexName);
  }

  private static IllegalArgumentException notAUrl(String url, Exception cause) {
    return new IllegalArgumentException(
        "not an OpenSearch URL: \"" + url + "\" (expected http://HOST:PORT or https://HOST:PORT)",
        cause);
  }

  @Override
  public String toString() {
    return String.join(",", urls.stream().map(OpenSearchTarget::withoutSlash).toList())
        + "/" + indexName;
  }

  private static String withoutSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
