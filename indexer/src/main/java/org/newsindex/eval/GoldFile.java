package org.newsindex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a gold standard file: one JSON object per line, {@code {"id": ..., "speakers": [...],
 * "quotes": [{"start": ..., "speaker": ...}]}}, as the gold README describes.
 */
public final class GoldFile {

  /** Made once: looking the JSON provider up is far slower than reading a line. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

  private GoldFile() {}

  /**
   * Reads every article of a gold file, skipping blank lines.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a gold article, naming the line
   */
  public static List<GoldArticle> read(Path file) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      try {
        articles.add(article(object(lines.get(n))));
      } catch (JsonException | ClassCastException | NullPointerException e) {
        throw new IllegalArgumentException(
            file + " line " + (n + 1) + " is not a gold article: " + e.getMessage(), e);
      }
    }
    return articles;
  }

  private static JsonObject object(String line) {
    try (JsonReader reader = JSON.createReader(new StringReader(line))) {
      return reader.readObject();
    }
  }

  private static GoldArticle article(JsonObject object) {
    List<String> speakers = new ArrayList<>();
    for (JsonString name : object.getJsonArray("speakers").getValuesAs(JsonString.class)) {
      speakers.add(name.getString().strip());
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonValue quote : object.getJsonArray("quotes")) {
      JsonObject q = quote.asJsonObject();
      // A quotation with no named speaker has "speaker": null, or no speaker at all.
      JsonValue speaker = q.getOrDefault("speaker", JsonValue.NULL);
      quotes.add(
          new GoldQuote(
              q.getString("start"),
              speaker == JsonValue.NULL ? null : ((JsonString) speaker).getString().strip()));
    }
    return new GoldArticle(object.getString("id"), speakers, quotes);
  }
}
