package org.newsindex.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.IndexingReport;
import org.newsindex.IndexingReport.SkippedFile;
import org.newsindex.IndexingReport.Warning;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.SearchRequest;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.parse.ArticleParser;

/** Incremental runs and JSON Lines input; hostile files are in {@link FolderIndexerMessyInputTest}. */
class FolderIndexerTest {

  @TempDir Path input;
  @TempDir Path index;

  @Test
  void aSecondRunOverAnUnchangedFolderWritesNothing() throws IOException {
    write("a.txt", "Alpha headline\n\nAlpha body.\n");
    write("b.txt", "Beta headline\n\nBeta body.\n");
    IndexingReport first = index();
    long generation = commitGeneration();

    IndexingReport second = index();

    assertThat(first.added()).isEqualTo(2);
    assertThat(second)
        .extracting(IndexingReport::added, IndexingReport::updated, IndexingReport::unchanged,
            IndexingReport::removed)
        .containsExactly(0, 0, 2, 0);
    assertThat(second.changed()).isFalse();
    assertThat(commitGeneration()).as("no commit without a change").isEqualTo(generation);
  }

  @Test
  void changedFilesAreUpdatedNewOnesAddedAndGoneOnesRemoved() throws IOException {
    write("keep.txt", "Kept headline\n\nKept body.\n");
    write("change.txt", "Old headline\n\nOld body.\n");
    write("sub/gone.txt", "Gone headline\n\nGone body.\n");
    index();
    write("change.txt", "New headline\n\nNew body.\n");
    Files.delete(input.resolve("sub/gone.txt"));
    write("new.txt", "Fresh headline\n\nFresh body.\n");

    IndexingReport report = index();

    assertThat(report)
        .extracting(IndexingReport::added, IndexingReport::updated, IndexingReport::unchanged,
            IndexingReport::removed)
        .containsExactly(1, 1, 1, 1);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.articleCount()).isEqualTo(3);
      assertThat(searcher.find("change").orElseThrow().headline()).isEqualTo("New headline");
      assertThat(searcher.find("sub/gone")).isEmpty();
      assertThat(searcher.search(SearchRequest.of("gone")).total()).isZero();
    }
  }

  @Test
  void aFileThatTurnsBadKeepsItsLastGoodVersion() throws IOException {
    write("a.txt", "Good headline\n\nGood body.\n");
    index();
    write("a.txt", "");

    IndexingReport report = index();

    assertThat(report.skipped()).extracting(SkippedFile::path).containsExactly("a.txt");
    assertThat(report.removed()).isZero();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("a").orElseThrow().headline()).isEqualTo("Good headline");
    }
  }

  @Test
  void articlesIndexedWithoutAHashAreRewrittenOnce() throws IOException {
    write("a.txt", "Headline\n\nBody.\n");
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      writer.add(new Article("a", "Headline", null, null, null, List.of("Body."), List.of()));
      writer.commit();
    }

    assertThat(index().updated()).isEqualTo(1);
    assertThat(index().unchanged()).isEqualTo(1);
  }

  @Test
  void theIndexMirrorsTheFolderSoArticlesFromElsewhereAreRemoved() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      writer.add(new Article("elsewhere", "Other", null, null, null, List.of(), List.of()));
      writer.commit();
    }
    write("a.txt", "Headline\n\nBody.\n");

    IndexingReport report = index();

    assertThat(report.removed()).isEqualTo(1);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("elsewhere")).isEmpty();
      assertThat(searcher.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void commitsDuringALongRunSoAKilledRunLosesLittle() throws IOException {
    // Commits every 500 articles; parsing runs behind the walk, by a bounded queue far shorter.
    IndexingRun.Commits commits = new IndexingRun.Commits(500, Duration.ofDays(1));
    int articles = 2 * commits.articles() + 5;
    for (int i = 0; i < articles; i++) {
      write(String.format("%05d.txt", i), "Headline " + i + "\n\nBody " + i + ".\n");
    }
    List<Boolean> committedMidRun = new ArrayList<>();

    try (NewsIndexWriter writer = NewsIndexWriter.open(index);
        Directory directory = FSDirectory.open(index)) {
      new FolderIndexer(new ArticleParser(), commits)
          .index(input, writer, (filesSeen, indexed, bytesRead) -> {
            if (filesSeen == 1) {
              committedMidRun.add(isCommitted(directory));
            } else if (filesSeen == articles) {
              // A commit runs beside the parser threads, so the one due at article 500 may still
              // be flushing when the walk ends; the run's own last commit comes after the walk.
              committedMidRun.add(isCommittedWithin(directory, Duration.ofSeconds(30)));
            }
          });
    }

    assertThat(committedMidRun).containsExactly(false, true);
  }

  @Test
  void inputBytesAreWhatARunReads() throws IOException {
    write("a.txt", "Headline A\n\nBody of a.\n");
    write("feeds/f.jsonl", "{\"id\": \"j1\", \"headline\": \"J\", \"body\": \"Body.\"}\n");
    write("notes.md", "not article input");
    write(".hidden/b.txt", "Headline B\n\nHidden.\n");
    write("c.txt~", "Headline C\n\nA backup.\n");
    long articleBytes =
        Files.size(input.resolve("a.txt")) + Files.size(input.resolve("feeds/f.jsonl"));
    long[] lastRead = {-1};

    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      new FolderIndexer(new ArticleParser())
          .index(input, writer, (filesSeen, written, bytesRead) -> lastRead[0] = bytesRead);
    }

    assertThat(FolderIndexer.inputBytes(input)).isEqualTo(articleBytes);
    assertThat(lastRead[0]).isEqualTo(articleBytes);
  }

  @Test
  void jsonLinesGiveOneArticlePerLineWithBodyOrParagraphs() throws IOException {
    write("feeds/feed.jsonl", """
        {"id": " wire-1 ", "headline": "Rates held", "body": "First line\\nsame paragraph.\\n\\n\\u201cProfits will rise this year,\\u201d Jane Hollis said.", "date": "2024-03-19", "source": "Wire"}

        {"id": "wire-2", "headline": "Cup final", "paragraphs": ["One.", "  ", "Two."], "date": "Tuesday 19 March 2024"}
        {"id": "wire-3", "headline": "No body at all"}
        """);

    IndexingReport report = index();

    assertThat(report.added()).isEqualTo(3);
    assertThat(report.skipped()).isEmpty();
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      Article first = searcher.find("wire-1").orElseThrow();
      assertThat(first.paragraphs())
          .containsExactly(
              "First line same paragraph.", "\u201cProfits will rise this year,\u201d Jane Hollis said.");
      assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 19));
      assertThat(first.dateText()).isEqualTo("2024-03-19");
      assertThat(first.source()).isEqualTo("Wire");
      assertThat(first.speakers()).containsExactly("Jane Hollis");
      assertThat(first.quotes()).extracting(Quote::speaker).containsExactly("Jane Hollis");
      Article second = searcher.find("wire-2").orElseThrow();
      assertThat(second.paragraphs()).containsExactly("One.", "Two.");
      assertThat(second.dateText()).isEqualTo("Tuesday 19 March 2024");
      assertThat(second.date()).isEqualTo(LocalDate.of(2024, 3, 19));
      assertThat(searcher.find("wire-3").orElseThrow().paragraphs()).isEmpty();
    }
  }

  @Test
  void badJsonLinesAreReportedWithFileAndLineAndTheRestIsIndexed() throws IOException {
    write("feed.jsonl", String.join("\n",
        "{\"id\": \"ok-1\", \"headline\": \"Fine\", \"body\": \"Text.\"}",
        "{\"id\": \"x\", \"headline\": ",
        "{\"id\": \"no-headline\", \"body\": \"Text.\"}",
        "{\"headline\": \"No id\"}",
        "{\"id\": 7, \"headline\": \"Numeric id\"}",
        "{\"id\": \"p\", \"headline\": \"H\", \"paragraphs\": \"not an array\"}",
        "{\"id\": \"q\", \"headline\": \"H\", \"paragraphs\": [1, 2]}",
        "{\"id\": \"r\", \"headline\": \"H\", \"body\": \"b\", \"paragraphs\": [\"p\"]}",
        "[1, 2]",
        "{\"id\": \"ok-1\", \"headline\": \"Same id again\"}",
        "{\"id\": \"ok-2\", \"headline\": \"Also fine\"}"));

    IndexingReport report = index();

    assertThat(report.added()).isEqualTo(2);
    assertThat(report.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
        .satisfiesExactly(
            bad -> assertThat(bad.toList()).first().isEqualTo("feed.jsonl:2"),
            bad -> assertThat(bad.toList()).containsExactly("feed.jsonl:3", "missing \"headline\""),
            bad -> assertThat(bad.toList()).containsExactly("feed.jsonl:4", "missing \"id\""),
            bad -> assertThat(bad.toList())
                .containsExactly("feed.jsonl:5", "\"id\" must be a string"),
            bad -> assertThat(bad.toList())
                .containsExactly("feed.jsonl:6", "\"paragraphs\" must be an array of strings"),
            bad -> assertThat(bad.toList())
                .containsExactly("feed.jsonl:7", "\"paragraphs\" must be an array of strings"),
            bad -> assertThat(bad.toList())
                .containsExactly("feed.jsonl:8", "give \"body\" or \"paragraphs\", not both"),
            bad -> assertThat(bad.toList()).containsExactly("feed.jsonl:9", "not a JSON object"),
            bad -> assertThat(bad.toList())
                .containsExactly("feed.jsonl:10", "duplicate id \"ok-1\" (first in feed.jsonl:1)"));
    assertThat(report.skipped().getFirst().reason()).startsWith("invalid JSON: ");
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("ok-1").orElseThrow().headline()).isEqualTo("Fine");
      assertThat(searcher.articleCount()).isEqualTo(2);
    }
  }

  @Test
  void jsonLinesAreHashedPerLine() throws IOException {
    write("feed.jsonl", """
        {"id": "a", "headline": "A"}
        {"id": "b", "headline": "B"}
        {"id": "c", "headline": "C"}
        """);
    index();
    write("feed.jsonl", """
        {"id": "a", "headline": "A"}
        {"id": "b", "headline": "B changed"}
        {"id": "d", "headline": "D"}
        """);

    IndexingReport report = index();

    assertThat(report)
        .extracting(IndexingReport::added, IndexingReport::updated, IndexingReport::unchanged,
            IndexingReport::removed)
        .containsExactly(1, 1, 1, 1);
  }

  @Test
  void aJsonLineThatTurnsBadKeepsItsArticle() throws IOException {
    write("feed.jsonl", "{\"id\": \"a\", \"headline\": \"A\"}\n");
    index();
    write("feed.jsonl", "{\"id\": \"a\", \"headline\": \"\"}\n");

    IndexingReport report = index();

    assertThat(report.skipped()).containsExactly(new SkippedFile("feed.jsonl:1", "missing \"headline\""));
    assertThat(report.removed()).isZero();
  }

  @Test
  void aJsonLineInWindows1252IsIndexedWithAWarning() throws IOException {
    Files.write(input.resolve("feed.jsonl"),
        "{\"id\": \"cafe\", \"headline\": \"Caf\u00e9 opens\"}\r\n".getBytes(StandardCharsets.ISO_8859_1));

    IndexingReport report = index();

    assertThat(report.warnings())
        .containsExactly(new Warning("feed.jsonl:1", "not valid UTF-8; read as windows-1252"));
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("cafe").orElseThrow().headline()).isEqualTo("Caf\u00e9 opens");
    }
  }

  @Test
  void aDateThatReadsAsNoDateIsAWarningAndTheArticleIsIndexedUndated() throws IOException {
    write("a.txt", "Date: sometime last spring\nMarkets rally\n\nShares rose.\n");
    write("feed.jsonl",
        "{\"id\": \"b\", \"headline\": \"Rates cut\", \"date\": \"12/02/2017\"}\n"
            + "{\"id\": \"c\", \"headline\": \"Rates held\", \"date\": \"2017-02-16T15:07Z\"}\n");

    IndexingReport report = index();

    assertThat(report.warnings())
        .containsExactlyInAnyOrder(
            new Warning("a.txt", "date \"sometime last spring\" not understood; indexed without"
                + " a date"),
            new Warning("feed.jsonl:1", "date \"12/02/2017\" not understood; indexed without"
                + " a date"));
    assertThat(report.added()).isEqualTo(3);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      assertThat(searcher.find("a").orElseThrow().date()).isNull();
      assertThat(searcher.find("c").orElseThrow().date()).isEqualTo(LocalDate.of(2017, 2, 16));
    }
  }

  @Test
  void aTextFileAndAJsonLineWithTheSameIdAreNotBothIndexed() throws IOException {
    write("a.txt", "From text\n\nBody.\n");
    write("b.jsonl", "{\"id\": \"a\", \"headline\": \"From JSON\"}\n");

    IndexingReport report = index();

    assertThat(report.added()).isEqualTo(1);
    assertThat(report.skipped()).singleElement()
        .satisfies(skip -> assertThat(skip.reason()).startsWith("duplicate id \"a\""));
  }

  private IndexingReport index() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      return new FolderIndexer(new ArticleParser()).index(input, writer, FolderIndexer.Progress.NONE);
    }
  }

  private long commitGeneration() throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(directory).getGeneration();
    }
  }

  private static boolean isCommittedWithin(Directory directory, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!isCommitted(directory)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static boolean isCommitted(Directory directory) {
    try {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private void write(String relative, String text) throws IOException {
    Path file = input.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
