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
  void scoresTheTinyGoldSetAndListsTheWrongArticlesByKind() throws URISyntaxException {
    Path gold = resource("/eval/gold.jsonl");
    Path corpus = resource("/eval/corpus");

    int status = run("eval-speakers", "--gold", gold.toString(), "--corpus", corpus.toString());

    assertThat(status).isZero();
    // news/001 is right (2 speakers, 2 quotes); news/002 names Tom Hale where gold says Sam Hale;
    // news/003 has no file, so it scores as empty.
    assertThat(out.toString())
        .contains("gold file  articles  precision  recall     F1  quote attribution\n"
            + "gold              3      0.667   0.500  0.571  0.500 (2 of 4)\n")
        .containsPattern("not a speaker \\(organisation, place, person only mentioned\\) +1\n")
        .containsPattern("speaker missed +2\n")
        .containsPattern("quote given to another person +1\n")
        .containsPattern("quote not found +1\n")
        .contains("gold: 2 articles with mistakes\n"
            + "news/002\n"
            + "  not a speaker (organisation, place, person only mentioned): Tom Hale\n"
            + "  speaker missed: Sam Hale\n"
            + "  quote given to another person: \"It was a very wet day,\": expected Sam Hale, got"
            + " Tom Hale\n")
        .contains("quote not found: \"A quote in a missing \"file\"\": expected Ann Cole, not found")
        .doesNotContain("news/001");
    assertThat(err.toString()).contains("no file news/003.txt in [" + corpus + "]; scored as empty");
  }

  @Test
  void scoresSeveralGoldFilesSideBySideAndLooksForArticlesInEachCorpus(@TempDir Path more)
      throws Exception {
    Path gold = resource("/eval/gold.jsonl");
    Path second = more.resolve("second.jsonl");
    java.nio.file.Files.writeString(second, """
        {"id": "extra/001", "speakers": ["Ann Cole"], "quotes": [{"start": "Sales rose again", "speaker": "Ann Cole"}]}
        """);
    java.nio.file.Files.createDirectories(more.resolve("articles/extra"));
    java.nio.file.Files.writeString(more.resolve("articles/extra/001.txt"),
        "Sales up\n\n\"Sales rose again this year,\" said Ann Cole.\n");

    int status = run("eval-speakers", "--gold", gold.toString(), "--gold", second.toString(),
        "--corpus", resource("/eval/corpus").toString(), "--corpus", more.resolve("articles").toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("gold              3      0.667   0.500  0.571  0.500 (2 of 4)\n"
            + "second            1      1.000   1.000  1.000  1.000 (1 of 1)\n")
        .contains("second: 0 articles with mistakes");
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
