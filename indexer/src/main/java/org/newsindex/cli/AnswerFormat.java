package org.newsindex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.newsindex.json.ApiJson;
import picocli.CommandLine.Option;

/** The {@code --json} option of the commands that print an API answer, and printing it. */
final class AnswerFormat {

  @Option(
      names = "--json",
      description = "Print exactly what the HTTP API answers to the same request.")
  boolean json;

  /** Prints the answer as JSON with {@code --json}, else as {@code asText} writes it. */
  void print(PrintWriter out, Object answer, Consumer<PrintWriter> asText)
      throws JsonProcessingException {
    if (json) {
      out.println(ApiJson.mapper().writeValueAsString(answer));
    } else {
      asText.accept(out);
    }
    out.flush();
  }
}
