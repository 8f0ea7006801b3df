package org.newsindex.highlight;

import java.io.IOException;
import java.util.List;

/** Finds a query's matches in the text of one hit. */
@FunctionalInterface
public interface TextMatches {

  /**
   * The matches in a field's values, in order, offsets counting the values as joined by one
   * {@link HitHighlighter#VALUE_SEPARATOR} each.
   */
  List<TextMatch> in(String field, List<String> values) throws IOException;
}
