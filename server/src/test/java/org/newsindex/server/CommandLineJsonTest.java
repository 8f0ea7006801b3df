package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.cli.IndexCommand;
import org.newsindex.json.ApiJson;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import picocli.CommandLine;

/** The indexer's {@code --json} prints what the HTTP API answers, field for field. */
class CommandLineJsonTest {

  @TempDir static Path indexDir;

  private static NewsSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (Article article : ApiArticles.all()) {
        writer.add(article);
      }
      writer.commit();
    }
    searcher = LuceneNewsSearcher.open(indexDir);
  }

  @AfterAll
  static void closeIndex() throws IOException {
    searcher.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search?q={q}&size=5             | search --json --size 5 {q}  | bank",
        "/api/search?q={q}&size=5             | search --json --size 5 {q}  | \"interest rates\"",
        "/api/search?q={q}&sort=oldest | search --json --sort oldest {q} | budget OR cup OR ferry",
        "/api/search?q={q}&source=FT          | search --json --source FT {q} | pension",
        "/api/quotes?q={q}                    | quotes --json {q}           | inflation",
        "/api/quotes?speaker={q}              | quotes --json --speaker {q} | Jane Smith",
        "/api/articles/{q}                    | show --json {q}             | business/001",
        "/api/articles/{q}                    | show --json {q}             | sport/003"
      })
  void theCommandLinePrintsTheApisAnswer(String route, String command, String value)
      throws IOException {
    String path = route.replace("{q}", route.contains("?") ? encode(value) : value);
    JsonNode api = read(http(path));
    StringWriter out = new StringWriter();
    CommandLine cli = IndexCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    List<String> args = new ArrayList<>();
    for (String word : command.split(" ")) {
      args.add(word.equals("{q}") ? value : word);
    }
    args.add(1, "--index=" + indexDir);
    assertThat(cli.execute(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();

    assertThat(withoutTime(read(out.toString()))).isEqualTo(withoutTime(api));
  }

  private static String http(String path) {
    String[] body = new String[1];
    JavalinTest.test(
        NewsServer.create(searcher),
        (server, client) -> body[0] = client.get(path).body().string());
    return body[0];
  }

  private static JsonNode read(String json) throws IOException {
    return ApiJson.mapper().readTree(json);
  }

  private static JsonNode withoutTime(JsonNode answer) {
    if (answer instanceof ObjectNode object) {
      object.remove("took_ms");
    }
    return answer;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
