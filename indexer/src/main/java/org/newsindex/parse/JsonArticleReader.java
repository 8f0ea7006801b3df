package org.newsindex.parse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of a JSON Lines feed into a {@link WrittenArticle}, for tools that already hold
 * structured articles and should not have to print them as text files.
 *
 * <p>A line is one object: {@code id} and {@code headline} (non-blank strings, trimmed), the body
 * as either {@code body} (text; paragraphs split on blank lines, as in article files) or
 * {@code paragraphs} (an array of strings), and optionally {@code date} (any text the article
 * parser reads as a date, ISO included; kept as written) and {@code source}. A {@code null} value
 * counts as absent; other fields are ignored. Anything else is a {@link MalformedArticleException}
 * whose one-line message names the problem, such as {@code missing "headline"}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class JsonArticleReader {

  /** Made once: looking the JSON provider up is far slower than reading a line. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

  /** Creates a reader; one instance serves every line. */
  public JsonArticleReader() {}

  /**
   * Reads one line.
   *
   * @throws MalformedArticleException when the line is not valid JSON, not an object, lacks an id
   *     or headline, or has a field of the wrong type; carries the id when the line had one
   */
  public WrittenArticle read(String line) throws MalformedArticleException {
    JsonObject object = object(line);
    String id = requiredText(object, "id", null);
    String headline = requiredText(object, "headline", id);
    String dateText = optionalText(object, "date", id);
    String source = optionalText(object, "source", id);
    return new WrittenArticle(id, headline, dateText, source, paragraphs(object, id));
  }

  private static JsonObject object(String line) throws MalformedArticleException {
    JsonValue value;
    try (JsonReader reader = JSON.createReader(new StringReader(line))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      throw new MalformedArticleException("invalid JSON: " + whereItFails(line, e.getLocation()));
    } catch (JsonException e) {
      throw new MalformedArticleException("invalid JSON: " + firstLine(e.getMessage()));
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedArticleException("not a JSON object");
    }
    return value.asJsonObject();
  }

  private static String requiredText(JsonObject object, String name, String id)
      throws MalformedArticleException {
    String text = optionalText(object, name, id);
    if (text == null || text.isEmpty()) {
      throw new MalformedArticleException("missing \"" + name + "\"", id);
    }
    return text;
  }

  /** The trimmed string value of a field, or null when it is absent or {@code null}. */
  private static String optionalText(JsonObject object, String name, String id)
      throws MalformedArticleException {
    JsonValue value = object.getOrDefault(name, JsonValue.NULL);
    if (value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString string)) {
      throw new MalformedArticleException("\"" + name + "\" must be a string", id);
    }
    return TextBlocks.strip(string.getString());
  }

  private static List<String> paragraphs(JsonObject object, String id)
      throws MalformedArticleException {
    String body = optionalText(object, "body", id);
    JsonValue array = object.getOrDefault("paragraphs", JsonValue.NULL);
    if (body != null && array != JsonValue.NULL) {
      throw new MalformedArticleException("give \"body\" or \"paragraphs\", not both", id);
    }
    if (array == JsonValue.NULL) {
      return body == null ? List.of() : TextBlocks.paragraphs(body);
    }
    if (!(array instanceof JsonArray values)) {
      throw new MalformedArticleException("\"paragraphs\" must be an array of strings", id);
    }
    List<String> paragraphs = new ArrayList<>(values.size());
    for (JsonValue value : values) {
      if (!(value instanceof JsonString string)) {
        throw new MalformedArticleException("\"paragraphs\" must be an array of strings", id);
      }
      // The same trimming as a text file's lines, so both inputs index the same paragraphs.
      String paragraph = TextBlocks.strip(string.getString());
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  /**
   * Where a line stops being JSON, in words rather than the parser's ("Unexpected char 111 ...
   * expecting 'u'"): {@code near column 21}, or {@code the line ends before the JSON does}. The
   * parser places the fault at the end of the token it could not take, hence "near".
   */
  private static String whereItFails(String line, JsonLocation location) {
    long offset = location == null ? -1 : location.getStreamOffset();
    if (offset < 0 || offset >= line.strip().length()) {
      return "the line ends before the JSON does";
    }
    return "near column " + (offset + 1);
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
