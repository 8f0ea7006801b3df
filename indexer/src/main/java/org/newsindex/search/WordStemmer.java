package org.newsindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stem of one written word (lower-cased and folded), as a chain of stemming filters gives it,
 * remembered: news text repeats its words, so after a few thousand words nearly every one is
 * answered from memory instead of by the filters (possessive, stop words, {@link EnglishStems},
 * KStem), which were a third of indexing time. Not thread-safe: one per token stream.
 */
final class WordStemmer {

  /**
   * What {@link #stem} answers for a word that is its own stem, as most words are: one shared
   * instance, compared by identity, so that callers need not compare the stem with the word.
   */
  static final String ITSELF = new String("itself");

  // What the memory holds for a word: one of these two, or FIRST_STEM + the index of its stem in
  // knownStems.
  private static final int STEM_IS_ITSELF = 0;
  private static final int STOP_WORD = 1;
  private static final int FIRST_STEM = 2;

  /** Forgets everything past this many words: a bound on memory for a very varied text. */
  private static final int MAX_REMEMBERED = 200_000;

  private final WordTable remembered = new WordTable();
  private final List<String> knownStems = new ArrayList<>();
  private final OneWord word = new OneWord();
  private final TokenStream stems;
  private final CharTermAttribute stem;

  /** A stemmer that stems as {@code chain} does, applied to a stream of written words. */
  WordStemmer(UnaryOperator<TokenStream> chain) {
    this.stems = chain.apply(word);
    this.stem = stems.getAttribute(CharTermAttribute.class);
  }

  /**
   * The stem of {@code written[0, length)}: {@link #ITSELF} when the word is its own stem, {@code
   * null} for a stop word.
   */
  String stem(char[] written, int length) {
    int known = remembered.get(written, length);
    if (known != WordTable.ABSENT) {
      return switch (known) {
        case STEM_IS_ITSELF -> ITSELF;
        case STOP_WORD -> null;
        default -> knownStems.get(known - FIRST_STEM);
      };
    }
    String stem = stemAnew(written, length);
    remember(written, length, stem);
    return stem;
  }

  private void remember(char[] written, int length, String stem) {
    if (length > WordTable.MAX_WORD_LENGTH) {
      return;
    }
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
      knownStems.clear();
    }
    int value;
    if (stem == ITSELF) {
      value = STEM_IS_ITSELF;
    } else if (stem == null) {
      value = STOP_WORD;
    } else {
      value = FIRST_STEM + knownStems.size();
      knownStems.add(stem);
    }
    remembered.put(written, length, value);
  }

  private String stemAnew(char[] written, int length) {
    try {
      word.set(written, length);
      stems.reset();
      String result = null;
      if (stems.incrementToken()) {
        boolean itself = Arrays.equals(stem.buffer(), 0, stem.length(), written, 0, length);
        result = itself ? ITSELF : stem.toString();
      }
      stems.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // stemming a word in memory does no I/O
    }
  }

  /** A token stream of one word, set before each use. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] buffer = new char[32];
    private int length;
    private boolean done;

    void set(char[] written, int newLength) {
      if (buffer.length < newLength) {
        buffer = new char[newLength];
      }
      System.arraycopy(written, 0, buffer, 0, newLength);
      length = newLength;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(buffer, 0, length);
      done = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }
  }
}
