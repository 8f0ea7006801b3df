package org.newsindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.ContractArticles;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.json.ApiJson;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;
import org.newsindex.lucene.TestIndex;
import picocli.CommandLine;

/** {@code indexer search}, {@code quotes} and {@code show}: the API's answers from a terminal. */
class SearchCommandsTest {

  @TempDir static Path index;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void writeIndex() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index)) {
      for (Article article : List.of(ContractArticles.MINSK, TestIndex.LAVROV, TestIndex.RATES)) {
        writer.add(article);
      }
      writer.commit();
    }
  }

  @Test
  void searchPrintsRankedArticlesWithDateSourceAndPlainSnippetsWhenNotATerminal() {
    assertThat(run("search", "--index", index.toString(), "\"Minsk agreements\"")).isZero();

    assertThat(out.toString())
        .startsWith("1 article for \"Minsk agreements\" (")
        .contains("\n1. US officials set conditions on Russia thaw\n")
        .contains("\n   2024-03-19  FT  world/minsk\n")
        .contains("comply with the Minsk agreements.")
        .doesNotContain("<mark>", "\u001b[");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void searchJsonIsTheApiAnswer() throws IOException {
    assertThat(run("search", "--index", index.toString(), "--json", "--size", "2", "talks"))
        .isZero();

    SearchResult printed = ApiJson.mapper().readValue(out.toString(), SearchResult.class);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      SearchResult expected = searcher.search(SearchRequest.builder("talks").size(2).build());
      assertThat(printed.withTookMillis(0)).isEqualTo(expected.withTookMillis(0));
    }
  }

  @Test
  void searchFiltersAsTheApiDoes() {
    assertThat(run("search", "--index", index.toString(), "--source", "BBC", "--sort", "NEWEST",
        "--from", "2023-01-01", "--to", "2023-12-31", "rates OR talks")).isZero();

    assertThat(out.toString()).startsWith("1 article for ").contains("business/rates");
  }

  @Test
  void quotesPrintWhoSaidWhat() throws IOException {
    assertThat(run("quotes", "--index", index.toString(), "--speaker", "Jane Smith")).isZero();

    assertThat(out.toString())
        .startsWith("1 quote (")
        .contains("\nInflation is still too high for a cut,\n")
        .contains("   Jane Smith, 2023-05-02: Bank holds interest rates (business/rates)\n");

    out.getBuffer().setLength(0);
    assertThat(run("quotes", "--index", index.toString(), "--json", "terrorism")).isZero();
    QuoteSearchResult printed = ApiJson.mapper().readValue(out.toString(), QuoteSearchResult.class);
    try (NewsSearcher searcher = LuceneNewsSearcher.open(index)) {
      QuoteSearchResult expected =
          searcher.searchQuotes(new QuoteSearchRequest("terrorism", null, 0, 10));
      assertThat(printed.hits()).isEqualTo(expected.hits());
      assertThat(printed.total()).isEqualTo(expected.total()).isPositive();
    }
  }

  @Test
  void showPrintsTheWholeArticleOrItsJson() throws IOException {
    assertThat(run("show", "--index", index.toString(), "business/rates")).isZero();
    assertThat(out.toString())
        .startsWith("Bank holds interest rates\n2023-05-02  BBC  business/rates\n")
        .contains("\nQuotes:\n  Jane Smith: \u201cInflation is still too high for a cut,\u201d\n");

    out.getBuffer().setLength(0);
    assertThat(run("show", "--index", index.toString(), "--json", "world/minsk")).isZero();
    Article shown =
        ApiJson.mapper()
            .readerFor(Article.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue(out.toString());
    assertThat(shown).isEqualTo(ContractArticles.MINSK);
    assertThat(ApiJson.mapper().readTree(out.toString()).get("duplicate_ids")).isEmpty();
  }

  @Test
  void mistakesAreOneLineAndAFailingExit() {
    assertThat(run("show", "--index", index.toString(), "world/none")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("indexer: no article with id world/none\n");

    err.getBuffer().setLength(0);
    assertThat(run("search", "--index", index.toString(), "--size", "0", "talks")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("indexer: size must be between 1 and 100, was 0\n");

    err.getBuffer().setLength(0);
    assertThat(run("search", "--index", index.resolve("missing").toString(), "talks")).isEqualTo(1);
    assertThat(err.toString()).startsWith("indexer: no index at ").doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();
  }

  private int run(String... args) {
    CommandLine cmd = IndexCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }
}
