package org.newsindex.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What near-duplicate detection sees of an article: the word shingles and the numbers of its body,
 * and the locality-sensitive band hashes an index finds it by.
 *
 * <p>The body is lower-cased and cut into words (runs of letters and digits); every run of {@value
 * #SHINGLE_WORDS} words is a shingle, kept as a 32-bit hash. The headline is left out, so that a
 * copy under a new headline is still a copy. Numbers are kept as printed ({@code 2,003,000}, {@code
 * 6-3/16}, a dateline's day), since reports cast in one template differ in little else.
 *
 * <p>Two articles are one story ({@link #sameStory}) when, with {@code n} the smaller number of
 * shingles, {@code J} their Jaccard similarity, {@code C} the share of the smaller set found in the
 * other, and a miss a number of the text with fewer numbers that the other lacks:
 *
 * <ul>
 *   <li>their normalised text is the same; or
 *   <li>{@code n >= 100} (about a hundred words), {@code J >= 0.5} and at most one miss; or
 *   <li>{@code n < 100}, {@code J >= 0.85} and no miss; or
 *   <li>{@code n >= 50}, {@code C >= 0.9} and the number test of its length (a first take inside
 *       the full story, a copy with a comment thread or boilerplate added).
 * </ul>
 *
 * Measured on inspected pairs of BBC News and Reuters-21578 articles (the README of {@code
 * indexer} gives the figures): every accepted pair inspected was a true copy; the cost is short
 * wire items re-sent with changed figures, which stay apart.
 *
 * <p>A body of fewer than {@value #MIN_SHINGLES} shingles is too short to judge: it is the same
 * story only as an exact copy, headline included, and has no bands.
 *
 * <p>Bands: {@value #BANDS} MinHash bands of {@value #ROWS} hashes, each band hashed to one number.
 * Two articles share a band with probability {@code 1 - (1 - J^ROWS)^BANDS}: 0.99 at {@code J =
 * 0.5} and 0.89 at 0.36, where a contained copy may sit. The index finds candidates by a lookup of
 * these numbers and the rule above decides.
 */
public final class StorySketch {

  /** Words per shingle. */
  static final int SHINGLE_WORDS = 3;

  /** Bands an article is looked up by. */
  public static final int BANDS = 16;

  /** MinHash values per band. */
  static final int ROWS = 2;

  /** Fewer shingles than this and a body is too short to compare. */
  static final int MIN_SHINGLES = 8;

  /** Shingles from which a body counts as long: its copies may differ more. */
  static final int LONG = 100;

  /** Shingles from which containment alone may make a copy. */
  static final int CONTAINED_MIN = 50;

  static final double LONG_SIMILARITY = 0.5;
  static final double SHORT_SIMILARITY = 0.85;
  static final double CONTAINMENT = 0.9;

  /** Multipliers of the MinHash functions: fixed, since bands outlive a process. */
  private static final long[] MULTIPLIERS = new long[BANDS * ROWS];

  static {
    for (int i = 0; i < MULTIPLIERS.length; i++) {
      MULTIPLIERS[i] = mix(0x9E3779B97F4A7C15L * (i + 1)) | 1L;
    }
  }

  /**
   * Shingle hashes; {@code null} when too short to compare. In text order until first compared,
   * then distinct and sorted ({@link #shingles()}): most articles are never compared, or differ in
   * their numbers first, and sorting was a third of making a sketch.
   */
  private int[] shingles; // guarded by this

  private boolean shinglesSorted; // guarded by this

  /** Hashes of the numbers as printed; distinct and sorted once first compared. */
  private int[] numbers; // guarded by this

  private boolean numbersSorted; // guarded by this

  private final long numberSummary;
  /** Whether the body is long enough to compare: {@code shingles} is set. */
  private final boolean comparable;
  private final int[] bands;
  private final long textHash;
  private final long bytes;

  private StorySketch(int[] shingles, int[] numbers, int[] bands, long textHash) {
    this.shingles = shingles;
    this.comparable = shingles != null;
    this.numbers = numbers;
    this.bands = bands;
    this.textHash = textHash;
    long summary = 0;
    for (int number : numbers) {
      summary |= 1L << (number >>> 26);
    }
    this.numberSummary = summary;
    int values = (shingles == null ? 0 : shingles.length) + numbers.length + bands.length;
    this.bytes = 64L + 4L * values;
  }

  /** The sketch of an article with this headline and body. */
  public static StorySketch of(String headline, List<String> paragraphs) {
    return of(headline, paragraphs, true);
  }

  /**
   * The sketch of an article already indexed, made to compare a new one with and never looked up:
   * {@link #sameStory} and {@link #storySimilarity} answer as for {@link #of}, but it has no
   * bands, which are a sixth of the work of making a sketch, and a writer makes one for each
   * indexed article it compares with.
   */
  public static StorySketch toCompare(String headline, List<String> paragraphs) {
    return of(headline, paragraphs, false);
  }

  private static StorySketch of(String headline, List<String> paragraphs, boolean withBands) {
    Words words = Words.of(paragraphs);
    int count = words.count() - SHINGLE_WORDS + 1;
    if (count < MIN_SHINGLES) {
      String all = String.join(" ", paragraphs);
      long textHash = ~Words.of(List.of(headline == null ? "" : headline, all)).hashAll();
      return new StorySketch(null, new int[0], new int[0], textHash);
    }
    long textHash = words.hashAll();
    long[] hashes = words.shingles();
    int[] shingles = new int[count];
    for (int i = 0; i < count; i++) {
      shingles[i] = (int) hashes[i];
    }
    int[] bands = withBands ? bands(hashes, count) : new int[0];
    return new StorySketch(shingles, Words.numbers(paragraphs), bands, textHash);
  }

  /**
   * The band hashes to look this article up by; none when it is too short to compare, or made only
   * {@link #toCompare}.
   */
  public int[] bands() {
    return bands.clone();
  }

  /** {@link #bands()} without a copy, for this package, which never changes them. */
  int[] bandsShared() {
    return bands;
  }

  /** Whether the two articles tell one story, by the rule in the class description. */
  public boolean sameStory(StorySketch other) {
    return storySimilarity(other) >= 0;
  }

  /**
   * The share of shingles two articles of one story have in common (1 for the same text), or -1
   * when they tell different stories: {@link #sameStory} and {@link #similarity} at the cost of
   * one comparison.
   */
  public double storySimilarity(StorySketch other) {
    if (textHash == other.textHash) {
      return 1;
    }
    if (!comparable || !other.comparable) {
      return -1;
    }
    if (!numbersMayAgree(numberSummary, other.numberSummary)) {
      return -1;
    }
    int misses = numberMisses(numbers(), other.numbers());
    if (misses > 1) {
      return -1;
    }
    int[] mine = shingles();
    int[] theirs = other.shingles();
    int smaller = Math.min(mine.length, theirs.length);
    int total = mine.length + theirs.length;
    if (misses > (smaller >= LONG ? 1 : 0)) {
      return -1;
    }
    double threshold = smaller >= LONG ? LONG_SIMILARITY : SHORT_SIMILARITY;
    // The fewest common shingles that could pass, rounded down so that no pair is cut short
    // wrongly: J >= t when common >= t * total / (1 + t).
    int needed = (int) (threshold * total / (1 + threshold));
    if (smaller >= CONTAINED_MIN) {
      needed = Math.min(needed, (int) (CONTAINMENT * smaller));
    }
    int common = common(mine, theirs, needed);
    if (common < 0) {
      return -1;
    }
    double jaccard = (double) common / (total - common);
    double containment = (double) common / smaller;
    boolean same =
        jaccard >= threshold || smaller >= CONTAINED_MIN && containment >= CONTAINMENT;
    return same ? jaccard : -1;
  }

  /** The share of shingles the two bodies have in common, 0 to 1 (1 for the same text). */
  public double similarity(StorySketch other) {
    if (textHash == other.textHash) {
      return 1;
    }
    if (!comparable || !other.comparable) {
      return 0;
    }
    int[] mine = shingles();
    int[] theirs = other.shingles();
    int common = common(mine, theirs, 0);
    return (double) common / (mine.length + theirs.length - common);
  }

  /**
   * The numbers of the body in 64 bits: one bit set for each number (a bit of its hash), for
   * {@link #numbersMayAgree}.
   */
  public long numberSummary() {
    return numberSummary;
  }

  /**
   * Whether two articles with these {@link #numberSummary number summaries} may pass the number
   * test of {@link #sameStory}. Not when each has at least two numbers that the other lacks, which
   * the summaries show without the numbers themselves: a bit set in one summary only stands for
   * such a number. A cheap first look at a candidate, since reports of different events differ in
   * their numbers.
   */
  public static boolean numbersMayAgree(long summary, long otherSummary) {
    return Long.bitCount(summary & ~otherSummary) < 2 || Long.bitCount(otherSummary & ~summary) < 2;
  }

  /** A key for a story this article starts: a hash of its normalised text. */
  public long newStoryKey() {
    return textHash;
  }

  /** Roughly the bytes this sketch holds, for bounding how many wait in memory. */
  public long bytes() {
    return bytes;
  }

  /** The key of one quotation as it appears in one story, for collapsing its copies. */
  public static long quoteKey(long story, String quote) {
    return mix(story * 31 + Words.of(List.of(quote)).hashAll());
  }

  /** The numbers of the text with fewer of them that the other text does not have. */
  private static int numberMisses(int[] mine, int[] theirs) {
    int[] fewer = mine.length <= theirs.length ? mine : theirs;
    int[] more = fewer == mine ? theirs : mine;
    int misses = 0;
    for (int number : fewer) {
      if (Arrays.binarySearch(more, number) < 0) {
        misses++;
      }
    }
    return misses;
  }

  /**
   * The shingles, distinct and sorted, made so on the first call. The arrays change only then, so a
   * caller may read the one returned without the lock.
   */
  private synchronized int[] shingles() {
    if (!shinglesSorted) {
      shingles = distinctSorted(shingles);
      shinglesSorted = true;
    }
    return shingles;
  }

  /** The numbers, distinct and sorted, made so on the first call, as {@link #shingles()}. */
  private synchronized int[] numbers() {
    if (!numbersSorted) {
      numbers = distinctSorted(numbers);
      numbersSorted = true;
    }
    return numbers;
  }

  /** MinHash bands of the first {@code count} shingles' 64-bit hashes. */
  private static int[] bands(long[] shingles, int count) {
    // The least of each function's values taken as unsigned: with the sign bit flipped, a signed
    // minimum, which the JIT makes branch-free.
    long[] minima = new long[MULTIPLIERS.length];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (int s = 0; s < count; s++) {
      long shingle = shingles[s];
      for (int i = 0; i < minima.length; i++) {
        minima[i] = Math.min(minima[i], (shingle * MULTIPLIERS[i]) ^ Long.MIN_VALUE);
      }
    }
    int[] bands = new int[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long hash = band + 1;
      for (int row = 0; row < ROWS; row++) {
        hash = mix(hash * 31 + ((minima[band * ROWS + row] ^ Long.MIN_VALUE) >>> 32));
      }
      bands[band] = (int) hash;
    }
    return bands;
  }

  /**
   * The number of values two sorted arrays share, or -1 as soon as fewer than {@code needed}
   * could be: most candidates share few shingles, and that shows early.
   */
  private static int common(int[] a, int[] b, int needed) {
    int common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else {
        if (a[i] < b[j]) {
          i++;
        } else {
          j++;
        }
        if (common + Math.min(a.length - i, b.length - j) < needed) {
          return -1;
        }
      }
    }
    return common;
  }

  private static int[] distinctSorted(int[] values) {
    Arrays.sort(values);
    int distinct = 0;
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  /** The finaliser of MurmurHash3: spreads every input bit over the whole output. */
  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB93FE53B5E1AL;
    x ^= x >>> 33;
    return x;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "StorySketch[%s, %d numbers, text %016x]",
        !comparable ? "too short" : shingles().length + " shingles",
        numbers().length,
        textHash);
  }

  /**
   * Words of text, each as a 64-bit hash, and numbers, each as a 32-bit one, read into buffers that
   * each thread keeps: every article is read, and its words are wanted only while its sketch is
   * made, so the buffers are not allocated again for each.
   */
  private static final class Words {

    private static final ThreadLocal<Words> OF_THIS_THREAD = ThreadLocal.withInitial(Words::new);

    private long[] hashes = new long[1024];
    private int count;
    private long[] shingleHashes = new long[1024];
    private int[] numbers = new int[64];
    private char[] chars = new char[1024];

    private Words() {}

    /**
     * A hash of each word (run of letters and digits, lower-cased) of the texts, in order, in this
     * thread's buffers: good until the thread reads other texts.
     */
    static Words of(List<String> texts) {
      Words words = OF_THIS_THREAD.get();
      words.read(texts);
      return words;
    }

    /**
     * A hash of each number as printed, in text order: digits, with the separators inside it
     * ({@code 2,003,000}, {@code 58.7}, {@code 6-3/16}).
     */
    static int[] numbers(List<String> texts) {
      return OF_THIS_THREAD.get().readNumbers(texts);
    }

    int count() {
      return count;
    }

    /**
     * A 64-bit hash of each run of {@value StorySketch#SHINGLE_WORDS} words, in this thread's
     * buffer: the first {@code count() - SHINGLE_WORDS + 1} places hold them.
     */
    long[] shingles() {
      if (shingleHashes.length < count) {
        shingleHashes = new long[hashes.length];
      }
      for (int start = 0; start + SHINGLE_WORDS <= count; start++) {
        long shingle = hashes[start];
        for (int next = 1; next < SHINGLE_WORDS; next++) {
          shingle = Long.rotateLeft(shingle, 21) ^ hashes[start + next];
        }
        shingleHashes[start] = mix(shingle);
      }
      return shingleHashes;
    }

    /** One hash of all the words, in order. */
    long hashAll() {
      long hash = count;
      for (int i = 0; i < count; i++) {
        hash = mix(hash * 31 + hashes[i]);
      }
      return hash;
    }

    private void read(List<String> texts) {
      count = 0;
      for (String text : texts) {
        int length = text.length();
        char[] chars = charsOf(text);
        int i = 0;
        while (i < length) {
          int c = Character.codePointAt(chars, i, length);
          if (!isWordChar(c)) {
            i += Character.charCount(c);
            continue;
          }
          long hash = 0xCBF29CE484222325L;
          while (i < length && isWordChar(c = Character.codePointAt(chars, i, length))) {
            hash = (hash ^ lowerCase(c)) * 0x100000001B3L;
            i += Character.charCount(c);
          }
          if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
          }
          hashes[count++] = hash;
        }
      }
    }

    private int[] readNumbers(List<String> texts) {
      int found = 0;
      for (String text : texts) {
        int length = text.length();
        char[] chars = charsOf(text);
        int i = 0;
        while (i < length) {
          if (!isDigit(chars[i])) {
            i++;
            continue;
          }
          long hash = 0xCBF29CE484222325L;
          while (i < length
              && (isDigit(chars[i])
                  || isSeparator(chars[i]) && i + 1 < length && isDigit(chars[i + 1]))) {
            hash = (hash ^ chars[i]) * 0x100000001B3L;
            i++;
          }
          if (found == numbers.length) {
            numbers = Arrays.copyOf(numbers, found * 2);
          }
          numbers[found++] = (int) (hash ^ (hash >>> 32));
        }
      }
      return Arrays.copyOf(numbers, found);
    }

    /**
     * The characters of a text, in this thread's buffer: a loop over an array costs less than
     * {@link String#charAt} at every character.
     */
    private char[] charsOf(String text) {
      if (chars.length < text.length()) {
        chars = new char[Math.max(text.length(), 2 * chars.length)];
      }
      text.getChars(0, text.length(), chars, 0);
      return chars;
    }

    /** A letter or digit; ASCII without a table look-up, since most text is ASCII. */
    private static boolean isWordChar(int c) {
      if (c < 0x80) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      }
      return Character.isLetterOrDigit(c);
    }

    /** The lower case of a character, ASCII without a table look-up. */
    private static int lowerCase(int c) {
      if (c < 0x80) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      }
      return Character.toLowerCase(c);
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
      return c == ',' || c == '.' || c == '/' || c == '-';
    }
  }
}
