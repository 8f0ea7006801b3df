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
import org.newsindex.NewsIndexWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
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
        .contains("files seen:       3")
        .contains("articles indexed: 2")
        .contains("files ignored:    1")
        .contains("files skipped:    0")
        .containsPattern("articles/s, [0-9.]+ MB/s");
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(2);
      assertThat(searcher.find("business/001")).isPresent();
    }
  }

  @Test
  void badFilesAreReportedAndSkippedWhileTheRestIsIndexed() throws IOException {
    write("good.txt", "A good headline\n\nA good paragraph.\n");
    write("empty.txt", "");
    Files.write(input.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.write(input.resolve("latin1.txt"), "Caf\u00e9 news\n\nBody".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    assertThat(out.toString())
        .contains("articles indexed: 1")
        .contains("files skipped:    3")
        .containsPattern("empty.txt: .*headline")
        .contains("binary.txt: binary file")
        .contains("latin1.txt: not valid UTF-8");
  }

  @Test
  void rerunReplacesArticlesInsteadOfDuplicating() throws IOException {
    write("a.txt", "First headline\n\nBody one.\n");
    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();
    write("a.txt", "Changed headline\n\nBody two.\n");

    assertThat(run("--input", input.toString(), "--index", index.toString())).isZero();

    try (NewsSearcher searcher = NewsSearcher.open(index)) {
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
  void helpDocumentsEveryOption() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString()).contains("--input=DIR", "--index=DIR", "--help", "--version");
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
