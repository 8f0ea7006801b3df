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
 * Countries, regions and large cities, which stand where a name stands in news copy ("New York
 * said", "in San Francisco, said") but never name a person. Read once from {@code places.txt}
 * beside this class.
 */
final class Places {

  private static final Set<String> PLACES = load();

  /** The first word of every place, so that most names are ruled out by one look-up. */
  private static final Set<String> FIRST_WORDS = firstWords(PLACES);

  private Places() {}

  /** True when the words from {@code from} on, in any case, name one of the places. */
  static boolean isPlace(List<Token> words, int from) {
    if (from >= words.size() || !FIRST_WORDS.contains(words.get(from).lower())) {
      return false;
    }
    StringBuilder key = new StringBuilder(words.get(from).lower());
    for (int i = from + 1; i < words.size(); i++) {
      key.append(' ').append(words.get(i).lower());
    }
    return PLACES.contains(key.toString());
  }

  private static Set<String> firstWords(Set<String> places) {
    Set<String> first = new HashSet<>();
    for (String place : places) {
      int space = place.indexOf(' ');
      first.add(space < 0 ? place : place.substring(0, space));
    }
    return Set.copyOf(first);
  }

  private static Set<String> load() {
    Set<String> places = new HashSet<>();
    try (InputStream in = Places.class.getResourceAsStream("places.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          places.add(NameVocabulary.lower(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read places.txt from the jar", e);
    }
    return Set.copyOf(places);
  }
}
