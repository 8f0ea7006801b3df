package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Schema;

class FacetedSearcherTest {

  @Test
  void largeSegmentsAreSearchedInSlicesOfTheirOwn() throws IOException {
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int segment = 0; segment < 2; segment++) {
          for (int i = 0; i < 25_000; i++) {
            Document doc = new Document();
            doc.add(new StringField(Schema.ID, segment + "/" + i, Field.Store.NO));
            writer.addDocument(doc);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        FacetedSearcher searcher =
            (FacetedSearcher)
                FacetedSearcher.factory(executor, new FacetOrdinalsCache(executor))
                    .newSearcher(reader, null);
        assertThat(reader.leaves()).hasSize(2);
        // Lucene's default would put both in one slice (up to 250,000 documents), one thread.
        assertThat(searcher.getSlices()).hasSize(2);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
