package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.StoryArticles;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;

class StoryLookupTest {

  @TempDir Path dir;

  @Test
  void anIndexedArticleWhoseNumbersRuleItOutIsNoCandidate() throws IOException {
    String costs = "cost 1.12 million in 2019 against 98,000 budgeted, and 4,512,000 in all";
    Article indexed = withNumbers("bridge/2019", costs);
    Article copy = withNumbers("bridge/copy", costs);
    Article otherYears =
        withNumbers(
            "bridge/1998", "cost 41,000 in 1998 against 37,000 budgeted, and 1,210,000 in all");
    long indexedNumbers = sketch(indexed).numberSummary();
    StorySketch otherSketch = sketch(otherYears);
    assertThat(StorySketch.numbersMayAgree(indexedNumbers, otherSketch.numberSummary())).isFalse();

    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = writer(directory);
        StoryLookup lookup = new StoryLookup(writer, directory, false)) {
      writer.addDocuments(ArticleDocuments.documents(indexed, "hash"));
      lookup.refresh();

      StorySketch copySketch = sketch(copy);
      assertThat(lookup.candidates(copySketch.bands(), copySketch.numberSummary()))
          .extracting(StoryKeys.Candidate::id)
          .containsExactly(indexed.id());
      // The other report shares bands with the indexed one: only its numbers keep it out.
      assertThat(lookup.candidates(otherSketch.bands(), indexedNumbers))
          .extracting(StoryKeys.Candidate::id)
          .containsExactly(indexed.id());
      long otherNumbers = otherSketch.numberSummary();
      assertThat(lookup.candidates(otherSketch.bands(), otherNumbers)).isEmpty();
    }
  }

  @Test
  void bandsHeldInMemoryFindWhatThePointsFind() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = writer(directory);
        StoryLookup inMemory = new StoryLookup(writer, directory, false, Long.MAX_VALUE);
        StoryLookup byPoints = new StoryLookup(writer, directory, false, 0)) {
      // One segment per commit, and a copy replaced in a later one: a deleted document.
      for (Article article : StoryArticles.ALL) {
        writer.addDocuments(ArticleDocuments.documents(article, "hash"));
        inMemory.refresh();
        byPoints.refresh();
      }
      writer.updateDocuments(
          ArticleDocuments.blockTerm(StoryArticles.EXACT.id()),
          ArticleDocuments.documents(StoryArticles.EXACT, "changed"));
      inMemory.refresh();
      byPoints.refresh();

      for (Article article : StoryArticles.ALL) {
        StorySketch sketch = sketch(article);
        List<String> found =
            inMemory.candidates(sketch.bands(), sketch.numberSummary()).stream()
                .map(StoryKeys.Candidate::id)
                .toList();
        assertThat(found)
            .as("candidates of %s", article.id())
            .isNotEmpty()
            .isEqualTo(
                byPoints.candidates(sketch.bands(), sketch.numberSummary()).stream()
                    .map(StoryKeys.Candidate::id)
                    .toList());
      }
    }
  }

  @Test
  void aLookUpUnderWayReadsItsCommitThoughARefreshMergesItAway() throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = writer(directory);
        StoryLookup lookup = new StoryLookup(writer, directory, false)) {
      writer.addDocuments(ArticleDocuments.documents(StoryArticles.ORIGINAL, "hash"));
      lookup.refresh();
      StorySketch copy = sketch(StoryArticles.CORRECTED);

      double similarity =
          lookup.lookUp(
              copy.bands(),
              copy.numberSummary(),
              candidates -> {
                // Another thread's refresh: the original replaced, the rest merged into one.
                writer.updateDocuments(
                    ArticleDocuments.blockTerm(StoryArticles.ORIGINAL.id()),
                    ArticleDocuments.documents(StoryArticles.ORIGINAL, "changed"));
                writer.addDocuments(ArticleDocuments.documents(StoryArticles.WIRE, "hash"));
                writer.forceMerge(1);
                lookup.refresh();
                assertThat(candidates).extracting(StoryKeys.Candidate::id)
                    .containsExactly(StoryArticles.ORIGINAL.id());
                return copy.storySimilarity(candidates.getFirst().sketch());
              });

      assertThat(similarity).isEqualTo(copy.storySimilarity(sketch(StoryArticles.ORIGINAL)));
    }
  }

  /** A writer of the index's analysis and codec. */
  private static IndexWriter writer(Directory directory) throws IOException {
    return new IndexWriter(
        directory, new IndexWriterConfig(Schema.indexAnalyzer()).setCodec(new NewsindexCodec()));
  }

  /** The bridge story with one more paragraph, about its repairs. */
  private static Article withNumbers(String id, String repairs) {
    List<String> paragraphs = new ArrayList<>(StoryArticles.ORIGINAL.paragraphs());
    paragraphs.add("The last repairs " + repairs + ", the council's records show.");
    return new Article(
        id, StoryArticles.ORIGINAL.headline(), null, null, null, paragraphs, List.of(), List.of());
  }

  private static StorySketch sketch(Article article) {
    return StorySketch.of(article.headline(), article.paragraphs());
  }
}
