package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsindex.NewsSearcher;
import org.newsindex.json.ApiJson;

/** What the HTTP tests share: a fresh app per test, and checks of JSON answers and errors. */
final class ApiTests {

  /** The server's own JSON mapping, to read its answers as its clients do. */
  static final ObjectMapper JSON = ApiJson.mapper();

  /** A test's requests to a running app. */
  @FunctionalInterface
  interface Requests {
    void run(HttpClient client) throws Exception;
  }

  private ApiTests() {}

  /** Runs one test against a fresh app over the searcher. */
  static void test(NewsSearcher searcher, Requests body) {
    JavalinTest.test(NewsServer.create(searcher), (server, client) -> body.run(client));
  }

  /** The search path for a query. */
  static String search(String query) {
    return "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** Asserts that the answer is JSON in UTF-8. */
  static void assertJson(Response response) {
    assertThat(response.headers().get("Content-Type"))
        .singleElement()
        .satisfies(
            type -> {
              assertThat(type).startsWith("application/json");
              assertThat(type.toLowerCase(Locale.ROOT)).contains("charset=utf-8");
            });
  }

  /** Asserts a JSON error answer with this status and a message, and returns it. */
  static ErrorResponse error(Response response, int status) throws IOException {
    assertThat(response.code()).isEqualTo(status);
    assertJson(response);
    ErrorResponse error = JSON.readValue(response.body().string(), ErrorResponse.class);
    assertThat(error.error()).isNotBlank();
    return error;
  }
}
