package org.newsindex.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A misspelt query and the query its writer meant, to measure "did you mean": one per line of a
 * file, {@code {"id": ..., "query": ..., "intended": ...}}.
 *
 * @param id       names the query in reports
 * @param query    the query as typed, misspelt
 * @param intended the query as meant
 */
public record Misspelling(String id, String query, String intended) {

  /** Checks that every part is there. */
  public Misspelling {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(intended, "intended");
  }

  /** Whether a suggestion is the intended query, ignoring case and spacing. */
  public boolean isIntended(String suggestion) {
    return normalized(suggestion).equals(normalized(intended));
  }

  /**
   * Reads every misspelling of a file, in file order.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a misspelling
   */
  public static List<Misspelling> read(Path file) throws IOException {
    return JsonLines.read(
        file,
        "a misspelt query",
        object ->
            new Misspelling(
                object.getString("id"), object.getString("query"), object.getString("intended")));
  }

  private static String normalized(String query) {
    return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
