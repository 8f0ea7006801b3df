package org.newsindex.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each article a story key as a writer adds it: the key of the most similar article already
 * written ({@link StorySketch#sameStory}), or a new one. Both backends share it; each supplies how
 * its index finds the articles that share a band with a new one ({@link IndexedStories}).
 *
 * <p>Articles written by the same run are not yet visible in the index, so their sketches are kept
 * here until the index is refreshed: when they hold more than an eighth of the heap, the index is
 * refreshed and the ones written before it are dropped. One run thus sees every article before it, and a
 * later run finds the earlier ones through the index alone, without a pass over the archive.
 *
 * <p>Safe for several writing threads: keys are given out one at a time.
 */
public final class StoryKeys {

  /** How the index finds articles that may tell the same story as a new one. */
  public interface IndexedStories {

    /**
     * Indexed articles that share at least one band with a new article, most bands first, at
     * most a few; never the article {@code id} itself (the version it replaces).
     */
    List<Candidate> candidates(int[] bands, String id) throws IOException;

    /** Makes every article written so far visible to {@link #candidates}. */
    void refresh() throws IOException;
  }

  /** An indexed article and its story. */
  public record Candidate(String id, long story, StorySketch sketch) {}

  /** Articles kept per band: a band that many share is a template, and one of them suffices. */
  static final int KEPT_PER_BAND = 8;

  /** Waiting articles compared with a new one at most, those sharing the most bands first. */
  static final int MAX_WAITING_CANDIDATES = 16;

  /**
   * How much the articles waiting for a refresh may hold: an eighth of the heap (about 3 KB each:
   * 250,000 articles on a 6 GB heap). Past it, the index is refreshed, and then every new article
   * is looked up in the index too, a few times slower than among the waiting ones.
   */
  static final long MAX_WAITING_BYTES = Runtime.getRuntime().maxMemory() / 8;

  /** Roughly what one band of a waiting article costs in the map by band: key, entry, list. */
  private static final long BYTES_PER_BAND = 96;

  private final IndexedStories index;
  private final long maxWaitingBytes;
  private final Map<String, Waiting> waiting = new HashMap<>();
  private final Map<Integer, List<Waiting>> waitingByBand = new HashMap<>();
  private long waitingBytes;

  /** An article given a key in this run, not yet known to be visible in the index. */
  private static final class Waiting {
    final String id;
    final long story;
    final StorySketch sketch;
    final int[] bands;
    volatile boolean written;

    Waiting(String id, long story, StorySketch sketch, int[] bands) {
      this.id = id;
      this.story = story;
      this.sketch = sketch;
      this.bands = bands;
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
   * @param id     the article's id
   * @param sketch the article's sketch
   */
  public synchronized long assign(String id, StorySketch sketch) throws IOException {
    if (waitingBytes >= maxWaitingBytes) {
      refresh();
    }
    int[] bands = sketch.bands();
    long story = sketch.newStoryKey();
    double best = -1;
    for (Candidate candidate : candidates(bands, id)) {
      double similarity = sketch.storySimilarity(candidate.sketch());
      if (similarity > best) {
        best = similarity;
        story = candidate.story();
      }
    }
    Waiting mine = new Waiting(id, story, sketch, bands);
    Waiting replaced = waiting.put(id, mine);
    if (replaced != null) {
      forget(replaced);
    }
    waitingBytes += bytes(mine);
    for (int band : bands) {
      List<Waiting> sharing = waitingByBand.computeIfAbsent(band, b -> new ArrayList<>(1));
      if (sharing.size() < KEPT_PER_BAND) {
        sharing.add(mine);
      }
    }
    return story;
  }

  /** Notes that the article given a key last under this id is now in the writer. */
  public synchronized void written(String id) {
    Waiting article = waiting.get(id);
    if (article != null) {
      article.written = true;
    }
  }

  /**
   * The waiting and indexed articles that share a band, each once: of those waiting, the {@value
   * #MAX_WAITING_CANDIDATES} that share the most bands.
   */
  private List<Candidate> candidates(int[] bands, String id) throws IOException {
    List<Candidate> candidates = new ArrayList<>();
    if (bands.length == 0) {
      return candidates;
    }
    Map<Waiting, Integer> shared = new IdentityHashMap<>();
    for (int band : bands) {
      for (Waiting other : waitingByBand.getOrDefault(band, List.of())) {
        if (!other.id.equals(id)) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    shared.entrySet().stream()
        .sorted(Map.Entry.<Waiting, Integer>comparingByValue().reversed())
        .limit(MAX_WAITING_CANDIDATES)
        .forEach(e -> candidates.add(new Candidate(e.getKey().id, e.getKey().story, e.getKey().sketch)));
    candidates.addAll(index.candidates(bands, id));
    return candidates;
  }

  /** Refreshes the index and forgets the articles it now shows. */
  private void refresh() throws IOException {
    List<Waiting> visible = waiting.values().stream().filter(w -> w.written).toList();
    index.refresh();
    for (Waiting article : visible) {
      waiting.remove(article.id);
      forget(article);
    }
  }

  private static long bytes(Waiting article) {
    return article.sketch.bytes() + BYTES_PER_BAND * article.bands.length;
  }

  private void forget(Waiting article) {
    waitingBytes -= bytes(article);
    for (int band : article.bands) {
      List<Waiting> sharing = waitingByBand.get(band);
      if (sharing != null) {
        sharing.remove(article);
        if (sharing.isEmpty()) {
          waitingByBand.remove(band);
        }
      }
    }
  }
}
