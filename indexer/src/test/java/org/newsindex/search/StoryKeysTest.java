package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsindex.Article;
import org.newsindex.StoryArticles;

/**
 * {@link StoryKeys} over an index that shows written articles only after a refresh: keys stay
 * right when the waiting articles are dropped, an article still being written is kept, and an
 * article never joins the story of the version it replaces.
 */
class StoryKeysTest {

  /** An index that shows what was written when it was last refreshed. */
  private static final class RefreshedIndex implements StoryKeys.IndexedStories {
    final List<StoryKeys.Candidate> shown = new ArrayList<>();
    final List<StoryKeys.Candidate> written = new ArrayList<>();
    int refreshes;
    /** Runs once, in the next look-up, after it has found its candidates. */
    Runnable duringNextLookUp;

    @Override
    public synchronized List<StoryKeys.Candidate> candidates(int[] bands, long numbers) {
      return shown.stream()
          .filter(candidate -> shareABand(bands, candidate.sketch().bands()))
          .toList();
    }

    @Override
    public <T> T lookUp(int[] bands, long numbers, StoryKeys.Comparison<T> compare)
        throws IOException {
      List<StoryKeys.Candidate> found = candidates(bands, numbers);
      Runnable during = duringNextLookUp;
      duringNextLookUp = null;
      if (during != null) {
        during.run();
      }
      return compare.with(found);
    }

    @Override
    public synchronized void refresh() {
      refreshes++;
      shown.addAll(written);
      written.clear();
    }

