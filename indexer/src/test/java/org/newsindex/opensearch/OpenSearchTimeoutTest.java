package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsindex.InvalidQueryException;

/**
 * How a search that OpenSearch stopped at its timeout reaches the user. OpenSearch stops a search
 * in one of two ways, and which one depends on when the time runs out: a partial answer marked
 * {@code timed_out}, or, when no shard had collected anything yet, a failure. A loopback server
 * plays OpenSearch here so that each way is tested every time, not when a real node's timing
 * happens to pick it.
 */
class OpenSearchTimeoutTest {

  /** What OpenSearch 3 answered, word for word, when a 0 ms search ran out of time early. */
  private static final String STOPPED_BEFORE_COLLECTING =
      """
      {"error":{"root_cause":[{"type":"time_exceeded_exception","reason":null}],\
      "type":"search_phase_execution_exception","reason":"all shards failed","phase":"query",\
      "grouped":true,"failed_shards":[{"shard":0,"index":"news","node":"O6HszW8uT3-PYJjmNsbMUw",\
      "reason":{"type":"time_exceeded_exception","reason":null}}],\
      "caused_by":{"type":"time_exceeded_exception","reason":null,\
      "caused_by":{"type":"time_exceeded_exception","reason":null}}},"status":500}""";

  private static final String OTHER_FAILURE =
      """
      {"error":{"root_cause":[{"type":"illegal_state_exception","reason":"disk full"}],\
      "type":"illegal_state_exception","reason":"disk full"},"status":500}""";

  private static final String STOPPED_WHILE_COLLECTING =
      """
      {"took":3,"timed_out":true,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},\
      "hits":{"total":{"value":1,"relation":"eq"},"max_score":1.0,"hits":[]}}""";

  private static final String ANSWERED =
      """
      {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},\
      "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""";

  private HttpServer node;

  @AfterEach
  void stopNode() {
    if (node != null) {
      node.stop(0);
    }
  }

  /** Both ways OpenSearch stops a search at its timeout: a failure, or a partial answer. */
  static Stream<Arguments> stoppedSearches() {
    return Stream.of(
        Arguments.of(500, STOPPED_BEFORE_COLLECTING), Arguments.of(200, STOPPED_WHILE_COLLECTING));
  }

  @ParameterizedTest
  @MethodSource("stoppedSearches")
  void searchStoppedAtItsTimeoutIsTooSlow(int status, String body) throws IOException {
    OpenSearchConnection connection = nodeAnswering(status, body);

    assertThatThrownBy(() -> send(connection, Duration.ofSeconds(30)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("ran longer than 30000 ms");
  }

  @Test
  void otherFailuresStayFailuresOfTheCluster() throws IOException {
    OpenSearchConnection connection = nodeAnswering(500, OTHER_FAILURE);

    assertThatThrownBy(() -> send(connection, Duration.ofSeconds(30)))
        .isInstanceOf(Exception.class)
        .isNotInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void answerInTimeIsReturned() throws IOException {
    OpenSearchConnection connection = nodeAnswering(200, ANSWERED);

    assertThat(send(connection, Duration.ofSeconds(30)).hits().hits()).isEmpty();
  }

  private static org.opensearch.client.opensearch.core.SearchResponse<Map> send(
      OpenSearchConnection connection, Duration limit) throws IOException {
    try (connection) {
      return new OpenSearchTimeout(limit)
          .send(() -> connection.client().search(s -> s.index("news"), Map.class));
    }
  }

  /** A node that answers every request with this status and body. */
  private OpenSearchConnection nodeAnswering(int status, String body) throws IOException {
    node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    node.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    node.start();
    return OpenSearchConnection.open(
        OpenSearchTarget.parse("http://127.0.0.1:" + node.getAddress().getPort(), "news"));
  }
}
