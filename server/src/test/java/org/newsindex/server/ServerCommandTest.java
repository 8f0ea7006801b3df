package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.lucene.NewsIndexWriter;
import picocli.CommandLine;

class ServerCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ServerCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void missingIndexFailsWithOneLine() {
    Path missing = dir.resolve("nowhere");

    assertThat(run("--index", missing.toString(), "--port", "0")).isNotZero();
    assertThat(err.toString().strip())
        .isEqualTo("no index at " + missing + ": run the indexer first");
  }

  @Test
  void folderWithoutIndexFailsWithOneLine() {
    assertThat(run("--index", dir.toString(), "--port", "0")).isNotZero();
    assertThat(err.toString().strip())
        .isEqualTo("no index at " + dir + ": run the indexer first");
  }

  @Test
  void aStartThatFailsOnceListeningGivesThePortBack() throws IOException {
    int port = freePort();

    // The folder exists, so the web app is listening by the time the index fails to open.
    assertThat(run("--index", dir.toString(), "--port", String.valueOf(port))).isNotZero();
    try (ServerSocket again = new ServerSocket(port)) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void emptyIndexFailsWithOneLine() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir)) {
      writer.commit();
    }

    assertThat(run("--index", dir.toString(), "--port", "0")).isNotZero();
    assertThat(err.toString().strip())
        .isEqualTo("index at " + dir + " is empty: run the indexer first");
  }

  @Test
  void aQueryTimeoutBelowOneMillisecondFailsWithOneLine() {
    assertThat(run("--index", dir.toString(), "--query-timeout", "0")).isNotZero();
    assertThat(err.toString().strip()).isEqualTo("--query-timeout must be 1 or more, was 0");
  }

  @Test
  void aPortOutOfRangeFailsWithOneLine() {
    assertThat(run("--index", dir.toString(), "--port", "99999")).isNotZero();
    assertThat(err.toString().strip()).isEqualTo("--port must be 0 to 65535, was 99999");
  }

  @Test
  void aPortTakenFailsWithOneLineThatSaysWhy() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("--index", dir.toString(), "--port", String.valueOf(taken.getLocalPort())))
          .isNotZero();
      assertThat(err.toString().strip().lines())
          .containsExactly("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use");
    }
  }

  @Test
  void negativeResultCacheFailsWithOneLine() {
    assertThat(run("--index", dir.toString(), "--result-cache", "-1")).isNotZero();
    assertThat(err.toString().strip()).isEqualTo("--result-cache must be 0 or more, was -1");
  }

  @Test
  void helpDescribesTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--index", "--port", "--host", "--result-cache", "index-data", "7070")
        .contains("--backend", "--url", "--index-name", "newsindex")
        .contains("--[no-]access-log");
  }

  @Test
  void theAccessLogIsOnUnlessTurnedOff() {
    assertThat(parsed().accessLog).isTrue();
    assertThat(parsed("--no-access-log").accessLog).isFalse();
    assertThat(parsed("--access-log").accessLog).isTrue();
  }

  private static ServerCommand parsed(String... args) {
    CommandLine commandLine = ServerCommand.commandLine();
    commandLine.parseArgs(args);
    return commandLine.getCommand();
  }

  @Test
  void unreachableClusterFailsWithOneLine() throws IOException {
    int closedPort = freePort();

    assertThat(run("--backend", "opensearch", "--url", "http://127.0.0.1:" + closedPort, "--port", "0"))
        .isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith("cannot reach OpenSearch at http://127.0.0.1:" + closedPort + ": ")
        .doesNotContain("\n");
  }

  @Test
  void backendNamesAnyCaseAndRefusesTheOtherBackendsOptions() {
    assertThat(run("--backend", "LOCAL", "--index", dir.toString(), "--url", "http://x:9200")).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("--url is only for --backend opensearch");
  }

  @Test
  void openSearchNeedsAUrlAndNoFolder() {
    assertThat(run("--backend", "opensearch")).isEqualTo(1);
    assertThat(run("--backend", "opensearch", "--url", "http://x:9200", "--index", dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "--url is required with --backend opensearch",
            "--index names a local folder; with --backend opensearch name the index with"
                + " --index-name");
  }

  @Test
  void badUrlFailsWithOneLine() {
    assertThat(run("--backend", "opensearch", "--url", "ftp://x")).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("not an OpenSearch URL: \"ftp://x\"");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
