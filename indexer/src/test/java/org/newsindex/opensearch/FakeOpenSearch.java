package org.newsindex.opensearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Just enough of an OpenSearch node on a loopback port to test how the writer meets a busy or
 * broken cluster: it has no index (so the writer creates one), answers refreshes, finds nothing
 * (as if no document were visible yet), and answers bulk requests as scripted with {@link
 * #answer}, accepting every document once the script runs out. It remembers the document ids of every bulk request it was sent.
 */
final class FakeOpenSearch implements AutoCloseable {

  /** How to answer one bulk request. */
  enum Bulk {
    /** Applies every operation. */
    ACCEPT,
    /** Refuses the whole request: HTTP 429, the node's write queue is full. */
    TOO_MANY_REQUESTS,
    /** Refuses the whole request: HTTP 503, the node is not ready. */
    UNAVAILABLE,
    /** Answers 200 but rejects the first operation with 429, applying the rest. */
    REJECT_FIRST_ITEM,
    /** Answers 200 but refuses the first document for good: it does not fit the mapping. */
    REFUSE_FIRST_ITEM
  }

  /** A search's answer with no hits and, for a terms aggregation of numbers, no buckets. */
  private static final String NOTHING_FOUND =
      "{\"took\":0,\"timed_out\":false,"
          + "\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},"
          + "\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"hits\":[]},"
          + "\"aggregations\":{\"lterms#" + OpenSearchStorySizes.SIZES
          + "\":{\"doc_count_error_upper_bound\":0,"
          + "\"sum_other_doc_count\":0,\"buckets\":[]}}}";

  private final HttpServer server;
  private final Deque<Bulk> script = new ConcurrentLinkedDeque<>();
  private final List<List<String>> bulks = Collections.synchronizedList(new ArrayList<>());
  private final List<String> acceptedEncodings = Collections.synchronizedList(new ArrayList<>());

  private FakeOpenSearch(HttpServer server) {
    this.server = server;
  }

  /** Starts a node on a free loopback port. */
  static FakeOpenSearch start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeOpenSearch node = new FakeOpenSearch(server);
    server.createContext("/", node::handle);
    server.start();
    return node;
  }

  /** An index on this node. */
  OpenSearchTarget target() {
    return OpenSearchTarget.parse(
        "http://127.0.0.1:" + server.getAddress().getPort(), "fake-index");
  }

  /** Scripts the answers to the next bulk requests, in order. */
  void answer(Bulk... answers) {
    script.addAll(List.of(answers));
  }

  /** The document ids of each bulk request received, in the order received. */
  List<List<String>> bulks() {
    synchronized (bulks) {
      return List.copyOf(bulks);
    }
  }

  /** What each request said it accepts as its answer's encoding; "" when it did not say. */
  List<String> acceptedEncodings() {
    synchronized (acceptedEncodings) {
      return List.copyOf(acceptedEncodings);
    }
  }

  /** Stops answering: connections are refused from now on. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String encoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
      acceptedEncodings.add(encoding == null ? "" : encoding);
      if (method.equals("HEAD")) {
        exchange.sendResponseHeaders(404, -1);
      } else if (method.equals("PUT")) {
        reply(exchange, 200, "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\""
            + path.substring(1) + "\"}");
      } else if (path.endsWith("/_refresh")) {
        reply(exchange, 200, "{\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0}}");
      } else if (path.endsWith("/_search")) {
        reply(exchange, 200, NOTHING_FOUND);
      } else if (path.endsWith("/_bulk")) {
        bulk(exchange, body);
      } else {
        reply(exchange, 400, error("illegal_argument_exception", "not faked: " + method + " " + path, 400));
      }
    }
  }

  private void bulk(HttpExchange exchange, String body) throws IOException {
    List<JsonObject> actions = actions(body);
    bulks.add(actions.stream().map(a -> a.getString("_id")).toList());
    Bulk answer = script.isEmpty() ? Bulk.ACCEPT : script.poll();
    switch (answer) {
      case TOO_MANY_REQUESTS -> reply(exchange, 429,
          error("rejected_execution_exception", "rejected execution of coordinating operation", 429));
      case UNAVAILABLE -> reply(exchange, 503,
          error("cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE/1/state not recovered]", 503));
      default -> reply(exchange, 200, bulkAnswer(actions, answer));
    }
  }

  /** The action lines of a bulk body, each the object inside {"index": ...} or {"delete": ...}. */
  private static List<JsonObject> actions(String body) {
    List<JsonObject> actions = new ArrayList<>();
    boolean sourceNext = false;
    for (String line : body.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (sourceNext) {
        sourceNext = false;
        continue;
      }
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        JsonObject action = reader.readObject();
        String type = action.keySet().iterator().next();
        actions.add(Json.createObjectBuilder(action.getJsonObject(type)).add("type", type).build());
        sourceNext = !type.equals("delete");
      }
    }
    return actions;
  }

  private static String bulkAnswer(List<JsonObject> actions, Bulk answer) {
    JsonArrayBuilder items = Json.createArrayBuilder();
    boolean errors = false;
    for (int n = 0; n < actions.size(); n++) {
      JsonObject action = actions.get(n);
      JsonObjectBuilder item = Json.createObjectBuilder()
          .add("_index", action.getString("_index"))
          .add("_id", action.getString("_id"));
      if (n == 0 && answer == Bulk.REJECT_FIRST_ITEM) {
        errors = true;
        item.add("status", 429).add("error", Json.createObjectBuilder()
            .add("type", "rejected_execution_exception").add("reason", "write queue is full"));
      } else if (n == 0 && answer == Bulk.REFUSE_FIRST_ITEM) {
        errors = true;
        item.add("status", 400).add("error", Json.createObjectBuilder()
            .add("type", "mapper_parsing_exception").add("reason", "failed to parse field [date]"));
      } else {
        boolean delete = action.getString("type").equals("delete");
        item.add("status", delete ? 200 : 201)
            .add("result", delete ? "deleted" : "created")
            .add("_version", 1).add("_seq_no", n).add("_primary_term", 1)
            .add("_shards", Json.createObjectBuilder()
                .add("total", 1).add("successful", 1).add("failed", 0));
      }
      items.add(Json.createObjectBuilder().add(action.getString("type"), item));
    }
    return Json.createObjectBuilder().add("took", 1).add("errors", errors).add("items", items)
        .build().toString();
  }

  private static String error(String type, String reason, int status) {
    JsonObject cause = Json.createObjectBuilder().add("type", type).add("reason", reason).build();
    return Json.createObjectBuilder()
        .add("error", Json.createObjectBuilder(cause).add("root_cause", Json.createArrayBuilder().add(cause)))
        .add("status", status).build().toString();
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
