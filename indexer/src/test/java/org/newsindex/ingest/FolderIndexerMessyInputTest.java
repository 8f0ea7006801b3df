package org.newsindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.IndexingReport;
import org.newsindex.IndexingReport.SkippedFile;
import org.newsindex.IndexingReport.Warning;
import org.newsindex.NewsSearcher;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.parse.ArticleParser;

/**
 * Hostile input: every bad file is indexed or skipped with a one-line reason, and every good
 * article around it is indexed. All fixtures are made here, the 50 MB file included.
 */
class FolderIndexerMessyInputTest {

  private static final String GOOD = "A good headline\n\nA good paragraph.\n";

  @TempDir Path input;
  @TempDir Path index;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void everyBadFileIsSkippedWithItsReasonAndEveryGoodOneIsIndexed() throws IOException {
    write("good.txt", GOOD);
    write("sub/good.txt", GOOD);
    write("empty.txt", "");
    write("blank.txt", " \n\u00a0\n\t\n");
    write("date-only.txt", "Date: 2024-03-19\n\n");
    Files.write(input.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    writeBytes("huge.txt", 50_000_000);
    Files.createSymbolicLink(input.resolve("dangling.txt"), Path.of("missing.txt"));
    Files.createSymbolicLink(input.resolve("self.txt"), Path.of("self.txt"));
    Files.createSymbolicLink(input.resolve("ping.txt"), Path.of("pong.txt"));
    Files.createSymbolicLink(input.resolve("pong.txt"), Path.of("ping.txt"));
    Files.createSymbolicLink(input.resolve("sub/up"), input);
    Files.createSymbolicLink(input.resolve("link-to-good.txt"), Path.of("good.txt"));
    write(".hidden.txt", GOOD);
    write(".git/config.txt", GOOD);
    write("good.txt~", GOOD);

    IndexingReport report = index();

    assertThat(reasons(report))
        .containsOnly(
            Map.entry("empty.txt", "no headline: the text is empty"),
            Map.entry("blank.txt", "no headline: the text is empty"),
            Map.entry("date-only.txt", "no headline after the date line"),
            Map.entry("binary.txt", "binary file (contains NUL bytes)"),
            Map.entry("huge.txt", "too large (50.0 MB; the limit is 10 MB)"),
            Map.entry("dangling.txt", "broken symbolic link to missing.txt"),
            Map.entry("self.txt", "symbolic link loop"),
            Map.entry("ping.txt", "symbolic link loop"),
            Map.entry("pong.txt", "symbolic link loop"),
            Map.entry("sub/up", "symbolic link loop"));
    assertThat(report.added()).isEqualTo(3);
    assertThat(report.warnings()).isEmpty();
    assertThat(report.filesSeen()).as("hidden files and backups are not even seen").isEqualTo(13);
    assertThat(report.bytesRead()).as("the huge file is not read").isLessThan(1_000);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(3);
      assertThat(searcher.find("link-to-good")).isPresent();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void textInUtf16WithAByteOrderMarkIsIndexedAsText(String charset) throws IOException {
    Files.write(input.resolve("unicode.txt"),
        "\ufeff\u201cZo\u00eb\u201d wins \u2013 at last\n\nIt costs \u20ac5.\n"
            .getBytes(Charset.forName(charset)));

    IndexingReport report = index();

    assertThat(report.skipped()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      Article article = searcher.find("unicode").orElseThrow();
      assertThat(article.headline()).isEqualTo("\u201cZo\u00eb\u201d wins \u2013 at last");
      assertThat(article.paragraphs()).containsExactly("It costs \u20ac5.");
    }
  }

  @Test
  void textInWindows1252IsIndexedWithAWarning() throws IOException {
    Files.write(input.resolve("notepad.txt"),
        "\u201cCaf\u00e9\u201d opens \u2013 at last\n\nIt costs \u20ac5.\n"
            .getBytes(Charset.forName("windows-1252")));

    IndexingReport report = index();

    assertThat(report.skipped()).isEmpty();
    assertThat(report.warnings())
        .containsExactly(new Warning("notepad.txt", "not valid UTF-8; read as windows-1252"));
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      Article article = searcher.find("notepad").orElseThrow();
      assertThat(article.headline()).isEqualTo("\u201cCaf\u00e9\u201d opens \u2013 at last");
      assertThat(article.paragraphs()).containsExactly("It costs \u20ac5.");
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFifoIsReportedAndNeverOpened() throws IOException, InterruptedException {
    write("good.txt", GOOD);
    Path fifo = input.resolve("pipe.txt");
    int status = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    assumeTrue(status == 0 && Files.exists(fifo), "mkfifo is available");

    IndexingReport report = index();

    assertThat(report.skipped()).containsExactly(new SkippedFile("pipe.txt",
        "not a regular file (a FIFO, socket or device is never read)"));
    assertThat(report.added()).isEqualTo(1);
  }

  @Test
  void aFileThatFailsOnReadIsSkipped() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "/proc/self/mem exists (Linux)");
    write("good.txt", GOOD);
    // Opening works even for root, but reading offset 0 of a process's memory fails with EIO.
    Files.createSymbolicLink(input.resolve("memory.txt"), mem);

    IndexingReport report = index();

    assertThat(report.skipped()).singleElement().satisfies(skip -> {
      assertThat(skip.path()).isEqualTo("memory.txt");
      assertThat(skip.reason()).startsWith("cannot read: ").doesNotContain("\n");
    });
    assertThat(report.added()).isEqualTo(1);
  }

  @Test
  void anUnreadableJsonLinesFileRemovesNothing() throws IOException {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(mem), "/proc/self/mem exists (Linux)");
    write("feed.jsonl", "{\"id\": \"a\", \"headline\": \"A\"}\n");
    index();
    Files.delete(input.resolve("feed.jsonl"));
    Files.createSymbolicLink(input.resolve("feed.jsonl"), mem);

    IndexingReport report = index();

    assertThat(report.removed()).isZero();
    assertThat(report.warnings())
        .containsExactly(new Warning("feed.jsonl", "could not be read, so no article was removed"));
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("a")).isPresent();
    }
  }

  @Test
  void aFileWithoutReadPermissionIsSkipped() throws IOException {
    write("good.txt", GOOD);
    Path locked = write("locked.txt", GOOD);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeTrue(cannotRead(locked), "the file is really unreadable (not so for root)");

    IndexingReport report = index();

    assertThat(report.skipped())
        .containsExactly(new SkippedFile("locked.txt", "cannot read: permission denied"));
    assertThat(report.added()).isEqualTo(1);
  }

  @Test
  void aJsonLineOverTheLimitIsSkippedAndTheLinesAroundItIndexed() throws IOException {
    Path feed = input.resolve("feed.jsonl");
    try (FileChannel out = FileChannel.open(feed, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      out.write(utf8("{\"id\": \"before\", \"headline\": \"Before\"}\n{\"id\": \"big\", \"body\": \""));
      fill(out, 11_000_000);
      out.write(utf8("\"}\n{\"id\": \"after\", \"headline\": \"After\"}"));
    }

    IndexingReport report = index();

    assertThat(report.skipped())
        .containsExactly(new SkippedFile("feed.jsonl:2", "too large (11.0 MB; the limit is 10 MB)"));
    assertThat(report.added()).isEqualTo(2);
  }

  @Test
  void anIdOrSourceTooLongToIndexIsSkippedAndTheRestIndexed() throws IOException {
    write("good.txt", GOOD);
    write("feed.jsonl", String.join("\n",
        "{\"id\": \"long-source\", \"headline\": \"H\", \"body\": \"x\", \"source\": \""
            + "S".repeat(9_000) + "\"}",
        "{\"id\": \"" + "i".repeat(40_000) + "\", \"headline\": \"H\", \"body\": \"x\"}",
        "{\"id\": \"fine\", \"headline\": \"Fine\", \"body\": \"x\"}"));
    // Not a wire agency in brackets but a run of letters: the story is indexed without a source.
    write("dateline.txt", "Wire story\n\nWASHINGTON (" + "A".repeat(9_000) + ") - Officials met.\n");

    for (int run = 1; run <= 2; run++) {
      IndexingReport report = index();

      assertThat(reasons(report)).as("run %d", run).containsOnly(
          Map.entry("feed.jsonl:1", "the article's source is 9,000 characters long; the limit is 1,000"),
          Map.entry("feed.jsonl:2", "the article's id is 40,000 characters long; the limit is 1,000"));
      assertThat(report.added() + report.unchanged()).as("run %d", run).isEqualTo(3);
    }
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("dateline")).get().extracting(Article::source).isNull();
    }
  }

  @Test
  void anArticleTheIndexRefusesIsSkippedAndTheRestIndexed() throws IOException {
    write("good.txt", GOOD);
    write("refused.txt", GOOD);
    write("later.txt", GOOD);

    IndexingReport report;
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      ArticleWriter refusing = new ArticleWriter() {
        @Override
        public void add(Article article, String contentHash) throws IOException {
          if (article.id().equals("refused")) {
            throw new IllegalArgumentException("a term is too long");
          }
          writer.add(article, contentHash);
        }

        @Override
        public Map<String, String> contentHashes() throws IOException {
          return writer.contentHashes();
        }

        @Override
        public void delete(String id) throws IOException {
          writer.delete(id);
        }

        @Override
        public void commit() throws IOException {
          writer.commit();
        }

        @Override
        public void close() {}
      };
      report = new FolderIndexer(new ArticleParser()).index(input, refusing, FolderIndexer.Progress.NONE);
    }

    assertThat(reasons(report)).containsOnly(Map.entry("refused.txt", "cannot be indexed: a term is too long"));
    assertThat(report.added()).isEqualTo(2);
  }

  private IndexingReport index() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      return new FolderIndexer(new ArticleParser()).index(input, writer, FolderIndexer.Progress.NONE);
    }
  }

  private static Map<String, String> reasons(IndexingReport report) {
    return report.skipped().stream()
        .collect(Collectors.toMap(SkippedFile::path, SkippedFile::reason));
  }

  private static boolean cannotRead(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      in.read();
      return false;
    } catch (IOException expected) {
      return true;
    }
  }

  /** Writes a file of plain text lines of the given size, without holding it in memory. */
  private void writeBytes(String relative, long size) throws IOException {
    try (FileChannel out = FileChannel.open(input.resolve(relative),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(utf8("A huge headline\n\n"));
      fill(out, size - out.size());
    }
  }

  private static void fill(FileChannel out, long bytes) throws IOException {
    byte[] line = "All work and no play makes a dull article. ".repeat(1_000)
        .getBytes(StandardCharsets.US_ASCII);
    long left = bytes;
    while (left > 0) {
      int n = (int) Math.min(left, line.length);
      out.write(ByteBuffer.wrap(line, 0, n));
      left -= n;
    }
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = input.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
