package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.opensearch.OpenSearchTarget;
import org.newsindex.opensearch.OpenSearchTests;
import org.newsindex.opensearch.OpenSearchWriter;
import org.newsindex.testing.RequiresOpenSearch;
import picocli.CommandLine;

/**
 * {@code --target opensearch}: the option checks need no cluster; the runs in {@link
 * OnTheTestNode} need the node of {@link OpenSearchTests}.
 */
class IndexCommandOpenSearchTest {

  @TempDir Path input;
  @TempDir Path index;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs into an index on the test node. */
  @Nested
  @RequiresOpenSearch
  class OnTheTestNode {

    @Test
    void indexesIntoOpenSearchAndSummarisesLikeALocalRun() throws IOException {
      OpenSearchTarget target = OpenSearchTests.freshTarget();
      try {
        write("same.txt", "Same headline\n\nBody.\n");
        write("change.txt", "First headline\n\nBody.\n");
        write("gone.txt", "Gone headline\n\n\u201cWe go,\u201d Jane Hollis said.\n");

        assertThat(runInto(target)).isZero();

        assertThat(out.toString())
            .startsWith("Indexed " + input + " into " + target + "\n")
            .contains("  added:      3\n  updated:    0\n  unchanged:  0\n  removed:    0\n");
        assertThat(err.toString()).isEmpty();
        assertThat(index).as("no local index folder is used").isEmptyDirectory();

        write("change.txt", "Second headline\n\nBody.\n");
        Files.delete(input.resolve("gone.txt"));
        out.getBuffer().setLength(0);

        assertThat(runInto(target)).isZero();

        assertThat(out.toString())
            .contains("  added:      0\n  updated:    1\n  unchanged:  1\n  removed:    1\n");
        try (OpenSearchWriter writer = OpenSearchWriter.open(target)) {
          assertThat(writer.contentHashes()).containsOnlyKeys("same", "change");
        }
      } finally {
        OpenSearchTests.deleteIndex(target);
      }
    }
  }

  @Test
  void anUnreachableClusterFailsInOneLine() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    write("a.txt", "Headline\n\nBody.\n");

    assertThat(run("--input", input.toString(), "--target", "opensearch",
        "--url", "http://127.0.0.1:" + closedPort)).isEqualTo(1);

    assertThat(err.toString())
        .startsWith("indexer: OpenSearch http://127.0.0.1:" + closedPort + "/newsindex did not"
            + " take a request for the index: 3 attempts in ")
        .contains("ConnectException")
        .endsWith("\n")
        .hasLineCount(1);
  }

  @Test
  void aMalformedUrlFailsInOneLine() {
    assertThat(run("--input", input.toString(), "--target", "opensearch", "--url", "localhost:9200"))
        .isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: not an OpenSearch URL: \"localhost:9200\""
        + " (expected http://HOST:PORT or https://HOST:PORT)\n");
  }

  @Test
  void openSearchNeedsAUrl() {
    assertThat(run("--input", input.toString(), "--target", "opensearch")).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: --url is required with --target opensearch\n");
  }

  @Test
  void openSearchDoesNotTakeALocalFolder() {
    assertThat(run("--input", input.toString(), "--target", "OpenSearch",
        "--url", "http://127.0.0.1:9200", "--index", index.toString())).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: --index names a local folder; with --target"
        + " opensearch name the index with --index-name\n");
  }

  @Test
  void clusterOptionsAreRefusedForALocalIndex() {
    assertThat(run("--input", input.toString(), "--index", index.toString(),
        "--url", "http://127.0.0.1:9200")).isEqualTo(1);
    assertThat(run("--input", input.toString(), "--index", index.toString(),
        "--target", "local", "--shards", "3")).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: --url is only for --target opensearch\n"
        + "indexer: --shards is only for --target opensearch\n");
    assertThat(index).isEmptyDirectory();
  }

  @Test
  void shardsAndReplicasAreChecked() {
    assertThat(run("--input", input.toString(), "--target", "opensearch",
        "--url", "http://127.0.0.1:9200", "--shards", "0")).isEqualTo(1);
    assertThat(run("--input", input.toString(), "--target", "opensearch",
        "--url", "http://127.0.0.1:9200", "--replicas", "-1")).isEqualTo(1);
    assertThat(run("--input", input.toString(), "--target", "opensearch",
        "--url", "http://127.0.0.1:9200", "--index-name", "News")).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: --shards must be at least 1, was 0\n"
        + "indexer: --replicas must not be negative, was -1\n"
        + "indexer: not a valid index name: \"News\" (lower-case letters, digits, '.', '_' and"
        + " '-', not starting with '.', '_' or '-')\n");
  }

  @Test
  void anUnknownTargetIsACommandLineError() {
    assertThat(run("--input", input.toString(), "--target", "cloud")).isEqualTo(2);

    assertThat(err.toString()).contains("--target", "cloud", "LOCAL", "OPENSEARCH");
  }

  @Test
  void helpDocumentsTheClusterOptions() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("--target=KIND", "--url=URL[,URL...]",
        "--index-name=NAME", "--shards=N", "--replicas=N", "default: newsindex", "opensearch");
  }

  private int runInto(OpenSearchTarget target) {
    return run("--input", input.toString(), "--target", "opensearch",
        "--url", String.join(",", target.urls().stream().map(Object::toString).toList()),
        "--index-name", target.indexName());
  }

  private int run(String... args) {
    CommandLine cmd = IndexCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private void write(String relative, String text) throws IOException {
    Path file = input.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
