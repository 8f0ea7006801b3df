package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import picocli.CommandLine;

class EvalSearchCommandTest {

  @TempDir Path dir;

  private Path index;
  private Path judgments;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeIndexAndJudgments() throws IOException {
    index = dir.resolve("index");
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      writer.add(article("oil/record", "Oil prices hit a record",
          "Oil prices rose to a record on Monday as supplies tightened."));
      writer.add(article("oil/profits", "Refiners report profits",
          "Refiners made more money this quarter, helped by oil prices."));
      writer.add(article("sport/cup", "Local team wins the cup",
          "The local team won the cup final after extra time."));
      writer.commit();
    }
    judgments = Files.writeString(dir.resolve("judged.jsonl"), """
        {"id": "q1", "query": "oil prices", "need": "Oil prices.", "grades": {"oil/record": 2, "oil/profits": 1, "sport/cup": 0}}
        {"id": "q2", "query": "cup", "need": "Cricket cups.", "grades": {"sport/cup": 0}}
        """);
  }

  @Test
  void scoresTheIndexsAnswersAndSavesThemForPooling() throws IOException {
    Path saved = dir.resolve("ours.jsonl");

    int status = run("--judgments", judgments.toString(), "--index", index.toString(),
        "--save-results", saved.toString(), "--per-query");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("q1               1.000   0.20   1.00    1.00  oil prices")
        .contains("Queries: 1 judged (" + judgments + "); left out, no relevant article judged: q2")
        .contains("nDCG@10 1.000   P@10 0.200   R@10 1.000   judged@10 1.000");
    assertThat(Files.readString(saved)).isEqualTo(
        "{\"q\":\"oil prices\",\"hits\":2,\"top\":[{\"id\":\"oil/record\"},{\"id\":\"oil/profits\"}]}\n"
            + "{\"q\":\"cup\",\"hits\":1,\"top\":[{\"id\":\"sport/cup\"}]}\n");
  }

  @Test
  void scoresCopiesOfOneStoryAsTheArticlesTheyWereJudgedAs() throws IOException {
    Path copies = dir.resolve("copies");
    String body = "Oil prices rose to a record on Monday as supplies from the North Sea tightened.";
    try (NewsIndexWriter writer = NewsIndexWriter.open(copies)) {
      writer.add(article("wire/first", "Oil prices hit a record", body));
      writer.add(article("wire/again", "Oil prices hit a record", body));
      writer.commit();
    }
    try (NewsSearcher searcher = LuceneNewsSearcher.open(copies)) {
      // The API shows the two copies as one story.
      assertThat(searcher.search(SearchRequest.of("oil prices")).hits()).hasSize(1);
    }
    Path judged = Files.writeString(dir.resolve("copies.jsonl"), """
        {"id": "q1", "query": "oil prices", "need": "Oil prices.", "grades": {"wire/first": 2, "wire/again": 2}}
        """);

    int status = run("--judgments", judged.toString(), "--index", copies.toString());

    assertThat(status).isZero();
    assertThat(out.toString()).contains("nDCG@10 1.000   P@10 0.200   R@10 1.000   judged@10 1.000");
  }

  @Test
  void scoresAnotherEnginesAnswersFromAResultsFile() throws IOException {
    Path results = Files.writeString(dir.resolve("peer.jsonl"),
        "{\"q\": \"oil prices\", \"hits\": 3, \"top\": [{\"id\": \"oil/profits\"},"
            + " {\"id\": \"sport/cup\"}, {\"id\": \"oil/record\"}]}\n");

    int status = run("--judgments", judgments.toString(), "--results", results.toString());

    assertThat(status).isZero();
    // DCG = 1/log2(2) + 0 + 2/log2(4) = 2; ideal = 2 + 1/log2(3) = 2.631
    assertThat(out.toString())
        .contains("Answers: " + results)
        .contains("nDCG@10 0.760   P@10 0.200   R@10 1.000   judged@10 1.000");
  }

  @Test
  void reportsWhetherDidYouMeanProposesTheIntendedQuery() throws IOException {
    Path typos = Files.writeString(dir.resolve("typos.jsonl"), """
        {"id": "t1", "query": "refinrs", "intended": "refiners"}
        {"id": "t2", "query": "zzzzzz", "intended": "oil"}
        """);

    int status = run("--judgments", judgments.toString(), "--index", index.toString(),
        "--misspelt", typos.toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("t1         refinrs                      right: refiners")
        .contains("t2         zzzzzz                       no suggestion")
        .contains("Did you mean: 1 of 2 misspelt queries got a suggestion, 1 the intended one");
  }

  @Test
  void countsASuggestionForAQuerySpeltAsMeantAsAFalseAlarm() throws IOException {
    Path queries = Files.writeString(dir.resolve("spelt.jsonl"), """
        {"id": "t1", "query": "refinrs", "intended": "refiners"}
        {"id": "s1", "query": "refinrs", "intended": "refinrs"}
        {"id": "s2", "query": "oil", "intended": "oil"}
        """);

    int status = run("--judgments", judgments.toString(), "--index", index.toString(),
        "--misspelt", queries.toString());

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("Did you mean: 1 of 1 misspelt queries got a suggestion, 1 the intended one")
        .contains("Did you mean: 1 of 2 queries spelt as meant got a suggestion (each a false alarm)");
  }

  @Test
  void aMissingFileOrIndexOrABadDepthExitsWithOneLine() {
    assertThat(run("--judgments", dir.resolve("none.jsonl").toString())).isOne();
    assertThat(run("--judgments", judgments.toString(), "--index", dir.resolve("nowhere").toString()))
        .isOne();
    assertThat(run("--judgments", judgments.toString(), "--depth", "5")).isOne();

    assertThat(err.toString()).isEqualTo(
        "eval-search: " + dir.resolve("none.jsonl") + " does not exist\n"
            + "eval-search: index folder " + dir.resolve("nowhere") + " does not exist\n"
            + "eval-search: --depth must be 10 to 100, was 5\n");
  }

  private static Article article(String id, String headline, String paragraph) {
    return new Article(id, headline, LocalDate.of(2024, 1, 1), null, null, List.of(paragraph),
        List.of());
  }

  private int run(String... args) {
    CommandLine cmd = IndexCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    String[] full = new String[args.length + 1];
    full[0] = "eval-search";
    System.arraycopy(args, 0, full, 1, args.length);
    return cmd.execute(full);
  }
}
