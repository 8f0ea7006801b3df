package org.newsindex.search;

import com.carrotsearch.hppc.BitMixer;
import java.util.Arrays;

/**
 * Words, given as characters, each with an int: the memory behind {@link WordStemmer}, which looks
 * up every word of every text field as it is indexed.
 *
 * <p>Laid out for that look-up, which is a cache miss more than it is work. An open-addressed table
 * holds each word as a {@code long} key beside its value, in one array. A word of at most {@value
 * #MAX_INLINE_LENGTH} characters, each one byte wide (most words of English text, once folded), is
 * its own key, so its look-up reads one place in memory. Any other word's key is a hash of it, and
 * its characters are kept in a second array, read to confirm a match. A map of {@code char[]} keys
 * to objects reads three places: the slot, the key it points to, the value. The table is kept at
 * most half full, so probes are short and mostly within the slot's cache line.
 *
 * <p>Not thread-safe.
 */
final class WordTable {

  /** What {@link #get} answers for a word the table does not hold. */
  static final int ABSENT = -1;

  /** The longest word the table holds: its length is kept in one {@code char}. */
  static final int MAX_WORD_LENGTH = Character.MAX_VALUE;

  private static final int MAX_INLINE_LENGTH = 7;

  // The top byte of a hashed word's key: negative, where a short word's key, whose top byte is
  // at most MAX_INLINE_LENGTH + 1, is positive.
  private static final long HASHED = 0xFFL << 56;

  private static final int INITIAL_SLOTS = 1 << 12;

  // Slot i is slots[2i], the key, never 0 when filled, and slots[2i + 1]: the value, and for a
  // hashed word, where its characters start in chars, shifted up 32 bits.
  private long[] slots = new long[2 * INITIAL_SLOTS];
  // Each hashed word: its length, then its characters.
  private char[] chars = new char[INITIAL_SLOTS];
  private int charsUsed;
  private int size;

  /** The number of words held. */
  int size() {
    return size;
  }

  /** The value of {@code word[0, length)}, or {@link #ABSENT}. */
  int get(char[] word, int length) {
    long key = key(word, length);
    int mask = slots.length / 2 - 1;
    for (int slot = slotOf(key) & mask; ; slot = (slot + 1) & mask) {
      long held = slots[2 * slot];
      if (held == 0) {
        return ABSENT;
      }
      if (held == key) {
        long value = slots[2 * slot + 1];
        if (key > 0 || spells((int) (value >>> 32), word, length)) {
          return (int) value;
        }
      }
    }
  }

  /**
   * Holds {@code word[0, length)} with {@code value}, which must not be negative; the word must not
   * be held already, and be at most {@link #MAX_WORD_LENGTH} long.
   */
  void put(char[] word, int length, int value) {
    if (value < 0 || length > MAX_WORD_LENGTH) {
      throw new IllegalArgumentException("value " + value + ", length " + length);
    }
    if (2 * (size + 1) > slots.length / 2) {
      grow();
    }
    long key = key(word, length);
    long held = key > 0 ? value : (long) append(word, length) << 32 | value;
    place(slots, key, held);
    size++;
  }

  /** Forgets every word, keeping the memory it had grown to. */
  void clear() {
    Arrays.fill(slots, 0L);
    charsUsed = 0;
    size = 0;
  }

  private boolean spells(int start, char[] word, int length) {
    return chars[start] == length
        && Arrays.equals(chars, start + 1, start + 1 + length, word, 0, length);
  }

  private int append(char[] word, int length) {
    int needed = length + 1;
    if (charsUsed + needed > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(2 * chars.length, charsUsed + needed));
    }
    int start = charsUsed;
    chars[start] = (char) length;
    System.arraycopy(word, 0, chars, start + 1, length);
    charsUsed += needed;
    return start;
  }

  private void grow() {
    long[] grown = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0) {
        place(grown, slots[i], slots[i + 1]);
      }
    }
    slots = grown;
  }

  private static void place(long[] table, long key, long value) {
    int mask = table.length / 2 - 1;
    int slot = slotOf(key) & mask;
    while (table[2 * slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = value;
  }

  private static int slotOf(long key) {
    return (int) BitMixer.mix64(key);
  }

  /**
   * A short word of one-byte characters as itself: its length + 1 in the bits above its characters,
   * one byte each, so that no two such words share a key and none is 0. Any other word as {@link
   * #HASHED} above 56 bits of its hash.
   */
  private static long key(char[] word, int length) {
    if (length <= MAX_INLINE_LENGTH) {
      long key = length + 1;
      int i = 0;
      while (i < length && word[i] <= 0xFF) {
        key = key << 8 | word[i];
        i++;
      }
      if (i == length) {
        return key;
      }
    }
    long hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + word[i];
    }
    return HASHED | BitMixer.mix64(hash) >>> 8;
  }
}
