package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every backend does with copies of one story: they collapse into one hit that counts them,
 * in searches, quotes and related articles, on every page, and keep doing so as runs add and
 * remove copies. A subclass per backend supplies its indexes, as for {@link NewsSearcherContract}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoryContract {

  private static final Set<String> COPY_IDS =
      Set.copyOf(StoryArticles.COPIES.stream().map(Article::id).toList());

  /** Stories of their own, besides the two of {@link StoryArticles#ALL}. */
  private static final int MANY_OTHERS = 29;

  /** Thirty-one stories that mention the bridge, one of them in five copies. */
  private static final List<Article> MANY = manyStories();

  private final List<NewsSearcher> opened = new ArrayList<>();
  private NewsSearcher all;
  private NewsSearcher many;

  /** Makes a new, empty index; the subclass removes it in {@link #deleteStores()}. */
  protected abstract NewsSearcherContract.Store newStore() throws IOException;

  /** Removes every index {@link #newStore()} made. */
  protected abstract void deleteStores() throws IOException;

  @AfterAll
  final void closeAndDelete() throws IOException {
    for (NewsSearcher searcher : opened) {
      searcher.close();
    }
    deleteStores();
  }

  @Test
  void copiesCollapseIntoTheirBestHitWhichCountsTheOthers() throws IOException {
    SearchResult result = all().search(SearchRequest.of("bridge"));

    assertThat(result.hits()).hasSize(2);
    assertThat(result.total()).as("total counts articles, copies included").isEqualTo(6);
    SearchResult.Hit story = result.hits().stream().filter(hit -> COPY_IDS.contains(hit.id())).findFirst().orElseThrow();
    SearchResult.Hit other = result.hits().stream().filter(hit -> !COPY_IDS.contains(hit.id())).findFirst().orElseThrow();
    assertThat(story.duplicates()).isEqualTo(4);
    assertThat(other.id()).isEqualTo(StoryArticles.OTHER_REPORT.id());
    assertThat(other.duplicates()).isZero();
    assertThat(result.next()).isNull();
  }

  @Test
  void theBestCopyStandsForItsStory() throws IOException {
    // Only the syndicated copy's headline has these words.
    SearchResult result = all().search(SearchRequest.of("cracked supports"));

    assertThat(result.hits()).extracting(SearchResult.Hit::id).first().isEqualTo(StoryArticles.NEW_HEADLINE.id());
    assertThat(result.hits().getFirst().duplicates()).isEqualTo(4);
  }

  @Test
  void withoutCollapsingEveryCopyIsListed() throws IOException {
    SearchResult result = all().search(SearchRequest.builder("bridge").collapse(false).build());

    assertThat(result.hits()).extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrderElementsOf(StoryArticles.ALL.stream().map(Article::id).toList());
    assertThat(result.hits()).filteredOn(hit -> COPY_IDS.contains(hit.id()))
        .allSatisfy(hit -> assertThat(hit.duplicates()).isEqualTo(4));
  }

  @Test
  void eachCraftedCopyJoinsTheStoryAndTheOtherReportDoesNot() throws IOException {
    NewsSearcher searcher = all();

    assertThat(searcher.duplicatesOf(StoryArticles.ORIGINAL.id()))
        .containsExactlyInAnyOrder(
            StoryArticles.EXACT.id(),
            StoryArticles.NEW_HEADLINE.id(),
            StoryArticles.CORRECTED.id(),
            StoryArticles.WIRE.id());
    assertThat(searcher.duplicatesOf(StoryArticles.WIRE.id())).contains(StoryArticles.ORIGINAL.id()).hasSize(4);
    assertThat(searcher.duplicatesOf(StoryArticles.OTHER_REPORT.id())).isEmpty();
    assertThat(searcher.duplicatesOf("no/such/article")).isEmpty();
  }

  @Test
  void theSameQuoteInCopiesOfAStoryIsOneHitThatNamesTheOthers() throws IOException {
    QuoteSearchResult result = all().searchQuotes(QuoteSearchRequest.of("cracks", null));

    assertThat(result.hits()).hasSize(2);
    QuoteSearchResult.Hit fromCopies =
        result.hits().stream().filter(hit -> COPY_IDS.contains(hit.articleId())).findFirst().orElseThrow();
    assertThat(fromCopies.alsoIn()).hasSize(4).doesNotContain(fromCopies.articleId());
    assertThat(COPY_IDS).containsAll(fromCopies.alsoIn());
    QuoteSearchResult.Hit fromOther =
        result.hits().stream().filter(hit -> !COPY_IDS.contains(hit.articleId())).findFirst().orElseThrow();
    assertThat(fromOther.articleId()).isEqualTo(StoryArticles.OTHER_REPORT.id());
    assertThat(fromOther.alsoIn()).as("another story's same words are its own quote").isEmpty();

    assertThat(all().searchQuotes(QuoteSearchRequest.of(null, StoryArticles.MAYOR)).hits()).hasSize(2);
    assertThat(all().searchQuotes(new QuoteSearchRequest("cracks", null, 0, 10, false)).hits()).hasSize(6);
  }

  @Test
  void relatedArticlesNeverOfferACopyOfTheArticle() throws IOException {
    for (Article copy : StoryArticles.COPIES) {
      List<RelatedArticle> related = many().related(copy.id(), 10).orElseThrow();

      assertThat(related).isNotEmpty();
      assertThat(related).extracting(RelatedArticle::id).doesNotContainAnyElementsOf(COPY_IDS);
    }
    List<RelatedArticle> ofOther = many().related(StoryArticles.OTHER_REPORT.id(), 10).orElseThrow();
    assertThat(ofOther.stream().map(RelatedArticle::id).filter(COPY_IDS::contains))
        .as("the story's copies come once").hasSizeLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void cursorsWalkEveryStoryOnceAndSkipNone(SortOrder sort) throws IOException {
    NewsSearcher searcher = many();
    List<String> everyStory =
        ids(searcher.search(SearchRequest.builder("bridge").sort(sort).size(100).build()));
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = searcher.search(SearchRequest.builder("bridge").sort(sort).size(4).cursor(cursor).build());
      seen.addAll(ids(page));
      cursor = page.next();
    } while (cursor != null);

    assertThat(everyStory).hasSize(MANY.size() - 4);
    assertThat(seen).containsExactlyElementsOf(everyStory);
    assertThat(seen.stream().filter(COPY_IDS::contains)).hasSize(1);
  }

  @Test
  void pagesFromAnOffsetAgreeWithCursors() throws IOException {
    NewsSearcher searcher = many();
    List<String> byOffset = new ArrayList<>();
    for (int from = 0; from < MANY.size(); from += 7) {
      byOffset.addAll(ids(searcher.search(SearchRequest.builder("bridge").from(from).size(7).build())));
    }

    assertThat(byOffset).containsExactlyElementsOf(ids(searcher.search(SearchRequest.builder("bridge").size(100).build())));
    assertThat(new HashSet<>(byOffset)).hasSize(byOffset.size());
  }

  @Test
  void laterRunsAddAndRemoveCopiesOfIndexedStories() throws IOException {
    NewsSearcherContract.Store store = newStore();
    write(store, List.of(StoryArticles.ORIGINAL, StoryArticles.OTHER_REPORT), List.of());
    write(store, List.of(StoryArticles.NEW_HEADLINE), List.of());
    try (NewsSearcher searcher = store.searcher()) {
      assertThat(searcher.duplicatesOf(StoryArticles.ORIGINAL.id())).containsExactly(StoryArticles.NEW_HEADLINE.id());
      assertThat(searcher.duplicatesOf(StoryArticles.OTHER_REPORT.id())).isEmpty();
      assertThat(copiesOnPage(searcher)).containsExactlyInAnyOrder(1, 0);
    }

    write(store, List.of(StoryArticles.WIRE), List.of(StoryArticles.NEW_HEADLINE.id()));
    try (NewsSearcher searcher = store.searcher()) {
      assertThat(searcher.duplicatesOf(StoryArticles.ORIGINAL.id())).containsExactly(StoryArticles.WIRE.id());
      assertThat(copiesOnPage(searcher)).containsExactlyInAnyOrder(1, 0);
    }

    // The first article of the story goes; the copies it gathered stay one story.
    write(store, List.of(StoryArticles.EXACT), List.of(StoryArticles.ORIGINAL.id()));
    try (NewsSearcher searcher = store.searcher()) {
      assertThat(searcher.duplicatesOf(StoryArticles.WIRE.id())).containsExactly(StoryArticles.EXACT.id());
      SearchResult result = searcher.search(SearchRequest.of("bridge"));
      assertThat(result.hits()).extracting(SearchResult.Hit::duplicates).containsExactlyInAnyOrder(1, 0);
      assertThat(result.total()).isEqualTo(3);
    }
  }

  @Test
  void anArticleRewrittenAsAnotherStoryLeavesItsOldStory() throws IOException {
    NewsSearcherContract.Store store = newStore();
    write(store, List.of(StoryArticles.ORIGINAL, StoryArticles.EXACT), List.of());
    Article rewritten =
        new Article(
            StoryArticles.EXACT.id(),
            StoryArticles.OTHER_REPORT.headline(),
            null,
            null,
            null,
            StoryArticles.OTHER_REPORT.paragraphs(),
            List.of());
    write(store, List.of(rewritten), List.of());
    try (NewsSearcher searcher = store.searcher()) {
      assertThat(searcher.duplicatesOf(StoryArticles.ORIGINAL.id())).isEmpty();
      assertThat(copiesOnPage(searcher)).containsExactly(0, 0);
    }
  }

  private NewsSearcher all() throws IOException {
    if (all == null) {
      all = opened(StoryArticles.ALL);
    }
    return all;
  }

  private NewsSearcher many() throws IOException {
    if (many == null) {
      many = opened(MANY);
    }
    return many;
  }

  private NewsSearcher opened(List<Article> articles) throws IOException {
    NewsSearcherContract.Store store = newStore();
    write(store, articles, List.of());
    NewsSearcher searcher = store.searcher();
    opened.add(searcher);
    return searcher;
  }

  /** One run of a writer: adds these articles, removes those ids, commits. */
  private static void write(NewsSearcherContract.Store store, List<Article> added, List<String> removed)
      throws IOException {
    try (ArticleWriter writer = store.writer()) {
      for (Article article : added) {
        writer.add(article);
      }
      for (String id : removed) {
        writer.delete(id);
      }
      writer.commit();
    }
  }

  /** How many copies each hit of the page for "bridge" counts: one a story. */
  private static List<Integer> copiesOnPage(NewsSearcher searcher) throws IOException {
    return searcher.search(SearchRequest.of("bridge")).hits().stream()
        .map(SearchResult.Hit::duplicates)
        .toList();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  /**
   * The story's copies among thirty stories of their own: random words, each a story by itself,
   * with the bridge somewhere in each, dated apart so that date orders have work to do.
   */
  private static List<Article> manyStories() {
    Random random = new Random(17);
    String[] words =
        ("council river harbour ferry traffic budget engineer steel rail road vote mayor market"
                + " school rent wage storm flood port crane tunnel lane bus tram fare toll repair")
            .split(" ");
    List<Article> articles = new ArrayList<>(StoryArticles.ALL);
    for (int i = 0; i < MANY_OTHERS; i++) {
      StringBuilder body = new StringBuilder("The bridge");
      for (int w = 0; w < 60; w++) {
        body.append(' ').append(words[random.nextInt(words.length)]);
      }
      articles.add(
          new Article(
              String.format("other/%02d", i),
              "Story " + i,
              LocalDate.of(2024, 1, 1).plusDays(i * 3L),
              null,
              null,
              List.of(body + "."),
              List.of()));
    }
    return articles;
  }
}
