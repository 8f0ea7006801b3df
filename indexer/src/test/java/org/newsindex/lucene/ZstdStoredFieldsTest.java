package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored documents written through {@link ZstdStoredFields} read back as written: in a segment
 * with a dictionary and in one too small for it, after a merge, from several threads at once.
 */
class ZstdStoredFieldsTest {

  private static final String[] WORDS = {
    "the", "bank", "said", "interest", "rates", "would", "rise", "\"We", "expect", "growth,\"",
    "Mr", "Smith", "told", "reporters.", "aaaaaaaa", "é", "€", "\n", "1,250", "per", "cent"
  };

  @TempDir Path dir;

  @Test
  void aSegmentWithADictionaryReadsBackEveryDocumentAsWritten() throws IOException {
    List<Document> written = documents(new Random(5), 400); // ~1 MB of text: past the training
    try (Directory directory = FSDirectory.open(dir)) {
      writeInOneSegment(directory, written);
      assertThat(dictionaryBytes(directory)).as("the segment's dictionary").isGreaterThan(1000);
      assertReadsBack(directory, written);
    }
  }

  @Test
  void aSegmentTooSmallForADictionaryHasNoneAndReadsBack() throws IOException {
    List<Document> written = documents(new Random(6), 3);
    try (Directory directory = FSDirectory.open(dir)) {
      writeInOneSegment(directory, written);
      assertThat(dictionaryBytes(directory)).isZero();
      assertReadsBack(directory, written);
    }
  }

  @Test
  void mergedSegmentsReadBackWithADictionaryOfTheirOwn() throws IOException {
    Random random = new Random(7);
    List<Document> written = new ArrayList<>();
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer = new IndexWriter(directory, config())) {
        for (int segment = 0; segment < 4; segment++) {
          List<Document> batch = documents(random, segment == 0 ? 2 : 150);
          writer.addDocuments(batch);
          written.addAll(batch);
          writer.commit();
        }
        writer.forceMerge(1);
        writer.commit();
      }
      assertThat(dictionaryBytes(directory)).isGreaterThan(1000);
      assertReadsBack(directory, written);
    }
  }

  @Test
  void aDocumentLargerThanTwoChunksIsWrittenInSlicesAndReadsBack() throws IOException {
    List<Document> written = documents(new Random(10), 50);
    Document large = new Document();
    large.add(new StoredField("title", "A very long file"));
    large.add(new StoredField("text", text(new Random(11), 600_000))); // about 3 MB
    written.add(25, large);
    try (Directory directory = FSDirectory.open(dir)) {
      writeInOneSegment(directory, written);
      assertReadsBack(directory, written);
    }
  }

  @Test
  void readersOnManyThreadsEachGetTheirOwnDocuments() throws Exception {
    List<Document> written = documents(new Random(8), 300);
    try (Directory directory = FSDirectory.open(dir)) {
      writeInOneSegment(directory, written);
      try (DirectoryReader reader = DirectoryReader.open(directory);
          ExecutorService threads = Executors.newFixedThreadPool(4)) {
        List<Future<Integer>> reads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          Random random = new Random(t);
          reads.add(
              threads.submit(
                  () -> {
                    StoredFields stored = reader.storedFields();
                    for (int trial = 0; trial < 500; trial++) {
                      int doc = random.nextInt(written.size());
                      assertSame(written.get(doc), stored.document(doc), doc);
                    }
                    return 500;
                  }));
        }
        for (Future<Integer> read : reads) {
          assertThat(read.get()).isEqualTo(500);
        }
      }
    }
  }

  @Test
  void newsTextIsStoredInLessThanHalfItsSize() throws IOException {
    List<Document> written = documents(new Random(9), 400);
    long text = 0;
    for (Document doc : written) {
      for (String value : doc.getValues("text")) {
        text += value.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    try (Directory directory = FSDirectory.open(dir)) {
      writeInOneSegment(directory, written);
      long stored = 0;
      for (String file : directory.listAll()) {
        if (file.endsWith(".fdt") || file.endsWith(".zdict")) {
          stored += directory.fileLength(file);
        }
      }
      assertThat(stored).isLessThan(text / 2);
    }
  }

  /** Writes the documents and commits them, one segment. */
  private static void writeInOneSegment(Directory directory, List<Document> documents)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, config())) {
      writer.addDocuments(documents);
      writer.commit();
    }
  }

  private static IndexWriterConfig config() {
    // Merges in order, so that documents keep their numbers.
    LogDocMergePolicy noCompoundFiles = new LogDocMergePolicy();
    noCompoundFiles.setNoCFSRatio(0);
    return new IndexWriterConfig()
        .setCodec(new NewsindexCodec())
        .setUseCompoundFile(false)
        .setMergePolicy(noCompoundFiles);
  }

  /** The size of the one segment's dictionary. */
  private static long dictionaryBytes(Directory directory) throws IOException {
    SegmentInfos segments = SegmentInfos.readLatestCommit(directory);
    assertThat(segments.size()).isEqualTo(1);
    return ZstdStoredFields.readDictionary(directory, segments.info(0).info).length;
  }

  /**
   * Documents of a few paragraphs of random words, a number and some bytes, and every fourth one
   * with nothing stored at all, as a quote's document.
   */
  private static List<Document> documents(Random random, int count) {
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Document doc = new Document();
      doc.add(new StringField("id", "doc" + i, Field.Store.NO));
      if (i % 4 != 3) {
        doc.add(new StoredField("title", text(random, 5 + random.nextInt(10))));
        for (int p = random.nextInt(6); p >= 0; p--) {
          doc.add(new StoredField("text", text(random, 20 + random.nextInt(120))));
        }
        doc.add(new StoredField("number", random.nextLong()));
        byte[] bytes = new byte[random.nextInt(40)];
        random.nextBytes(bytes);
        doc.add(new StoredField("bytes", new BytesRef(bytes)));
      }
      documents.add(doc);
    }
    return documents;
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }

  private static void assertReadsBack(Directory directory, List<Document> written)
      throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.maxDoc()).isEqualTo(written.size());
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < written.size(); doc++) {
        assertSame(written.get(doc), stored.document(doc), doc);
      }
    }
  }

  private static void assertSame(Document written, Document read, int doc) {
    assertThat(read.getValues("title"))
        .as("title of %d", doc)
        .containsExactly(written.getValues("title"));
    assertThat(read.getValues("text"))
        .as("text of %d", doc)
        .containsExactly(written.getValues("text"));
    assertThat(number(read)).as("number of %d", doc).isEqualTo(number(written));
    assertThat(read.getBinaryValue("bytes")).isEqualTo(written.getBinaryValue("bytes"));
  }

  private static Number number(Document doc) {
    return doc.getField("number") == null ? null : doc.getField("number").numericValue();
  }
}
