package org.newsindex.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    List<GoldArticle> articles = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      try {
        articles.add(article(JsonReader.read(lines.get(n))));
      } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
        throw new IllegalArgumentException(
            file + " line " + (n + 1) + " is not a gold article: " + e.getMessage(), e);
      }
    }
    return articles;
  }

  private static GoldArticle article(Object json) {
    Map<?, ?> object = (Map<?, ?>) json;
    List<String> speakers = new ArrayList<>();
    for (Object name : (List<?>) object.get("speakers")) {
      speakers.add(((String) name).strip());
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (Object quote : (List<?>) object.get("quotes")) {
      Map<?, ?> q = (Map<?, ?>) quote;
      String speaker = (String) q.get("speaker");
      quotes.add(new GoldQuote((String) q.get("start"), speaker == null ? null : speaker.strip()));
    }
    return new GoldArticle((String) object.get("id"), speakers, quotes);
  }
}
