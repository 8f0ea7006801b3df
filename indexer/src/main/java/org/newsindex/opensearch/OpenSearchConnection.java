package org.newsindex.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A client for one {@link OpenSearchTarget}, over HTTP with every node of the target, closed with
 * its transport. The writer and the searcher each own one.
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
        ApacheHttpClient5TransportBuilder.builder(hosts).setMapper(new JacksonJsonpMapper()).build();
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
