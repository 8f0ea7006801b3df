package org.newsindex.eval;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a gold standard file: one JSON object per line, {@code {"id": ..., "speakers": [...],
 * "quotes": [{"start": ..., "speaker": ...}]}}, as the gold README describes.
 */
public final class GoldFile {

  private GoldFile() {}

  /**
   * Reads every article of a gold file, skipping blank lines.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not a gold article, naming the line
   */
  public static List<GoldArticle> read(Path file) throws IOException {
    return JsonLines.read(file, "a gold article", GoldFile::article);
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
