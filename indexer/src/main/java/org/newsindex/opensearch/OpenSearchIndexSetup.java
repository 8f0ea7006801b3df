package org.newsindex.opensearch;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Objects;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Requests;

/**
 * Makes sure a writer's index is a newsindex index: creates it with the {@link OpenSearchSchema}
 * mapping when it does not exist, and otherwise checks that its mapping has every field of that
 * mapping, of the same type, so that articles are never written into somebody else's index.
 */
final class OpenSearchIndexSetup {

  private OpenSearchIndexSetup() {}

  /**
   * Creates the index, or checks the one that is there.
   *
   * @return whether the index was created (and so is empty)
   * @throws IOException when the cluster cannot be reached, refuses to create the index, or has
   *     an index of that name that is not a newsindex index
   */
  static boolean createOrCheck(OpenSearchConnection connection, Retrier retrier, int shards,
      int replicas) throws IOException {
    OpenSearchClient client = connection.client();
    String index = connection.index();
    boolean exists =
        retrier.call("a request for the index", () -> client.indices().exists(e -> e.index(index)))
            .value();
    if (exists) {
      check(connection, retrier);
      return false;
    }
    Request create =
        Requests.builder()
            .method("PUT")
            .endpoint("/" + index)
            .json(OpenSearchSchema.createIndexBody(shards, replicas), client._transport().jsonpMapper())
            .build();
    Answer answer = retrier.call("the request to create the index", () -> send(client, create));
    if (answer.status() >= 300) {
      if (answer.body().contains("resource_already_exists_exception")) {
        // Another writer created it a moment ago.
        check(connection, retrier);
        return false;
      }
      throw new IOException(
          "OpenSearch " + connection.target() + " refused to create the index (HTTP "
              + answer.status() + "): " + answer.body());
    }
    return true;
  }

  /**
   * Fails unless the existing index's mapping has every field newsindex writes, typed as it writes
   * them: the writer never writes into, and the searcher never answers from, another index.
   */
  static void check(OpenSearchConnection connection, Retrier retrier) throws IOException {
    Request get = Requests.builder().method("GET").endpoint("/" + connection.index() + "/_mapping")
        .build();
    Answer answer = retrier.call("a request for the index's mapping",
        () -> send(connection.client(), get));
    if (answer.status() >= 300) {
      throw new IOException(
          "OpenSearch " + connection.target() + " did not give the index's mapping (HTTP "
              + answer.status() + "): " + answer.body());
    }
    JsonObject indexes;
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      indexes = reader.readObject();
    }
    // Keyed by the concrete index, which differs from the name asked for when that is an alias.
    JsonObject properties = JsonValue.EMPTY_JSON_OBJECT;
    JsonObject meta = JsonValue.EMPTY_JSON_OBJECT;
    for (JsonValue mapping : indexes.values()) {
      JsonObject mappings = mapping.asJsonObject().getJsonObject("mappings");
      if (mappings != null && mappings.containsKey("properties")) {
        properties = mappings.getJsonObject("properties");
      }
      if (mappings != null && mappings.containsKey("_meta")) {
        meta = mappings.getJsonObject("_meta");
      }
    }
    String difference = difference("", OpenSearchSchema.properties(), properties);
    if (difference == null) {
      difference = versionDifference(meta);
    }
    if (difference != null) {
      throw new IOException(
          "OpenSearch " + connection.target() + " is not a newsindex index of this version ("
              + difference + "): use another index name, or delete that index to rebuild it");
    }
  }

  /**
   * Why the index's layout version is not this one, or null when it is: a version changes when
   * analysis does, and terms of two analyses must never mix in one index.
   */
  static String versionDifference(JsonObject meta) {
    JsonValue version = meta.get(OpenSearchSchema.VERSION_META);
    if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER) {
      return "it records no layout version; this is version " + Schema.VERSION;
    }
    int found = ((JsonNumber) version).intValue();
    return found == Schema.VERSION
        ? null
        : "it has layout version " + found + "; this is version " + Schema.VERSION;
  }

  /** The first field of {@code expected} that {@code actual} lacks or types differently, or null. */
  @SuppressWarnings("unchecked")
  static String difference(String prefix, Map<String, Object> expected, JsonObject actual) {
    for (Map.Entry<String, Object> field : expected.entrySet()) {
      String name = prefix + field.getKey();
      Map<String, Object> spec = (Map<String, Object>) field.getValue();
      JsonValue found = actual.get(field.getKey());
      if (found == null || found.getValueType() != JsonValue.ValueType.OBJECT) {
        return "it has no field " + name;
      }
      JsonObject mapped = found.asJsonObject();
      String type = (String) spec.get("type");
      String mappedType = mapped.getString("type", null);
      if (!Objects.equals(type, mappedType)) {
        return "field " + name + " is " + typeName(mappedType) + ", not " + typeName(type);
      }
      for (String nested : new String[] {"properties", "fields"}) {
        if (spec.containsKey(nested)) {
          JsonObject inner = mapped.getJsonObject(nested);
          String innerDifference = difference(name + ".",
              (Map<String, Object>) spec.get(nested),
              inner == null ? JsonValue.EMPTY_JSON_OBJECT : inner);
          if (innerDifference != null) {
            return innerDifference;
          }
        }
      }
    }
    return null;
  }

  private static String typeName(String type) {
    return type == null ? "an object" : type;
  }

  private static Answer send(OpenSearchClient client, Request request) throws IOException {
    try (var response = client.generic().execute(request)) {
      String body = response.getBody().map(b -> b.bodyAsString()).orElse("");
      return new Answer(response.getStatus(), body);
    }
  }

  /** A status and body, read before the response is closed. */
  private record Answer(int status, String body) {}
}
