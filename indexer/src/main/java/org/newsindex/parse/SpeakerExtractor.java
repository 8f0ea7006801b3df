package org.newsindex.parse;

import java.util.List;

/** STUB: to be written. Finds the named people an article quotes or reports as speaking. */
public final class SpeakerExtractor {

  public List<String> extract(List<String> paragraphs) {
    return List.of();
  }
}
