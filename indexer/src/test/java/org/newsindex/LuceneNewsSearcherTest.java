package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneNewsSearcherTest {

  private static final Article MINSK =
      new Article(
          "world/minsk",
          "US officials set conditions on Russia thaw",
          LocalDate.of(2024, 3, 19),
          "Tuesday / March 19",
          "FT",
          List.of(
              "Washington’s top officials called on Moscow to comply with the Minsk agreements.",
              "Asked if he believed Russia had interfered in the US election, Mr Mattis spoke.",
              "The talks ended in Bonn."),
          List.of("Rex Tillerson", "James Mattis"));

  private static final Article BANKS =
      new Article(
          "business/001",
          "Central bank holds rates",
          null,
          null,
          null,
          List.of(
              "The central bank kept rates on hold. Officials said inflation was falling.",
              "Markets had expected the decision."),
          List.of());

  private static final Article HOSTILE =
      new Article(
          "tech/hostile",
          "Script <b>injection</b> & friends",
          null,
          null,
          null,
          List.of("A paragraph containing <script>alert(1)</script> about injection."),
          List.of());

  /** "election" ends one paragraph and "results" starts the next: no phrase may join them. */
  private static final Article SPLIT =
      new Article(
          "politics/split",
          "Counting continues",
          null,
          null,
          null,
          List.of("Voters waited for the election", "results came late in the night"),
          List.of());

  @TempDir Path indexDir;

  private NewsSearcher searcher;

  @BeforeEach
  void indexArticles() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (Article article : List.of(MINSK, BANKS, HOSTILE, SPLIT)) {
        writer.add(article);
      }
      writer.commit();
    }
    searcher = NewsSearcher.open(indexDir);
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  @Test
  void stemmedKeywordFindsOtherFormsOfTheWord() throws IOException {
    SearchResult result = searcher.search(SearchRequest.of("interfering"));

    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets().get(0))
        .contains("<mark>interfered</mark>")
        .doesNotContain("<mark>Russia</mark>");
  }

  @Test
  void everyKeywordMustMatch() throws IOException {
    assertThat(ids(searcher.search(SearchRequest.of("officials rates")))).containsExactly("business/001");
    assertThat(ids(searcher.search(SearchRequest.of("officials")))).hasSize(2);
  }

  @Test
  void quotedPhraseIsOneMarkInTheOriginalCase() throws IOException {
    SearchResult result = searcher.search(SearchRequest.of("\"minsk agreements\""));

    assertThat(ids(result)).containsExactly("world/minsk");
    assertThat(result.hits().get(0).snippets())
        .containsExactly(
            "Washington’s top officials called on Moscow to comply with the <mark>Minsk"
                + " agreements</mark>.");
  }

  @Test
  void phraseIsUnstemmedAndInOrder() throws IOException {
    assertThat(searcher.search(SearchRequest.of("\"minsk agreement\"")).total()).isZero();
    assertThat(searcher.search(SearchRequest.of("\"agreements minsk\"")).total()).isZero();
  }

  @Test
  void phraseNeverMatchesAcrossParagraphs() throws IOException {
    assertThat(searcher.search(SearchRequest.of("\"election results\"")).total()).isZero();
    assertThat(ids(searcher.search(SearchRequest.of("election results"))))
        .containsExactly("politics/split");
  }

  @Test
  void headlineIsMarkedAndWeighsMoreThanBody() throws IOException {
    SearchResult result = searcher.search(SearchRequest.of("officials"));

    // "officials" is in MINSK's headline and BANKS' body only.
    assertThat(ids(result)).containsExactly("world/minsk", "business/001");
    assertThat(result.hits().get(0).headlineHtml())
        .isEqualTo("US <mark>officials</mark> set conditions on Russia thaw");
    assertThat(result.hits().get(1).headlineHtml()).isEqualTo("Central bank holds rates");
  }

  @Test
  void articleTextIsEscapedAndOnlyMarksAreMarkup() throws IOException {
    SearchResult.Hit hit = searcher.search(SearchRequest.of("injection")).hits().get(0);

    assertThat(hit.headlineHtml())
        .isEqualTo("Script &lt;b&gt;<mark>injection</mark>&lt;/b&gt; &amp; friends");
    assertThat(hit.snippets())
        .containsExactly(
            "A paragraph containing &lt;script&gt;alert(1)&lt;/script&gt; about"
                + " <mark>injection</mark>.");
  }

  @Test
  void hitWithNoBodyMatchShowsItsFirstSentence() throws IOException {
    SearchResult.Hit hit = searcher.search(SearchRequest.of("thaw")).hits().get(0);

    assertThat(hit.headlineHtml()).isEqualTo("US officials set conditions on Russia <mark>thaw</mark>");
    assertThat(hit.snippets())
        .containsExactly(
            "Washington’s top officials called on Moscow to comply with the Minsk agreements.");
  }

  @Test
  void orWidensAndMinusExcludes() throws IOException {
    assertThat(ids(searcher.search(SearchRequest.of("bonn OR markets"))))
        .containsExactlyInAnyOrder("world/minsk", "business/001");
    assertThat(ids(searcher.search(SearchRequest.of("officials -rates"))))
        .containsExactly("world/minsk");
  }

  @Test
  void hitCarriesTheArticleFields() throws IOException {
    SearchResult.Hit hit = searcher.search(SearchRequest.of("bonn")).hits().get(0);

    assertThat(hit.id()).isEqualTo("world/minsk");
    assertThat(hit.headline()).isEqualTo(MINSK.headline());
    assertThat(hit.date()).isEqualTo(LocalDate.of(2024, 3, 19));
    assertThat(hit.source()).isEqualTo("FT");
    assertThat(hit.speakers()).containsExactly("Rex Tillerson", "James Mattis");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void pagingSkipsAndCountsEveryMatch() throws IOException {
    SearchResult second = searcher.search(SearchRequest.builder("officials").from(1).size(1).build());

    assertThat(second.total()).isEqualTo(2);
    assertThat(ids(second)).containsExactly("business/001");
  }

  @Test
  void findReturnsTheWholeArticle() throws IOException {
    assertThat(searcher.find("world/minsk")).contains(MINSK);
    assertThat(searcher.find("business/001")).contains(BANKS);
    assertThat(searcher.find("nope")).isEmpty();
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
    try (NewsSearcher reopened = NewsSearcher.open(indexDir)) {
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
    assertThatThrownBy(() -> NewsSearcher.open(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no index at")
        .hasMessageContaining("run the indexer");
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
    try (NewsSearcher impatient =
        NewsSearcher.open(indexDir, SearcherOptions.DEFAULTS.withTimeout(java.time.Duration.ZERO))) {
      assertThatThrownBy(() -> impatient.search(SearchRequest.of("officials")))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("ran longer than 0 ms");
      // Filtered searches count facets sideways, which needs a different stop: it holds too.
      SearchRequest filtered =
          SearchRequest.builder("officials").speakers(List.of("Rex Tillerson")).build();
      assertThatThrownBy(() -> impatient.search(filtered))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("ran longer than 0 ms");
    }
  }

  @Test
  void filteredSearchWithinItsTimeoutAnswers() throws IOException {
    SearchRequest filtered =
        SearchRequest.builder("officials").speakers(List.of("Rex Tillerson")).build();

    assertThat(ids(searcher.search(filtered))).containsExactly("world/minsk");
  }

  @Test
  void queryWithTooManyClausesIsRefused() {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      query.append((char) ('b' + i % 20)).append(i % 10).append(' '); // 300 short words
    }
    assertThatThrownBy(() -> searcher.search(SearchRequest.of(query.toString().strip())))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("600 clauses")
        .hasMessageContaining("limit is " + Limits.MAX_CLAUSES);
  }

  @Test
  void longArticleIsHighlightedToItsEnd(@TempDir Path longDir) throws IOException {
    List<String> paragraphs = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      paragraphs.add("Filler paragraph number " + i + " says nothing of note at all, again and again.");
    }
    paragraphs.add("At the very end the zebra finally appears.");
    Article longArticle = new Article("long", "A long read", null, null, null, paragraphs, List.of());
    try (NewsSearcher longSearcher = TestIndex.open(longDir, List.of(longArticle))) {
      SearchResult.Hit hit = longSearcher.search(SearchRequest.of("zebra")).hits().get(0);

      assertThat(hit.snippets()).containsExactly("At the very end the <mark>zebra</mark> finally appears.");
    }
  }

  @Test
  void manyTermsAreStillAnswered() throws IOException {
    String query = "officials ".repeat(99) + "officials";

    assertThat(searcher.search(SearchRequest.of(query)).total()).isEqualTo(2);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
