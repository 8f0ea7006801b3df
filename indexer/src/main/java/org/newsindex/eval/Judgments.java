package org.newsindex.eval;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a relevance test set: one judged query per line, {@code {"id": ..., "query": ..., "need":
 * ..., "grades": {"article id": 0|1|2, ...}}}. Other members (a query's kind, say) are ignored.
 */
public final class Judgments {

  private Judgments() {}

  /**
   * Reads every judged query of a file, in file order.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a judged query, or two lines have one id
   */
  public static List<JudgedQuery> read(Path file) throws IOException {
    List<JudgedQuery> queries = JsonLines.read(file, "a judged query", Judgments::query);
    Map<String, JudgedQuery> byId = new HashMap<>();
    for (JudgedQuery query : queries) {
      if (byId.put(query.id(), query) != null) {
        throw new IllegalArgumentException(file + " has two queries with the id " + query.id());
      }
    }
    return queries;
  }

  private static JudgedQuery query(JsonObject object) {
    Map<String, Integer> grades = new HashMap<>();
    JsonObject judged = object.getJsonObject("grades");
    if (judged != null) {
      for (Map.Entry<String, ?> grade : judged.entrySet()) {
        grades.put(grade.getKey(), ((JsonNumber) grade.getValue()).intValueExact());
      }
    }
    return new JudgedQuery(
        object.getString("id"), object.getString("query"), object.getString("need"), grades);
  }
}
