package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.NewsIndexWriter;
import picocli.CommandLine;

class ServerCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new ServerCommand())
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
  void emptyIndexFailsWithOneLine() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir)) {
      writer.commit();
    }

    assertThat(run("--index", dir.toString(), "--port", "0")).isNotZero();
    assertThat(err.toString().strip())
        .isEqualTo("index at " + dir + " is empty: run the indexer first");
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
        .contains("--index", "--port", "--host", "--result-cache", "index-data", "7070");
  }
}
