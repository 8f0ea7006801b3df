package org.newsindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
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

  /** What the memory holds for a stop word, which has no stem. */
  private static final String STOP_WORD = new String("stop word");

  /** Forgets everything past this many words: a bound on memory for a very varied text. */
  private static final int MAX_REMEMBERED = 200_000;

  private final CharArrayMap<String> remembered = new CharArrayMap<>(4096, false);
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
    String known = remembered.get(written, 0, length);
    if (known == null) {
      known = stemAnew(written, length);
      if (remembered.size() >= MAX_REMEMBERED) {
        remembered.clear();
      }
      remembered.put(new String(written, 0, length), known);
    }
    return known == STOP_WORD ? null : known;
  }

  private String stemAnew(char[] written, int length) {
    try {
      word.set(written, length);
      stems.reset();
      String result = STOP_WORD;
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
