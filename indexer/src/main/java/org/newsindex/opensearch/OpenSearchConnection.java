package org.newsindex.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A client for one {@link OpenSearchTarget}, over HTTP with every node of the target, closed with
 * its transport. The writer and the searcher each own one.
 *
 * <p>It asks for answers uncompressed, as Elasticsearch's own REST client does unless told
 * otherwise: Apache HttpClient 5.6 asks for gzip by default, and a page of hits holds ten articles'
 * text (some 35 KB), which a node then compresses and the client decompresses. On one machine
 * that cost a millisecond of a search's four (BBC, 2026-11-30); a network slow enough for
 * compression to pay is not where a search index's clients sit.
 */
final class OpenSearchConnection implements Closeable {

  private final OpenSearchTarget target;
  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  private OpenSearchConnection(OpenSearchTarget target, OpenSearchTransport transport) {
    this.target = target;
    this.transport = transport;
    this.client = new OpenSearchClient(transport);
  }

  /** Connects lazily: nothing is sent until the first request. */
  static OpenSearchConnection open(OpenSearchTarget target) {
    HttpHost[] hosts =
        target.urls().stream().map(OpenSearchConnection::host).toArray(HttpHost[]::new);
    OpenSearchTransport transport =
        ApacheHttpClient5TransportBuilder.builder(hosts)
            .setMapper(new JacksonJsonpMapper())
            .setHttpClientConfigCallback(HttpAsyncClientBuilder::disableContentCompression)
            .build();
    return new OpenSearchConnection(target, transport);
  }

  private static HttpHost host(URI url) {
    int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
    return new HttpHost(url.getScheme(), url.getHost(), port);
  }

  OpenSearchClient client() {
    return client;
  }

  /** The index every request of this connection is about. */
  String index() {
    return target.indexName();
  }

  OpenSearchTarget target() {
    return target;
  }

  @Override
  public void close() throws IOException {
    transport.close();
  }
}
