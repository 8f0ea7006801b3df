package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.NewsSearcher;
import org.newsindex.lucene.LuceneNewsSearcher;

/**
 * The indexer as a real child process: killed with SIGKILL mid-run, and raced by a second indexer.
 * The input is large enough that the run commits at least once long before it ends, so the kill
 * lands mid-run; if the child ever finishes first, the test fails rather than pass vacuously.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class IndexCommandCrashTest {

  private static final int ARTICLES = 4_000;

  @TempDir static Path input;

  @TempDir Path index;
  @TempDir Path logs;

  @BeforeAll
  static void writeArticles() throws IOException {
    for (int i = 0; i < ARTICLES; i++) {
      Path file = input.resolve(String.format("%02d/%05d.txt", i % 40, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "Headline number " + i + "\n\nThe council met on day " + i
          + ".\n\n\u201cWe agreed,\u201d Jane Hollis said.\n");
    }
  }

  @Test
  void aKilledRunLeavesACommittedIndexAndTheNextRunCompletesIt() throws Exception {
    Process child = startIndexer();
    try {
      awaitFirstCommit(child);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    int afterKill;
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      afterKill = searcher.articleCount();
    }
    assertThat(afterKill).isBetween(0, ARTICLES);

    StringWriter out = new StringWriter();
    assertThat(runInProcess(index, out, new StringWriter())).isZero();

    assertThat(out.toString())
        .as("the re-run keeps what was committed and adds the rest")
        .contains(String.format("  added:      %,d%n", ARTICLES - afterKill))
        .contains(String.format("  unchanged:  %,d%n", afterKill));
    assertThat(ARTICLES - afterKill).as("the kill landed before the end").isPositive();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(ARTICLES).isEqualTo(cleanRunCount());
    }
  }

  @Test
  void aSecondIndexerOnTheSameIndexStopsAtOnceAndTheFirstFinishes() throws Exception {
    Process child = startIndexer();
    try {
      awaitFirstCommit(child);
      StringWriter err = new StringWriter();

      int status = runInProcess(index, new StringWriter(), err);

      assertThat(status).isEqualTo(1);
      assertThat(err.toString())
          .isEqualTo("indexer: index " + index + " is in use by another indexer\n");
      assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the first indexer finishes").isTrue();
      assertThat(child.exitValue()).as(log()).isZero();
    } finally {
      child.destroyForcibly();
    }
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(ARTICLES);
    }
  }

  private Process startIndexer() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(
        java,
        "--enable-native-access=ALL-UNNAMED",
        "-cp",
        System.getProperty("java.class.path"),
        IndexCommand.class.getName(),
        "--input",
        input.toString(),
        "--index",
        index.toString(),
        "--commit-every",
        "0.05"));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(logs.resolve("child.log").toFile())
        .start();
  }

  /** Waits until the child has committed once; fails if it ends first. */
  private void awaitFirstCommit(Process child) throws IOException, InterruptedException {
    try (Directory directory = FSDirectory.open(index)) {
      while (!DirectoryReader.indexExists(directory)) {
        if (!child.isAlive()) {
          fail("the child indexer ended (status " + child.exitValue() + ") before its first"
              + " commit:\n" + log());
        }
        Thread.sleep(5);
      }
    }
    if (!child.isAlive()) {
      fail("the child indexer finished before it could be interrupted; give it more articles");
    }
  }

  private int cleanRunCount() throws IOException {
    Path clean = logs.resolve("clean-index");
    assertThat(runInProcess(clean, new StringWriter(), new StringWriter())).isZero();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(clean)) {
      return searcher.articleCount();
    }
  }

  private static int runInProcess(Path indexDir, StringWriter out, StringWriter err) {
    return IndexCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute("--input", input.toString(), "--index", indexDir.toString());
  }

  private String log() {
    try {
      return Files.readString(logs.resolve("child.log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
