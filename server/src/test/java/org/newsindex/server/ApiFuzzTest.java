package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.json.ApiJson;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

/**
 * Throws 10,000 generated requests at the HTTP API and expects every answer to be JSON with a
 * status below 500. The generator is seeded, so a failure names a request that can be replayed.
 */
class ApiFuzzTest {

  private static final int REQUESTS = 10_000;
  private static final long SEED = 20261127L;
  private static final ObjectMapper JSON = ApiJson.mapper();
  private static final String OPERATORS = "+-|\"*()~\\:^[]{}!?/&<>'";
  private static final String[] WORDS = {
    "bank", "rates", "kremlin", "minsk", "agreements", "Lavrov", "OR", "AND", "NOT", "the",
    "\"central bank\"", "-rates", "ra*", "*", "**", "\\", "é", "\u0000", "\u202e", "😀"
  };

  @TempDir static Path indexDir;
  private static NewsSearcher searcher;
  private static Javalin app;
  private static HttpClient http;

  @BeforeAll
  static void start() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (int i = 0; i < 30; i++) {
        writer.add(
            new Article(
                "world/" + i,
                "Central bank and Kremlin talks " + i,
                i % 3 == 0 ? null : LocalDate.of(2020 + i % 4, 1 + i % 12, 1 + i % 28),
                null,
                i % 2 == 0 ? "FT" : "BBC",
                List.of(
                    "\u201cRates will stay where they are,\u201d Sergei Lavrov said in round " + i + ".",
                    "The Minsk agreements were discussed <b>again</b> & again."),
                List.of("Sergei Lavrov"),
                List.of(new Quote("Rates will stay where they are,", "Sergei Lavrov", 0))));
      }
      writer.commit();
    }
    searcher = LuceneNewsSearcher.open(indexDir);
    app = NewsServer.create(searcher).start("127.0.0.1", 0);
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    searcher.close();
  }

  @Test
  void noGeneratedRequestGetsAServerError() throws Exception {
    Random random = new Random(SEED);
    List<String> paths = new ArrayList<>(REQUESTS);
    for (int i = 0; i < REQUESTS; i++) {
      paths.add(path(random));
    }
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> failures = new ArrayList<>();
      for (String path : paths) {
        failures.add(clients.submit(() -> check(path)));
      }
      List<String> failed = new ArrayList<>();
      for (Future<String> failure : failures) {
        String problem = failure.get();
        if (problem != null) {
          failed.add(problem);
        }
      }
      assertThat(failed).as("requests answered wrongly").isEmpty();
    } finally {
      clients.shutdownNow();
    }
  }

  /** Sends one request; returns what was wrong with the answer, or null. */
  private static String check(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      // A pooled keep-alive connection that the server closed at the moment it was reused (after
      // a 414 for a 5,000-character query, say) ends in EOF before any byte: a transport race,
      // not an answer. The same GET once more on a new connection must be answered properly.
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() >= 500) {
      return response.statusCode() + " for " + path + ": " + response.body();
    }
    if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      return "not JSON for " + path;
    }
    JsonNode body = JSON.readTree(response.body());
    if (response.statusCode() >= 400 && !body.path("error").isTextual()) {
      return "error without a message for " + path;
    }
    return null;
  }

  private static String path(Random random) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> "/api/search?" + searchParams(random);
      case 4, 5 -> "/api/quotes?" + param("q", query(random)) + maybe(random, "speaker", text(random, 12))
          + maybe(random, "size", number(random)) + maybe(random, "from", number(random));
      case 6 -> "/api/speakers?" + param("prefix", text(random, 6)) + maybe(random, "size", number(random));
      case 7 -> "/api/articles/" + encode(text(random, 20)) + maybe(random, "q", query(random));
      case 8 -> "/api/articles/" + encode(text(random, 10)) + "/related?" + param("size", number(random));
      default -> "/api/search?" + param("q", query(random)) + "&cursor=" + encode(text(random, 40));
    };
  }

  private static String searchParams(Random random) {
    StringBuilder params = new StringBuilder(param("q", query(random)));
    String[] names = {"size", "from", "sort", "date_from", "date_to", "speaker", "source", "year", "cursor"};
    for (String name : names) {
      if (random.nextInt(4) == 0) {
        String value =
            switch (name) {
              case "size", "from", "year" -> number(random);
              case "sort" -> random.nextBoolean() ? "newest" : text(random, 8);
              case "date_from", "date_to" -> random.nextBoolean() ? "2021-0" + (1 + random.nextInt(9)) + "-01" : text(random, 10);
              default -> text(random, 15);
            };
        params.append('&').append(param(name, value));
      }
    }
    return params.toString();
  }

  /** A query: words, operators, random text, huge terms or a hundred terms. */
  private static String query(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> text(random, 1 + random.nextInt(40));
      case 1 -> operators(random, 1 + random.nextInt(20));
      case 2 -> "x".repeat(random.nextInt(3) == 0 ? 5_000 : 300);
      case 3 -> words(random, 100);
      case 4 -> "*" + WORDS[random.nextInt(WORDS.length)];
      case 5 -> "";
      default -> words(random, 1 + random.nextInt(8));
    };
  }

  private static String words(Random random, int count) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < count; i++) {
      words.append(WORDS[random.nextInt(WORDS.length)]);
      if (random.nextInt(5) == 0) {
        words.append(OPERATORS.charAt(random.nextInt(OPERATORS.length())));
      }
      words.append(' ');
    }
    return words.toString();
  }

  private static String operators(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(OPERATORS.charAt(random.nextInt(OPERATORS.length())));
    }
    return text.toString();
  }

  /** Random Unicode: control characters, lone surrogates, any plane. */
  private static String text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(4);
      int codePoint =
          switch (kind) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x5F);
            case 2 -> 0xD800 + random.nextInt(0x800); // lone surrogate
            default -> random.nextInt(0x110000);
          };
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  private static String number(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> String.valueOf(random.nextInt(20));
      case 1 -> String.valueOf(random.nextLong());
      case 2 -> "-" + random.nextInt(100);
      case 3 -> "99999999999999999999";
      default -> text(random, 3);
    };
  }

  private static String maybe(Random random, String name, String value) {
    return random.nextBoolean() ? "&" + param(name, value) : "";
  }

  private static String param(String name, String value) {
    return name + "=" + encode(value);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
