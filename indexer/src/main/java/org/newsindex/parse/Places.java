package org.newsindex.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Countries, regions and large cities, which stand where a name stands in news copy ("New York
 * said", "in San Francisco, said") but never name a person. Read once from {@code places.txt}
 * beside this class.
 */
final class Places {

  private static final Set<String> PLACES = load();

  private Places() {}

  /** True when the words, in any case, name one of the places. */
  static boolean isPlace(String words) {
    return PLACES.contains(NameVocabulary.lower(words));
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
