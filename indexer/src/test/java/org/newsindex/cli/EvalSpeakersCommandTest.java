package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalSpeakersCommandTest {

  @TempDir Path empty;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void scoresTheTinyGoldSetAndListsTheWrongArticles() throws URISyntaxException {
    Path gold = resource("/eval/gold.jsonl");
    Path corpus = resource("/eval/corpus");

    int status = run("eval-speakers", "--gold", gold.toString(), "--corpus", corpus.toString());

    assertThat(status).isZero();
    // news/001 is right (2 speakers, 2 quotes); news/002 names Tom Hale where gold says Sam Hale;
    // news/003 has no file, so it scores as empty.
    assertThat(out.toString())
        .contains("Speakers:  precision 0.667  recall 0.500  F1 0.571  (TP 2, FP 1, FN 2)")
        .contains("Quotes:    attribution accuracy 0.500  (2 of 4)")
        .contains("Articles with mistakes: 2")
        .contains("news/002\n  missing speakers: Sam Hale\n  extra speakers:   Tom Hale\n"
            + "  quote \"It was a very wet day,\": expected Sam Hale, got Tom Hale")
        .contains("quote \"A quote in a missing \"file\"\": expected Ann Cole, not found")
        .doesNotContain("news/001");
    assertThat(err.toString()).contains("003.txt; scored as empty");
  }

  @Test
  void aMissingGoldFileExitsWithOneLine() {
    int status = run("eval-speakers", "--gold", empty.resolve("no.jsonl").toString(),
        "--corpus", empty.toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo(
        "eval-speakers: gold file " + empty.resolve("no.jsonl") + " does not exist");
  }

  @Test
  void aMissingCorpusExitsWithOneLine() throws URISyntaxException {
    int status = run("eval-speakers", "--gold", resource("/eval/gold.jsonl").toString(),
        "--corpus", empty.resolve("none").toString());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo(
        "eval-speakers: corpus folder " + empty.resolve("none") + " does not exist");
  }

  private int run(String... args) {
    CommandLine cmd = IndexCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EvalSpeakersCommandTest.class.getResource(name).toURI());
  }
}
