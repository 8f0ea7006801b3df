package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.SearchRequest;
import org.newsindex.search.ContentHash;
import org.newsindex.search.Schema;

class NewsIndexWriterTest {

  @TempDir Path indexDir;

  private static final Article ARTICLE =
      new Article("a", "Minsk talks resume", null, null, null, List.of("The Minsk agreements."), List.of());

  @Test
  void commitsRecordTheLayoutVersion() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(ARTICLE);
      writer.commit();
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
          .containsEntry(Schema.VERSION_KEY, String.valueOf(Schema.VERSION));
    }
  }

  @Test
  void contentHashesReadBackAsWritten() throws IOException {
    byte[] input = "Minsk talks resume".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, String> written =
        Map.of(
            "hex", ContentHash.of(input, input.length),
            "upper-case hex", "0A1B",
            "odd hex", "abc",
            "opaque", "version 3 of the feed",
            "empty", ContentHash.UNKNOWN);
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (Map.Entry<String, String> article : written.entrySet()) {
        writer.add(
            new Article(article.getKey(), "Headline", null, null, null, List.of("Text."), List.of()),
            article.getValue());
      }
      writer.commit();
      assertThat(writer.contentHashes()).isEqualTo(written);
    }
  }

  @Test
  void indexOfAnOlderLayoutIsRebuiltInsteadOfRefused() throws IOException {
    // Version 1 indexed the exact fields with offsets; Lucene will not mix those with version 2's.
    FieldType withOffsets = new FieldType();
    withOffsets.setTokenized(true);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      Document doc = new Document();
      doc.add(new Field(Schema.PARAGRAPHS_EXACT, "an old paragraph", withOffsets));
      old.addDocument(doc);
      old.setLiveCommitData(Map.of(Schema.VERSION_KEY, "1").entrySet());
      old.commit();
    }

    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(ARTICLE);
      writer.commit();
    }

    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      assertThat(searcher.articleCount()).isEqualTo(1);
      assertThat(searcher.search(SearchRequest.of("\"minsk agreements\"")).hits().get(0).snippets())
          .containsExactly("The <mark>Minsk agreements</mark>.");
    }
  }

  @Test
  void searcherRefusesAnIndexOfAnotherLayoutAndSaysHowToRebuild() throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(Schema.indexAnalyzer()))) {
      old.addDocument(new Document());
      old.setLiveCommitData(Map.of(Schema.VERSION_KEY, "5").entrySet());
      old.commit();
    }

    assertThatThrownBy(() -> LuceneNewsSearcher.open(indexDir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "the index at " + indexDir + " has layout version 5; this newsindex reads version "
                + Schema.VERSION + ": run the indexer again to rebuild it");
  }

  @Test
  void commitsMergeTheSmallSegmentsIntoOne() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (int run = 0; run < 3; run++) {
        writer.add(
            new Article(
                "run-" + run, "Talks, day " + run, null, null, null,
                List.of("Day " + run + " of the talks."), List.of()));
        writer.commit();
      }
    }

    try (Directory directory = FSDirectory.open(indexDir)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      assertThat(commit.size()).isEqualTo(1);
      assertThat(commit.totalMaxDoc()).isEqualTo(3);
    }
  }

  @Test
  void aCommitFlushesTheBuffersOfEveryThreadThatWrote() throws Exception {
    int threads = 4;
    int perThread = 50;
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      CyclicBarrier together = new CyclicBarrier(threads);
      List<Future<?>> writes = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int first = thread * perThread;
        writes.add(
            pool.submit(
                () -> {
                  together.await();
                  for (int i = first; i < first + perThread; i++) {
                    writer.add(
                        new Article(
                            "a-" + i, "Talks, day " + i, null, null, null,
                            List.of("Talks went on for day " + i + " of many."), List.of()));
                  }
                  return null;
                }));
      }
      for (Future<?> write : writes) {
        write.get();
      }
      writer.commit();
    }

    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      assertThat(searcher.articleCount()).isEqualTo(threads * perThread);
    }
  }

  @Test
  void everyDocumentHasANormForEveryTextFieldSoScoringReadsThemByPosition() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(
          new Article(
              "quoted", "Minister speaks", null, null, null,
              List.of("\"We will act,\" said Jane Smith."), List.of("Jane Smith"),
              List.of(new Quote("We will act,", "Jane Smith", 0))));
      writer.add(
          new Article(
              "unquoted", "Rain again", null, null, null, List.of("It rained."), List.of()));
      writer.commit();
    }

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      LeafReader leaf = reader.leaves().getFirst().reader();
      int docs = leaf.maxDoc();
      assertThat(docs).as("two articles and one quote").isEqualTo(3);
      for (String field : List.of(Schema.HEADLINE, Schema.PARAGRAPHS, Schema.QUOTE_TEXT)) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < docs; doc++) {
          assertThat(norms.advanceExact(doc)).as(field + " norm of document " + doc).isTrue();
        }
        // The empty fields add nothing a search could find or count.
        assertThat(leaf.terms(field).getDocCount()).as(field).isEqualTo(
            field.equals(Schema.QUOTE_TEXT) ? 1 : 2);
      }
    }
  }
}
