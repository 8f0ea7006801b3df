package org.newsindex.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that stand where a person's name stands in news copy but never name a person, read once
 * from a list beside this class: places ("New York said", "in San Francisco, said") and firms that
 * news copy names without a legal form ("Merrill Lynch said").
 */
final class Gazetteer {

  /** Countries, regions and large cities ({@code places.txt}). */
  static final Gazetteer PLACES = new Gazetteer("places.txt");

  /** Banks, brokers, auditors and news agencies cited by name alone ({@code firms.txt}). */
  static final Gazetteer FIRMS = new Gazetteer("firms.txt");

  private final Set<String> names;

  /** The first word of every name, so that most runs are ruled out by one look-up. */
  private final Set<String> firstWords;

  private Gazetteer(String resource) {
    this.names = load(resource);
    Set<String> first = new HashSet<>();
    for (String name : names) {
      int space = name.indexOf(' ');
      first.add(space < 0 ? name : name.substring(0, space));
    }
    this.firstWords = Set.copyOf(first);
  }

  /** True when the words from {@code from} on, in any case, are one of the names. */
  boolean contains(List<Token> words, int from) {
    if (from >= words.size() || !firstWords.contains(words.get(from).lower())) {
      return false;
    }
    StringBuilder key = new StringBuilder(words.get(from).lower());
    for (int i = from + 1; i < words.size(); i++) {
      key.append(' ').append(words.get(i).lower());
    }
    return names.contains(key.toString());
  }

  private static Set<String> load(String resource) {
    Set<String> names = new HashSet<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(NameVocabulary.lower(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
    }
    return Set.copyOf(names);
  }
}
