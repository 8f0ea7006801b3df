package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.Article;
import org.newsindex.ContractArticles;
import org.newsindex.IndexInUseException;
import org.newsindex.IndexStats;
import org.newsindex.NewsSearcher;
import org.newsindex.NewsSearcherContract;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SearchTimeoutException;
import org.newsindex.SearcherOptions;

/**
 * What only the local index does: replacing by id in a folder, the write lock, opening a folder,
 * timeouts and refreshes. Searching itself is {@link NewsSearcherContract}'s, run on this backend
 * by {@link LuceneNewsSearcherContractTest}.
 */
class LuceneNewsSearcherTest {

  private static final Article MINSK = ContractArticles.MINSK;
  private static final Article BANKS = ContractArticles.BANKS;

  @TempDir Path indexDir;

  private LuceneNewsSearcher searcher;

  @BeforeEach
  void indexArticles() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (Article article : ContractArticles.BASICS) {
        writer.add(article);
      }
      writer.commit();
    }
    searcher = LuceneNewsSearcher.open(indexDir);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  @Test
  void reindexingReplacesInsteadOfDuplicating() throws IOException {
    Article changed =
        new Article(
            BANKS.id(), "Central bank cuts rates", null, null, null, BANKS.paragraphs(), List.of());
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(MINSK);
      writer.add(changed);
      writer.commit();
    }
    try (NewsSearcher reopened = LuceneNewsSearcher.open(indexDir)) {
      assertThat(reopened.articleCount()).isEqualTo(4);
      assertThat(reopened.find(BANKS.id())).contains(changed);
      assertThat(reopened.search(SearchRequest.of("bonn")).total()).isEqualTo(1);
    }
  }

  @Test
  void secondWriterIsRefusedWhileOneIsOpen() throws IOException {
    try (NewsIndexWriter first = NewsIndexWriter.open(indexDir)) {
      assertThatThrownBy(() -> NewsIndexWriter.open(indexDir))
          .isInstanceOf(IndexInUseException.class)
          .hasMessageContaining("in use");
    }
  }

  @Test
  void openingAFolderWithoutAnIndexSaysSo(@TempDir Path empty) {
    assertThatThrownBy(() -> LuceneNewsSearcher.open(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no index at")
        .hasMessageContaining("run the indexer");
  }

  @Test
  void openingAMissingFolderSaysSoAndLeavesNoFolderBehind(@TempDir Path parent) {
    Path missing = parent.resolve("no-such-index");

    assertThatThrownBy(() -> LuceneNewsSearcher.open(missing))
        .isInstanceOf(IOException.class)
        .hasMessage("no index at " + missing + ": run the indexer first");
    assertThat(missing).doesNotExist();
  }

  @Test
  void openingAFileAsAnIndexSaysItIsAFile(@TempDir Path parent) throws IOException {
    Path file = Files.writeString(parent.resolve("notes.txt"), "not an index");

    assertThatThrownBy(() -> LuceneNewsSearcher.open(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is a file, not an index folder");
    assertThatThrownBy(() -> NewsIndexWriter.open(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is a file, not an index folder");
  }

  @Test
  void refreshShowsWhatAnIndexerCommittedAtOnce() throws IOException {
    Article late =
        new Article("late/002", "Late edition", null, null, null, List.of("Printed late."), List.of());
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(late);
      writer.commit();
    }

    searcher.refresh();

    assertThat(searcher.find("late/002")).contains(late);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"unbalanced", "AND", "OR", "NOT", "-", "+", "|", "((((", "))", "*", "~", "\\", "\"\"",
        "a*", "-officials", "officials~2", "\"officials\"~3", "the", "(officials OR", "-\"\"",
        "℃ 中文 ☃", "officials \\\"", "OR officials OR"
      })
  void oddSyntaxIsReadLenientlyWithoutErrors(String query) throws IOException {
    SearchResult result = searcher.search(SearchRequest.of(query));

    assertThat(result.total()).isGreaterThanOrEqualTo(0);
    assertThat(result.hits()).hasSizeLessThanOrEqualTo((int) result.total());
  }

  @Test
  void showsWhatAnIndexerCommitsWithoutReopening() throws Exception {
    Article late =
        new Article("late/001", "Late edition", null, null, null, List.of("Printed late."), List.of());
    assertThat(searcher.search(SearchRequest.of("printed")).total()).isZero(); // now cached
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(late);
      assertThat(searcher.articleCount()).isEqualTo(4); // not committed: never half-visible
      writer.commit();
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (searcher.articleCount() < 5 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(searcher.articleCount()).isEqualTo(5);
    assertThat(searcher.find("late/001")).contains(late);
    assertThat(searcher.search(SearchRequest.of("printed")).total()).isEqualTo(1); // not stale
  }

  @Test
  void searchThatOutlivesItsTimeoutIsStoppedWithAClearError() throws IOException {
    SearcherOptions noTime = SearcherOptions.DEFAULTS.withTimeout(java.time.Duration.ofNanos(1));
    try (NewsSearcher impatient = LuceneNewsSearcher.open(indexDir, noTime)) {
      assertThatThrownBy(() -> impatient.search(SearchRequest.of("officials")))
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessageContaining("ran longer than 0 ms");
      // Filtered searches count facets sideways, which needs a different stop: it holds too.
      SearchRequest filtered =
          SearchRequest.builder("officials").speakers(List.of("Rex Tillerson")).build();
      assertThatThrownBy(() -> impatient.search(filtered))
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessageContaining("ran longer than 0 ms");
    }
  }

  @Test
  void statsCountResultCacheHitsAndMisses() throws IOException {
    try (NewsSearcher searcher = LuceneNewsSearcher.open(indexDir)) {
      searcher.search(SearchRequest.of("officials"));
      searcher.search(SearchRequest.of("officials"));
      searcher.search(SearchRequest.of("talks"));

      IndexStats stats = searcher.stats();
      assertThat(stats.resultCacheHits()).isEqualTo(1);
      assertThat(stats.resultCacheMisses()).isEqualTo(2);
      assertThat(stats.lastChange()).isBeforeOrEqualTo(java.time.Instant.now());
    }
  }

  @Test
  void filteredSearchWithinItsTimeoutAnswers() throws IOException {
    SearchRequest filtered =
        SearchRequest.builder("officials").speakers(List.of("Rex Tillerson")).build();

    assertThat(ids(searcher.search(filtered))).containsExactly("world/minsk");
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
