package org.newsindex.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The paragraphs of a corpus, handed to a benchmark one after another (state that a benchmark
 * method takes as its argument).
 */
@State(Scope.Thread)
public class Paragraphs {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private List<String> paragraphs;
  private int next;

  /** Reads the corpus's paragraphs once per run. */
  @Setup
  public void read() {
    paragraphs = Corpus.paragraphs(corpus);
  }

  /** The next paragraph, from the first again after the last. */
  public String next() {
    String paragraph = paragraphs.get(next);
    next = next + 1 == paragraphs.size() ? 0 : next + 1;
    return paragraph;
  }
}
