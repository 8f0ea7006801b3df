package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.FacetCount;
import org.newsindex.Quote;
import org.newsindex.search.Schema;

class FacetCounterTest {

  private static final List<String> DIMENSIONS =
      List.of(Schema.SPEAKERS_FACET, Schema.SOURCE_FACET, Schema.YEAR_FACET);

  /** Never runs what it is given: the segments' values stay on disk. */
  private static final Executor NEVER = task -> {};

  @TempDir Path indexDir;

  @BeforeEach
  void writeArticlesInSeveralSegments() throws IOException {
    Random random = new Random(7);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      people.add("Person " + (char) ('A' + i % 26) + i);
    }
    // No merges: the counts must add up across segments, through Lucene's ordinal map.
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(indexDir),
            new IndexWriterConfig(Schema.indexAnalyzer())
                .setCodec(new NewsindexCodec())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 200; i++) {
          // The last articles of each segment have no facet value at all.
          boolean bare = i >= 195;
          List<String> speakers = new ArrayList<>();
          for (int s = bare ? 0 : random.nextInt(4); s > 0; s--) {
            String person = people.get(random.nextInt(people.size()));
            if (!speakers.contains(person)) {
              speakers.add(person);
            }
          }
          List<Quote> quotes =
              speakers.stream().map(person -> new Quote("We will see,", person, 0)).toList();
          writer.addDocuments(
              ArticleDocuments.documents(
                  new Article(
                  segment + "/" + i,
                  (i % 3 == 0 ? "Budget vote " : "Storm warning ") + i,
                  bare || i % 7 == 0 ? null : LocalDate.of(2000 + random.nextInt(6), 1, 1),
                  null,
                  bare || i % 5 == 0 ? null : List.of("BBC", "FT", "Reuters").get(i % 3),
                  List.of("\u201cWe will see,\u201d one of them said."),
                  speakers,
                  quotes),
                  "hash"));
        }
        writer.commit();
      }
    }
  }

  @Test
  void countsAsLuceneDoesFromMemoryAndFromDocValues() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      IndexSearcher searcher = new IndexSearcher(reader);
      // One slice a segment, each counted into its own array, summed at the end.
      IndexSearcher slicedSearcher =
          new IndexSearcher(reader, Runnable::run) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
              return slices(leaves, 1, 1, false);
            }
          };
      assertThat(slicedSearcher.getSlices()).hasSize(reader.leaves().size());
      FacetOrdinals inMemory = FacetOrdinals.of(reader, new FacetOrdinalsCache(Runnable::run));
      FacetOrdinals onDisk = FacetOrdinals.of(reader, new FacetOrdinalsCache(NEVER));
      for (LeafReaderContext segment : reader.leaves()) {
        assertThat(inMemory.inMemory(segment)).isNotNull();
        assertThat(onDisk.inMemory(segment)).isNull();
      }

      for (Query query :
          List.of(
              ArticleDocuments.ofKind(Schema.ARTICLE, new MatchAllDocsQuery()),
              ArticleDocuments.ofKind(Schema.ARTICLE, new TermQuery(new Term(Schema.HEADLINE, "budget"))),
              new MatchAllDocsQuery())) {
        SortedSetDocValuesFacetCounts lucene =
            new SortedSetDocValuesFacetCounts(
                inMemory.state(), searcher.search(query, new FacetsCollectorManager()));
        FacetCounter.Counts fromMemory = searcher.search(query, new FacetCounter(inMemory));
        FacetCounter.Counts fromDocValues = searcher.search(query, new FacetCounter(onDisk));
        FacetCounter.Counts inSlices = slicedSearcher.search(query, new FacetCounter(inMemory));
        for (String dimension : DIMENSIONS) {
          for (int n : List.of(1, 3, 10, 200)) {
            List<FacetCount> expected = top(lucene, dimension, n);
            assertThat(expected).isNotEmpty();
            assertThat(fromMemory.top(dimension, n)).as("%s top %d of %s", dimension, n, query)
                .isEqualTo(expected);
            assertThat(fromDocValues.top(dimension, n)).as("%s top %d of %s", dimension, n, query)
                .isEqualTo(expected);
            assertThat(inSlices.top(dimension, n)).as("%s top %d of %s", dimension, n, query)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void aSegmentsValuesLoadOnceInTheBackground() throws IOException {
    List<Runnable> queued = new ArrayList<>();
    FacetOrdinalsCache cache = new FacetOrdinalsCache(queued::add);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      LeafReaderContext segment = reader.leaves().get(0);

      assertThat(cache.of(segment)).isNull();
      assertThat(cache.of(segment)).isNull();
      assertThat(queued).hasSize(1);

      queued.get(0).run();
      SegmentFacetOrdinals loaded = cache.of(segment);
      assertThat(loaded).isNotNull();
      assertThat(loaded.starts()).hasSize(segment.reader().maxDoc() + 1);
      assertThat(cache.of(segment)).isSameAs(loaded);
      assertThat(queued).hasSize(1);
    }
  }

  @Test
  void aLoadThatFailsIsAskedForAgain() throws IOException {
    List<Runnable> queued = new ArrayList<>();
    FacetOrdinalsCache cache = new FacetOrdinalsCache(queued::add);
    LeafReaderContext segment;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      segment = reader.leaves().get(0);
      assertThat(cache.of(segment)).isNull();
    }
    queued.get(0).run(); // the reader is closed: the load fails

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
      assertThat(cache.of(reader.leaves().get(0))).isNull();
      assertThat(queued).hasSize(2);
    }
  }

  private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, String dimension, int n)
      throws IOException {
    FacetResult result = counts.getTopChildren(n, dimension);
    List<FacetCount> top = new ArrayList<>();
    for (LabelAndValue value : result.labelValues) {
      top.add(new FacetCount(value.label, value.value.longValue()));
    }
    return top;
  }
}
