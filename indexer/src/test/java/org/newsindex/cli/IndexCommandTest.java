package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import picocli.CommandLine;

class IndexCommandTest {

  @TempDir Path input;
  @TempDir Path index;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void indexesTheFolderAndSummarisesTheRun() throws IOException {
    write("business/001.txt", "Bank holds rates\n\nThe central bank kept rates on hold.\n");
    write("sport/002.txt", "Cup final tonight\n\nThe final starts at eight.\n");
    write("notes.md", "not an article");

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString())
        .contains("files seen: 3 (1 ignored: not .txt or .jsonl)\n")
        .contains("  added:      2\n")
        .contains("  updated:    0\n")
        .contains("  unchanged:  0\n")
        .contains("  removed:    0\n")
        .contains("  skipped:    0\n")
        .contains("  warnings:   0\n")
        .containsPattern("elapsed: +[0-9.]+ s \\([0-9,]+ articles/s, [0-9.]+ MB/s\\)");
    assertThat(err.toString()).as("no progress line when the output is not a terminal").isEmpty();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(2);
      assertThat(searcher.find("business/001")).isPresent();
    }
  }

  @Test
  void quietRunsPrintTheSummaryAllTheSame() throws IOException {
    write("business/001.txt", "Bank holds rates\n\nThe central bank kept rates on hold.\n");

    assertThat(run("--quiet", "--input", input.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString()).contains("  added:      1\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void badFilesAreReportedAndSkippedWhileTheRestIsIndexed() throws IOException {
    write("good.txt", "A good headline\n\nA good paragraph.\n");
    write("empty.txt", "");
    Files.write(input.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(input.resolve("latin1.txt"), "Caf\u00e9 news\n\nBody".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString())
        .contains("  added:      2\n")
        .contains("  skipped:    2\n")
        .containsPattern("\n    empty.txt: .*headline")
        .contains("\n    binary.txt: binary file (contains NUL bytes)\n")
        .contains("  warnings:   1\n    latin1.txt: not valid UTF-8; read as windows-1252\n");
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("latin1").orElseThrow().headline()).isEqualTo("Caf\u00e9 news");
    }
  }

  @Test
  void rerunSummarisesUnchangedUpdatedAndRemovedArticles() throws IOException {
    write("same.txt", "Same headline\n\nBody.\n");
    write("change.txt", "First headline\n\nBody.\n");
    write("gone.txt", "Gone headline\n\nBody.\n");
    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();
    write("change.txt", "Second headline\n\nBody.\n");
    Files.delete(input.resolve("gone.txt"));
    out.getBuffer().setLength(0);

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString())
        .contains("  added:      0\n  updated:    1\n  unchanged:  1\n  removed:    1\n");
  }

  @Test
  void rerunReplacesArticlesInsteadOfDuplicating() throws IOException {
    write("a.txt", "First headline\n\nBody one.\n");
    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();
    write("a.txt", "Changed headline\n\nBody two.\n");

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(1);
      assertThat(searcher.search(SearchRequest.of("changed")).total()).isEqualTo(1);
    }
  }

  @Test
  void missingInputFolderFailsWithOneLine() {
    Path missing = input.resolve("nope");

    assertThat(run("--input", missing.toString(), "--index", index.toString())).isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: input folder " + missing + " does not exist\n");
    assertThat(index).isEmptyDirectory();
  }

  @Test
  void indexInUseFailsWithOneLine() throws IOException {
    write("a.txt", "Headline\n\nBody.\n");
    try (NewsIndexWriter other = NewsIndexWriter.open(index)) {
      assertThat(run("--input", input.toString(), "--index", index.toString())).isEqualTo(1);
    }
    assertThat(err.toString()).isEqualTo("indexer: index " + index + " is in use by another indexer\n");
  }

  @Test
  void aCommitIntervalOfNothingFailsWithOneLine() {
    assertThat(run("--input", input.toString(), "--index", index.toString(), "--commit-every", "0"))
        .isEqualTo(1);

    assertThat(err.toString()).isEqualTo("indexer: --commit-every must be more than 0 seconds, was 0.0\n");
    assertThat(index).isEmptyDirectory();
  }

  @Test
  void helpDocumentsEveryOption() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .contains("--input=DIR", "--index=DIR", "--commit-every=SECONDS", "--help", "--version",
            ".jsonl", "REMOVED", "over 10 MB", "killed");
  }

  @Test
  void versionNamesTheProgramAndTheBuildForEverySubcommand() {
    assertThat(run("--version")).isZero();
    assertThat(run("search", "--version")).isZero();

    // From the jar, the build is the pom's version; from compiled classes, it says so.
    assertThat(out.toString().lines())
        .hasSize(2)
        .allMatch(line -> line.matches("newsindex indexer (\\d+\\.\\d+\\.\\d+\\S*|\\(development build\\))"));
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
