package org.newsindex.eval;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the evaluation files: one JSON object per line, blank lines skipped. */
final class JsonLines {

  /** Made once: looking the JSON provider up is far slower than reading a line. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

  private JsonLines() {}

  /**
   * Reads each line's object and turns it into a value.
   *
   * @param what what a line holds, for the error message ("a gold article")
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not JSON or not what {@code read} expects,
   *     naming the file and line
   */
  static <T> List<T> read(Path file, String what, Function<JsonObject, T> read) throws IOException {
    List<T> values = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      try (JsonReader reader = JSON.createReader(new StringReader(lines.get(n)))) {
        values.add(read.apply(reader.readObject()));
      } catch (JsonException | ClassCastException | NullPointerException
          | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            file + " line " + (n + 1) + " is not " + what + ": " + e.getMessage(), e);
      }
    }
    return values;
  }
}
