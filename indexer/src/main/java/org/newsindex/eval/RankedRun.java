package org.newsindex.eval;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranked answers of one engine to a set of queries, in the results format of the shared
 * search benchmark: one line per query, {@code {"q": query text, "hits": total matches, "top":
 * [{"id": ..., "score": ...}, ...]}}. Reading one lets the peers' runs be scored on the same
 * judgments as newsindex's own.
 *
 * @param ranked query text to article ids, best first
 */
public record RankedRun(Map<String, List<String>> ranked) {

  /** Copies the lists, so a run never changes once made. */
  public RankedRun {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    ranked.forEach((query, ids) -> copy.put(query, List.copyOf(ids)));
    ranked = Collections.unmodifiableMap(copy);
  }

  /** The ids an engine answered a query with, best first; empty when it was not asked. */
  public List<String> answer(String query) {
    return ranked.getOrDefault(query, List.of());
  }

  /**
   * Reads a results file; when a query appears twice, the last line wins.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a query's results
   */
  public static RankedRun read(Path file) throws IOException {
    Map<String, List<String>> ranked = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> line :
        JsonLines.read(file, "a query's results", RankedRun::line)) {
      ranked.put(line.getKey(), line.getValue());
    }
    return new RankedRun(ranked);
  }

  /** Writes one line in the results format; {@code hits} is the total number of matches. */
  public static void write(Writer out, String query, long hits, List<String> ids)
      throws IOException {
    JsonArrayBuilder top = Json.createArrayBuilder();
    for (String id : ids) {
      top.add(Json.createObjectBuilder().add("id", id));
    }
    out.write(
        Json.createObjectBuilder().add("q", query).add("hits", hits).add("top", top).build()
            + "\n");
  }

  private static Map.Entry<String, List<String>> line(JsonObject object) {
    List<String> ids =
        object.getJsonArray("top").stream()
            .map(JsonValue::asJsonObject)
            .map(hit -> hit.getString("id"))
            .toList();
    return Map.entry(object.getString("q"), ids);
  }
}
