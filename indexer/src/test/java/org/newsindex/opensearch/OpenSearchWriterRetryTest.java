package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.opensearch.FakeOpenSearch.Bulk;

/**
 * How the writer meets a busy or broken cluster, against {@link FakeOpenSearch}: no real node is
 * needed, and the backoff's waits are recorded instead of slept.
 */
class OpenSearchWriterRetryTest {

  private static final Article WITH_QUOTE =
      new Article("a", "Council agrees budget", null, null, null,
          List.of("\u201cWe agreed,\u201d Jane Hollis said."), List.of("Jane Hollis"),
          List.of(new Quote("We agreed,", "Jane Hollis", 0)));
  private static final Article PLAIN =
      new Article("b", "Cup final tonight", null, null, null, List.of("Kick-off at eight."),
          List.of());

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Backoff recordingBackoff = Backoff.STANDARD.sleepingWith(waits::add);
  private FakeOpenSearch node;

  @BeforeEach
  void startNode() throws IOException {
    node = FakeOpenSearch.start();
  }

  @AfterEach
  void stopNode() {
    node.close();
  }

  @Test
  void aBulkRequestRefusedWith429IsSentAgainAfterAPause() throws IOException {
    node.answer(Bulk.TOO_MANY_REQUESTS);

    try (OpenSearchWriter writer = open()) {
      writer.add(WITH_QUOTE);
      writer.commit();
    }

    assertThat(node.bulks()).containsExactly(List.of("a", "a#q0"), List.of("a", "a#q0"));
    assertThat(waits).hasSize(1);
    assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aBulkRequestRefusedWith503IsSentAgain() throws IOException {
    node.answer(Bulk.UNAVAILABLE, Bulk.UNAVAILABLE);

    try (OpenSearchWriter writer = open()) {
      writer.add(PLAIN);
      writer.commit();
    }

    assertThat(node.bulks()).hasSize(3);
    assertThat(waits).hasSize(2);
    assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void onlyTheItemsRejectedInsideABulkAnswerAreSentAgain() throws IOException {
    node.answer(Bulk.REJECT_FIRST_ITEM);

    try (OpenSearchWriter writer = open()) {
      writer.add(WITH_QUOTE);
      writer.add(PLAIN);
      writer.commit();
    }

    assertThat(node.bulks()).containsExactly(List.of("a", "a#q0", "b"), List.of("a"));
    assertThat(waits).hasSize(1);
  }

  @Test
  void aDocumentTheMappingRefusesFailsAtOnceWithItsIdAndTheReason() throws IOException {
    node.answer(Bulk.REFUSE_FIRST_ITEM);

    try (OpenSearchWriter writer = open()) {
      writer.add(PLAIN);
      assertThatThrownBy(writer::commit)
          .isInstanceOf(IOException.class)
          .hasMessage("OpenSearch " + node.target() + " refused document b (HTTP 400):"
              + " mapper_parsing_exception: failed to parse field [date]");
    }
    assertThat(node.bulks()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void aClusterThatStaysBusyIsGivenUpOnAfterEightAttempts() throws IOException {
    for (int n = 0; n < 20; n++) {
      node.answer(Bulk.TOO_MANY_REQUESTS);
    }

    try (OpenSearchWriter writer = open()) {
      writer.add(PLAIN);
      assertThatThrownBy(writer::commit)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("OpenSearch " + node.target() + " did not take a bulk request:"
              + " 8 attempts in ")
          .hasMessageEndingWith(" failed, the last with HTTP 429");
      assertThatThrownBy(writer::commit)
          .as("a later commit does not pretend the lost batch was written")
          .hasMessageStartingWith("an earlier bulk request failed: OpenSearch ");
    }
    assertThat(node.bulks()).hasSize(8);
    assertThat(waits).hasSize(7);
    Duration[] longest = {
      Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
      Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(16)
    };
    for (int n = 0; n < waits.size(); n++) {
      assertThat(waits.get(n)).isBetween(longest[n].dividedBy(2), longest[n]);
    }
  }

  @Test
  void itemsRejectedOnEveryAttemptAreGivenUpOnWithTheirCount() throws IOException {
    for (int n = 0; n < 20; n++) {
      node.answer(Bulk.REJECT_FIRST_ITEM);
    }

    try (OpenSearchWriter writer = open()) {
      writer.add(WITH_QUOTE);
      assertThatThrownBy(writer::commit)
          .hasMessageStartingWith("OpenSearch " + node.target() + " did not take 1 of 1 documents"
              + " of a bulk request: 8 attempts in ")
          .hasMessageEndingWith(
              " failed, the last with HTTP 429 (rejected_execution_exception: write queue is full)");
    }
    assertThat(node.bulks()).hasSize(8);
  }

  @Test
  void refusedRequestsAndRejectedItemsShareOneBudgetOfAttempts() throws IOException {
    node.answer(Bulk.TOO_MANY_REQUESTS, Bulk.UNAVAILABLE, Bulk.TOO_MANY_REQUESTS);
    for (int n = 0; n < 20; n++) {
      node.answer(Bulk.REJECT_FIRST_ITEM);
    }

    try (OpenSearchWriter writer = open()) {
      writer.add(PLAIN);
      assertThatThrownBy(writer::commit).hasMessageContaining(" 8 attempts in ");
    }
    assertThat(node.bulks()).hasSize(8);
    assertThat(waits).hasSize(7);
  }

  @Test
  void aNodeThatGoesAwayMidRunIsRetriedThenReportedByName() throws IOException {
    try (OpenSearchWriter writer = open()) {
      writer.add(PLAIN);
      node.close();

      assertThatThrownBy(writer::commit)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("OpenSearch " + node.target() + " did not take a bulk request:"
              + " 8 attempts in ")
          .hasMessageContaining("failed, the last with ConnectException");
    }
    assertThat(waits).hasSize(7);
  }

  @Test
  void noNodeAtTheUrlFailsQuicklyWithTheTargetInTheMessage() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    OpenSearchTarget nowhere = OpenSearchTarget.parse("http://127.0.0.1:" + closedPort, "news");

    assertThatThrownBy(() -> OpenSearchWriter.open(nowhere, 1, 0, recordingBackoff))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("OpenSearch http://127.0.0.1:" + closedPort + "/news did not take"
            + " a request for the index: 3 attempts in ")
        .hasMessageContaining("ConnectException");
    assertThat(waits).hasSize(2);
  }

  private OpenSearchWriter open() throws IOException {
    return OpenSearchWriter.open(node.target(), 1, 0, recordingBackoff);
  }
}
