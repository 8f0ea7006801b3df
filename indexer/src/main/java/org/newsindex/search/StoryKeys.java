package org.newsindex.search;

import com.carrotsearch.hppc.IntIntHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Gives each article a story key as a writer adds it: the key of the most similar article already
 * written ({@link StorySketch#sameStory}), or a new one. Both backends share it; each supplies how
 * its index finds the articles that share a band with a new one ({@link IndexedStories}).
 *
 * <p>Articles written by the same run are not yet visible in the index, so their sketches are kept
 * here until the index is refreshed: when they hold more than an eighth of the heap, the index is
 * refreshed and the ones written before it are dropped. One run thus sees every article before
 * it, and a later run finds the earlier ones through the index alone, without a pass over the
 * archive.
 *
 * <p>Safe for several writing threads: keys are given out one at a time, each as if no other
 * thread were writing.
 */
public final class StoryKeys {

  /** How the index finds articles that may tell the same story as a new one. */
  public interface IndexedStories {

    /**
     * Indexed articles that share at least one band with a new article, most bands first, at
     * most a few, the version it replaces among them if it shares one ({@link #assign} passes
     * over it). An index that keeps each article's number summary may leave out those whose
     * numbers cannot agree with {@code numbers} ({@link StorySketch#numbersMayAgree}): {@link
     * StorySketch#storySimilarity} would refuse them.
     *
     * @param numbers the new article's {@link StorySketch#numberSummary}
     */
    List<Candidate> candidates(int[] bands, long numbers) throws IOException;

    /**
     * How many articles {@link #candidates} offers at most: as many indexed articles as a new one
     * is compared with, and one more for the version it replaces, which {@link #assign} passes
     * over.
     */
    int MAX_CANDIDATES = MAX_INDEXED_CANDIDATES + 1;

    /**
     * Gives {@code compare} the {@link #candidates} of a new article and returns what it returns;
     * the candidates can be read until then. {@link StoryKeys} looks up and reads candidates in
     * several threads at once, and beside a {@link #refresh}, so an index that overrides this
     * must allow that; each look-up sees the index as one refresh left it.
     */
    default <T> T lookUp(int[] bands, long numbers, Comparison<T> compare) throws IOException {
      return compare.with(candidates(bands, numbers));
    }

    /** Makes every article written so far visible to {@link #candidates}. */
    void refresh() throws IOException;
  }

  /** What is done with the candidates of a look-up ({@link IndexedStories#lookUp}). */
  @FunctionalInterface
  public interface Comparison<T> {
    T with(List<Candidate> candidates) throws IOException;
  }

  /**
   * An indexed article that may tell the same story as a new one: its story at once; its id and
   * sketch when first asked for, since an index may read its text to make them, and a new
   * article's key is often settled before every candidate is read ({@link #assign}).
   */
  public interface Candidate {

    /** A candidate whose id and sketch are at hand. */
    static Candidate of(String id, long story, StorySketch sketch) {
      return new Known(id, story, sketch);
    }

    /** The article's id. */
    String id();

    /** The key of the story it tells. */
    long story();

    /**
     * Its sketch, made when first asked for and kept: {@link #assign} may ask twice, once outside
     * its lock and once under it.
     *
     * @throws UncheckedIOException when the index cannot be read
     */
    StorySketch sketch();
  }

  private record Known(String id, long story, StorySketch sketch) implements Candidate {}

  /** Articles kept per band: a band that many share is a template, and one of them suffices. */
  static final int KEPT_PER_BAND = 8;

  /** Waiting articles compared with a new one at most, those sharing the most bands first. */
  static final int MAX_WAITING_CANDIDATES = 16;

  /** Indexed articles compared with a new one at most, those sharing the most bands first. */
  static final int MAX_INDEXED_CANDIDATES = 16;

  /**
   * How much the articles waiting for a refresh may hold: an eighth of the heap (about 3 KB each:
   * 250,000 articles on a 6 GB heap). Past it, the index is refreshed, and then every new article
   * is looked up in the index too, a few times slower than among the waiting ones.
   */
  static final long MAX_WAITING_BYTES = Runtime.getRuntime().maxMemory() / 8;

  /** Roughly what a waiting article costs besides its sketch: itself, its id's entry, its bands. */
  private static final long BYTES_PER_ARTICLE = 160 + 24L * StorySketch.BANDS;

  private final IndexedStories index;
  private final long maxWaitingBytes;

  /**
   * The articles waiting for a refresh, in the order they came: an article's slot is its place.
   * What a candidate is first checked by lives in arrays by slot ({@link #replaced}, {@link
   * #numberSummaries}), so that the many candidates that fail cost no look at their sketches.
   */
  private final List<Waiting> waiting = new ArrayList<>();

  private final Map<String, Waiting> waitingById = new HashMap<>();
  private final Bands waitingByBand = new Bands();
  private final BitSet replaced = new BitSet();
  private long[] numberSummaries = new long[1024];
  private long waitingBytes;

  /** How many times the index was refreshed: a look-up made before the last one is made again. */
  private int refreshes;

  /** An article given a key in this run, not yet known to be visible in the index. */
  private static final class Waiting {
    final String id;
    final long story;
    final StorySketch sketch;
    final int slot;
    /** In the writer: the index shows it after the next refresh. */
    boolean written;

    Waiting(String id, long story, StorySketch sketch, int slot) {
      this.id = id;
      this.story = story;
      this.sketch = sketch;
      this.slot = slot;
    }
  }

  public StoryKeys(IndexedStories index) {
    this(index, MAX_WAITING_BYTES);
  }

  StoryKeys(IndexedStories index, long maxWaitingBytes) {
    this.index = index;
    this.maxWaitingBytes = maxWaitingBytes;
  }

  /**
   * The story key of an article about to be written; call {@link #written} once it is.
   *
   * <p>The indexed articles are looked up, and those the comparison wants read, outside the lock,
   * while other threads add theirs: reading an indexed article's text is most of the cost of a key
   * once the index holds more than the waiting ones. Under the lock the key is settled among the
   * waiting and the indexed articles as one thread alone would settle it.
   *
   * @param id     the article's id
   * @param sketch the article's sketch
   */
  public long assign(String id, StorySketch sketch) throws IOException {
    int[] bands = sketch.bandsShared();
    long numbers = sketch.numberSummary();
    while (true) {
      int refreshed = refreshIfFull();
      Long story =
          bands.length == 0
              ? settle(id, sketch, List.of(), refreshed)
              : index.lookUp(
                  bands,
                  numbers,
                  indexed -> {
                    closest(id, sketch, indexed); // reads the texts the settling will mostly want
                    return settle(id, sketch, indexed, refreshed);
                  });
      if (story != null) {
        return story;
      }
    }
  }

  /** Refreshes the index when the waiting articles hold too much; the refreshes so far. */
  private synchronized int refreshIfFull() throws IOException {
    if (waitingBytes >= maxWaitingBytes) {
      refresh();
    }
    return refreshes;
  }

  /**
   * The key among the waiting articles and {@code indexed}, kept waiting with it; {@code null} when
   * the index was refreshed after {@code indexed} was looked up, which may then miss articles that
   * no longer wait.
   */
  private synchronized Long settle(
      String id, StorySketch sketch, List<Candidate> indexed, int refreshed) throws IOException {
    if (refreshes != refreshed) {
      return null;
    }
    Waiting previous = waitingById.get(id);
    if (previous != null) {
      // A new version of an article never joins the story of its old one.
      replaced.set(previous.slot);
    }
    List<Candidate> candidates = waitingCandidates(sketch);
    candidates.addAll(indexed);
    long story = closest(id, sketch, candidates);
    keepWaiting(id, story, sketch);
    return story;
  }

  /**
   * The story of the candidate most similar to the article among those of one story with it (the
   * first of equals), else a new one; reads a candidate only while its story could still change
   * the answer.
   */
  private static long closest(String id, StorySketch sketch, List<Candidate> candidates)
      throws IOException {
    long story = sketch.newStoryKey();
    double best = -1;
    try {
      for (int i = 0; i < candidates.size(); i++) {
        if (allTell(candidates, i, story)) {
          break; // settled: whichever of these were read, the key would be this one
        }
        Candidate candidate = candidates.get(i);
        if (candidate.id().equals(id)) {
          continue; // the version it replaces: a new version never joins the story of its old one
        }
        double similarity = sketch.storySimilarity(candidate.sketch());
        if (similarity > best) {
          best = similarity;
          story = candidate.story();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return story;
  }

  /** Whether every candidate from {@code from} on tells {@code story}. */
  private static boolean allTell(List<Candidate> candidates, int from, long story) {
    for (int i = from; i < candidates.size(); i++) {
      if (candidates.get(i).story() != story) {
        return false;
      }
    }
    return true;
  }

  /** Notes that the article given a key last under this id is now in the writer. */
  public synchronized void written(String id) {
    Waiting article = waitingById.get(id);
    if (article != null) {
      article.written = true;
    }
  }

  /**
   * The waiting articles that share a band and may share the numbers, each once: the {@value
   * #MAX_WAITING_CANDIDATES} that share the most bands.
   */
  private List<Candidate> waitingCandidates(StorySketch sketch) {
    List<Candidate> candidates = new ArrayList<>();
    int[] bands = sketch.bandsShared();
    if (bands.length == 0) {
      return candidates;
    }
    long numbers = sketch.numberSummary();
    IntPredicate mayBeCopy =
        slot ->
            !replaced.get(slot)
                && StorySketch.numbersMayAgree(numberSummaries[slot], numbers);
    for (int slot : waitingByBand.sharingMost(bands, MAX_WAITING_CANDIDATES, mayBeCopy)) {
      Waiting article = waiting.get(slot);
      candidates.add(Candidate.of(article.id, article.story, article.sketch));
    }
    return candidates;
  }

  private void keepWaiting(String id, long story, StorySketch sketch) {
    int slot = waiting.size();
    Waiting article = new Waiting(id, story, sketch, slot);
    waiting.add(article);
    waitingById.put(id, article);
    if (slot == numberSummaries.length) {
      numberSummaries = Arrays.copyOf(numberSummaries, slot * 2);
    }
    numberSummaries[slot] = sketch.numberSummary();
    waitingByBand.add(slot, sketch.bandsShared());
    waitingBytes += BYTES_PER_ARTICLE + sketch.bytes();
  }

  /**
   * The articles that share the most bands with a new one, most first (ties: the lower number
   * first), at most {@code max}, each once: for an index's {@link IndexedStories#candidates} as for
   * the waiting articles.
   *
   * @param found  an article's number once for each band it shares, in any order; sorted here
   * @param count  how many of {@code found} to read
   * @param keep   which articles may be candidates
   */
  public static int[] mostShared(int[] found, int count, int max, IntPredicate keep) {
    Arrays.sort(found, 0, count);
    // Each distinct article once, as (shared bands, article) packed so that one sort ranks them.
    long[] ranked = new long[count];
    int distinct = 0;
    for (int i = 0; i < count; ) {
      int article = found[i];
      int shared = 0;
      while (i < count && found[i] == article) {
        shared++;
        i++;
      }
      if (keep.test(article)) {
        ranked[distinct++] = (long) -shared << 32 | article;
      }
    }
    Arrays.sort(ranked, 0, distinct);
    int[] best = new int[Math.min(max, distinct)];
    for (int i = 0; i < best.length; i++) {
      best[i] = (int) ranked[i];
    }
    return best;
  }

  /** Refreshes the index and forgets the articles it now shows. */
  private void refresh() throws IOException {
    List<Waiting> unwritten =
        waiting.stream()
            .filter(article -> !article.written && !replaced.get(article.slot))
            .toList();
    index.refresh();
    refreshes++;
    waiting.clear();
    waitingById.clear();
    waitingByBand.clear();
    replaced.clear();
    waitingBytes = 0;
    for (Waiting article : unwritten) {
      keepWaiting(article.id, article.story, article.sketch);
    }
  }

  /**
   * Slots of waiting articles by band, at most {@value #KEPT_PER_BAND} a band: a chain of entries
   * per band in flat arrays, since a run waits on millions of bands, nearly all held by one
   * article.
   */
  private static final class Bands {
    /** The last entry of each band. */
    private final IntIntHashMap lastEntry = new IntIntHashMap();
    /**
     * Each entry's article slot, the entry before it in its band's chain (-1: none), and how long
     * the chain is up to it.
     */
    private int[] slots = new int[1024];
    private int[] previous = new int[1024];
    private int[] lengths = new int[1024];
    private int entries;

    void add(int slot, int[] bands) {
      for (int band : bands) {
        int index = lastEntry.indexOf(band);
        int last = lastEntry.indexExists(index) ? lastEntry.indexGet(index) : -1;
        int length = last < 0 ? 1 : lengths[last] + 1;
        if (length > KEPT_PER_BAND) {
          continue;
        }
        if (entries == slots.length) {
          slots = Arrays.copyOf(slots, entries * 2);
          previous = Arrays.copyOf(previous, entries * 2);
          lengths = Arrays.copyOf(lengths, entries * 2);
        }
        slots[entries] = slot;
        previous[entries] = last;
        lengths[entries] = length;
        if (last >= 0) {
          lastEntry.indexReplace(index, entries++);
        } else {
          lastEntry.indexInsert(index, band, entries++);
        }
      }
    }

    /**
     * The slots that share the most of these bands, at most {@code max}, most shared first (ties:
     * the earlier article first).
     */
    int[] sharingMost(int[] bands, int max, IntPredicate keep) {
      int[] found = new int[bands.length * KEPT_PER_BAND];
      int count = 0;
      for (int band : bands) {
        for (int entry = lastEntry.getOrDefault(band, -1); entry >= 0; entry = previous[entry]) {
          found[count++] = slots[entry];
        }
      }
      return mostShared(found, count, max, keep);
    }

    void clear() {
      lastEntry.clear();
      entries = 0;
    }
  }
}