    private static boolean shareABand(int[] a, int[] b) {
      for (int x : a) {
        for (int y : b) {
          if (x == y) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private final RefreshedIndex index = new RefreshedIndex();

  @Test
  void copiesFoundInTheIndexAfterEveryRefreshShareTheFirstKey() throws Exception {
    StoryKeys keys = new StoryKeys(index, 1); // every article past the first refreshes
    long first = write(keys, StoryArticles.ORIGINAL);
    List<Long> copies = new ArrayList<>();
    for (Article copy : StoryArticles.COPIES.subList(1, StoryArticles.COPIES.size())) {
      copies.add(write(keys, copy));
    }
    long other = write(keys, StoryArticles.OTHER_REPORT);

    assertThat(index.refreshes).isEqualTo(StoryArticles.ALL.size() - 1);
    assertThat(copies).containsOnly(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void anArticleNotYetWrittenWaitsThroughARefresh() throws Exception {
    StoryKeys keys = new StoryKeys(index, 1);
    long first = keys.assign(StoryArticles.ORIGINAL.id(), sketch(StoryArticles.ORIGINAL));
    // Not written yet: the refresh that the next article causes cannot show it.
    long copy = write(keys, StoryArticles.CORRECTED); // its text is not the original's

    assertThat(index.refreshes).isEqualTo(1);
    assertThat(copy).isEqualTo(first);
  }

  @Test
  void aLookUpThatAnotherThreadsRefreshOvertookIsMadeAgain() throws Exception {
    StoryKeys keys = new StoryKeys(index, 20_000); // a refresh after a dozen or so articles
    long first = write(keys, StoryArticles.ORIGINAL);
    Random random = new Random(3);
    // While the copy looks in the index, which does not show the original yet, another thread
    // writes until the original is shown and no longer waits.
    index.duringNextLookUp =
        () -> {
          Thread other =
              Thread.ofPlatform()
                  .start(
                      () -> {
                        for (int i = 0; index.refreshes == 0; i++) {
                          try {
                            write(keys, randomArticle("other" + i, random));
                          } catch (Exception e) {
                            throw new AssertionError(e);
                          }
                        }
                      });
          try {
            other.join();
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        };

    long copy = write(keys, StoryArticles.CORRECTED); // its text is not the original's

    assertThat(index.refreshes).isEqualTo(1);
    assertThat(copy).isEqualTo(first);
  }

  @Test
  void aRewrittenArticleDoesNotJoinTheStoryOfItsOldVersion() throws Exception {
    StoryKeys keys = new StoryKeys(index, Long.MAX_VALUE);
    long before = write(keys, StoryArticles.ORIGINAL);
    index.refresh();
    Article rewritten =
        new Article(
            StoryArticles.ORIGINAL.id(),
            StoryArticles.ORIGINAL.headline(),
            null,
            null,
            null,
            StoryArticles.ORIGINAL.paragraphs().subList(0, 5),
            List.of());

    assertThat(write(keys, rewritten)).isNotEqualTo(before);
  }

  @Test
  void aCopyFindsItsOriginalAmongThousandsOfWaitingArticles() throws Exception {
    StoryKeys keys = new StoryKeys(index, Long.MAX_VALUE);
    Random random = new Random(17);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      articles.add(randomArticle("a" + i, random));
    }
    List<Long> stories = new ArrayList<>();
    for (Article article : articles) {
      stories.add(write(keys, article));
    }
    Article original = articles.get(5);
    Article copy =
        new Article("copy", "A new headline", null, null, null, original.paragraphs(), List.of());

    assertThat(stories).doesNotHaveDuplicates();
    assertThat(write(keys, copy)).isEqualTo(stories.get(5));
  }

  @Test
  void candidatesLeftOnceTheStoryIsSettledAreNotRead() throws Exception {
    StorySketch copy = sketch(StoryArticles.NEW_HEADLINE);
    List<String> read = new ArrayList<>();
    StoryKeys keys =
        new StoryKeys(
            given(
                read,
                new Offered(StoryArticles.ORIGINAL, 7),
                new Offered(StoryArticles.EXACT, 7),
                new Offered(StoryArticles.WIRE, 7)));

    assertThat(keys.assign("new", copy)).isEqualTo(7);
    assertThat(read).containsExactly(StoryArticles.ORIGINAL.id());
  }

  @Test
  void aLaterCandidateOfAnotherStoryIsReadAndTheClosestWins() throws Exception {
    StorySketch copy = sketch(StoryArticles.EXACT);
    List<String> read = new ArrayList<>();
    // The wire copy (with boilerplate) comes first, the exact copy of another story later.
    StoryKeys keys =
        new StoryKeys(
            given(
                read,
                new Offered(StoryArticles.WIRE, 7),
                new Offered(StoryArticles.CORRECTED, 7),
                new Offered(StoryArticles.ORIGINAL, 9)));

    assertThat(keys.assign("new", copy)).isEqualTo(9);
    assertThat(read)
        .containsExactly(
            StoryArticles.WIRE.id(), StoryArticles.CORRECTED.id(), StoryArticles.ORIGINAL.id());
  }

  /** An indexed article and the story it tells, offered as a candidate. */
  private record Offered(Article article, long story) {}

  /**
   * An index that offers the same candidates for any article, noting whose sketch is read: each
   * candidate's once, however often it is asked for.
   */
  private static StoryKeys.IndexedStories given(List<String> read, Offered... offered) {
    return new StoryKeys.IndexedStories() {
      @Override
      public List<StoryKeys.Candidate> candidates(int[] bands, long numbers) {
        List<StoryKeys.Candidate> candidates = new ArrayList<>();
        for (Offered each : offered) {
          Article article = each.article();
          long story = each.story();
          candidates.add(
              new StoryKeys.Candidate() {
                private StorySketch sketch;

                @Override
                public String id() {
                  return article.id();
                }

                @Override
                public long story() {
                  return story;
                }

                @Override
                public StorySketch sketch() {
                  if (sketch == null) { // read once, as the contract asks
                    read.add(article.id());
                    sketch = StoryKeysTest.sketch(article);
                  }
                  return sketch;
                }
              });
        }
        return candidates;
      }

      @Override
      public void refresh() {}
    };
  }

  /** An article of random words, a story of its own. */
  private static Article randomArticle(String id, Random random) {
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      StringBuilder paragraph = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        paragraph.append("w").append(random.nextInt(5000)).append(' ');
      }
      paragraphs.add(paragraph.toString());
    }
    return new Article(id, "Headline " + id, null, null, null, paragraphs, List.of());
  }

  /** Gives an article its key and writes it, as a writer does. */
  private long write(StoryKeys keys, Article article) throws Exception {
    StorySketch sketch = sketch(article);
    long story = keys.assign(article.id(), sketch);
    synchronized (index) {
      index.written.add(StoryKeys.Candidate.of(article.id(), story, sketch));
    }
    keys.written(article.id());
    return story;
  }

  private static StorySketch sketch(Article article) {
    return StorySketch.of(article.headline(), article.paragraphs());
  }
}
