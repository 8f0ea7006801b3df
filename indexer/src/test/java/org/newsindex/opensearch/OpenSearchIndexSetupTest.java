package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Schema;

/**
 * The check that an existing index is a newsindex index, on mappings as OpenSearch returns them;
 * against a real node in {@link OpenSearchWriterTest}.
 */
class OpenSearchIndexSetupTest {

  @Test
  void theMappingNewsindexCreatesPassesTheCheck() {
    assertThat(difference(asJson(OpenSearchSchema.properties()))).isNull();
  }

  @Test
  void aForeignIndexIsToldByTheFirstFieldItLacks() {
    JsonObject foreign = Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("type", "text"))
        .build();

    assertThat(difference(foreign)).isEqualTo("it has no field " + Schema.KIND);
  }

  @Test
  void aFieldOfAnotherTypeIsNamed() {
    JsonObject properties = asJson(OpenSearchSchema.properties());
    JsonObject wrongDate = Json.createObjectBuilder(properties)
        .add(Schema.DATE, Json.createObjectBuilder().add("type", "keyword"))
        .build();

    assertThat(difference(wrongDate)).isEqualTo("field " + Schema.DATE + " is keyword, not date");
  }

  @Test
  void anIndexOfAnotherLayoutVersionIsToldByItsVersion() {
    int older = Schema.VERSION - 1;
    JsonObject olderMeta =
        Json.createObjectBuilder().add(OpenSearchSchema.VERSION_META, older).build();
    JsonObject currentMeta =
        Json.createObjectBuilder().add(OpenSearchSchema.VERSION_META, Schema.VERSION).build();

    assertThat(OpenSearchIndexSetup.versionDifference(olderMeta))
        .isEqualTo("it has layout version " + older + "; this is version " + Schema.VERSION);
    assertThat(OpenSearchIndexSetup.versionDifference(JsonValue.EMPTY_JSON_OBJECT))
        .isEqualTo("it records no layout version; this is version " + Schema.VERSION);
    assertThat(OpenSearchIndexSetup.versionDifference(currentMeta)).isNull();
  }

  @Test
  void subFieldsAndObjectFieldsAreCheckedToo() {
    JsonObject properties = asJson(OpenSearchSchema.properties());
    JsonObject noExact = Json.createObjectBuilder(properties)
        .add(Schema.HEADLINE, Json.createObjectBuilder().add("type", "text"))
        .build();
    String quotes = Schema.QUOTE_TEXT.substring(0, Schema.QUOTE_TEXT.indexOf('.'));
    JsonObject flatQuotes = Json.createObjectBuilder(properties)
        .add(quotes, Json.createObjectBuilder().add("type", "keyword"))
        .build();

    assertThat(difference(noExact)).isEqualTo("it has no field " + Schema.HEADLINE_EXACT);
    assertThat(difference(flatQuotes)).isEqualTo("field " + quotes + " is keyword, not an object");
  }

  private static String difference(JsonObject properties) {
    return OpenSearchIndexSetup.difference("", OpenSearchSchema.properties(), properties);
  }

  /** The mapping as OpenSearch gives it back: the same maps, as JSON. */
  @SuppressWarnings("unchecked")
  private static JsonObject asJson(Map<String, Object> map) {
    var builder = Json.createObjectBuilder();
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> inner) {
        builder.add(entry.getKey(), asJson((Map<String, Object>) inner));
      } else if (value instanceof Boolean flag) {
        builder.add(entry.getKey(), flag ? JsonValue.TRUE : JsonValue.FALSE);
      } else if (value instanceof Integer number) {
        builder.add(entry.getKey(), number);
      } else {
        builder.add(entry.getKey(), value.toString());
      }
    }
    return builder.build();
  }
}
