package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.newsindex.json.ApiJson;

/**
 * The server's OpenAPI document as a test reads it: the schema it promises for a route's answer
 * with a status, to check real answers against (JSON Schema 2020-12, which OpenAPI 3.1 uses).
 */
final class OpenApiDocument {

  /** Where the document is said to live, so that its {@code $ref}s resolve within it. */
  private static final String IRI = "https://newsindex.invalid/openapi.json";

  static final String TEXT = read();

  private static final JsonNode TREE = parse(TEXT);

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(Map.of(IRI, TEXT)));

  private OpenApiDocument() {}

  /**
   * Asserts that an answer is what the document promises for a route ({@code /api/articles/{id}})
   * with the answer's status.
   */
  static void assertConforms(String route, int status, String body) {
    JsonNode responses = TREE.path("paths").path(route).path("get").path("responses");
    JsonNode response = responses.path(String.valueOf(status));
    assertThat(response.isMissingNode())
        .as("the document names no answer %d for %s", status, route)
        .isFalse();
    String pointer =
        response.has("$ref")
            ? response.get("$ref").asText()
            : "#/paths/" + route.replace("~", "~0").replace("/", "~1") + "/get/responses/" + status;
    Schema schema =
        SCHEMAS.getSchema(SchemaLocation.of(IRI + pointer + "/content/application~1json/schema"));
    List<Error> errors = schema.validate(body, InputFormat.JSON);
    assertThat(errors).as("%s %d: %s", route, status, body).isEmpty();
  }

  private static String read() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return ApiJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
