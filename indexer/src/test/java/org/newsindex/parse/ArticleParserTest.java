package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.Article;

class ArticleParserTest {

  private static final Clock TODAY_2026_11_27 =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  private final SpeakerExtractor speakers = new SpeakerExtractor();
  private final ArticleParser parser = new ArticleParser(TODAY_2026_11_27, speakers);

  @Test
  void readsEveryFieldOfTheSeedArticle() throws MalformedArticleException {
    Article article = parser.parse("000_1cfec468458a1b7d", resource("000_1cfec468458a1b7d.txt"));

    assertThat(article.id()).isEqualTo("000_1cfec468458a1b7d");
    assertThat(article.headline()).isEqualTo("US officials set conditions on Russia thaw");
    assertThat(article.dateText()).isEqualTo("Tuesday / March 19");
    assertThat(article.date()).isEqualTo(LocalDate.of(2024, 3, 19));
    assertThat(article.source()).isEqualTo("FT");
    assertThat(article.paragraphs()).hasSize(21);
    assertThat(article.paragraphs().getFirst()).isEqualTo(
        "Washington\u2019s top diplomatic and military officials have set out their conditions for"
            + " co-operation with\u00a0Russia by calling on Moscow to fully comply with an"
            + " international peace accord on Ukraine, in a reaffirmation of Obama era"
            + " priorities.");
    // The source line wrote a trailing non-breaking space; only that line end is trimmed.
    assertThat(article.paragraphs().get(4)).endsWith(
        "the first high-level direct contact between the\u00a0two governments since Mr Trump"
            + " became US president.");
    assertThat(article.paragraphs().getLast()).startsWith("Gen Dunford\u2019s office said")
        .endsWith("potential crises\u201d.");
    assertThat(article.paragraphs()).noneMatch(p -> p.contains("HomeFT Select"))
        .doesNotContain(article.headline(), "Via FT", "Tuesday / March 19.");
    assertThat(article.speakers())
        .containsExactly(
            "Rex Tillerson", "James Mattis", "Sean Spicer", "Sergei Lavrov", "Dmitry Peskov");
  }

  @Test
  void readsAPlainArticleWithoutDateOrSourceAndKeepsTextVerbatim()
      throws MalformedArticleException {
    Article article = parser.parse("business/001", resource("plain.txt"));

    assertThat(article.headline()).isEqualTo("Cheese prices climb as exports surge");
    assertThat(article.date()).isNull();
    assertThat(article.dateText()).isNull();
    assertThat(article.source()).isNull();
    assertThat(article.paragraphs()).containsExactly(
        "Cheese makers in the UK say prices have risen by \u00a312 a tonne since January.",
        "\u201cDemand is strong,\u201d said Ann\u00a0Smith, who runs a dairy in Somerset \u2014"
            + " one of the largest.",
        "Caf\u00e9 owners in M\u00fcnchen and Z\u00fcrich report the same trend.");
  }

  @Test
  void readsTheReutersShapeWithItsDateLineAndUpperCaseHeadline()
      throws MalformedArticleException {
    Article article = parser.parse("reut2-000/00007", resource("reuters-shape.txt"));

    assertThat(article.headline()).isEqualTo("ACME WIDGET <AWC> SEES HIGHER FIRST QUARTER NET");
    assertThat(article.dateText()).isEqualTo("3-MAR-1987 09:41:07.15");
    assertThat(article.date()).isEqualTo(LocalDate.of(1987, 3, 3));
    assertThat(article.source()).isNull();
    assertThat(article.paragraphs()).hasSize(3);
    assertThat(article.paragraphs().getFirst()).startsWith("CHICAGO, March 3 - Acme Widget");
    assertThat(article.paragraphs().getLast())
        .isEqualTo("\"Orders are running well ahead of last year,\" chairman John Doe told"
            + " reporters.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"crlf.txt", "no-blank-lines.txt"})
  void readsFilesWithOddLineBreaks(String file) throws MalformedArticleException {
    Article article = parser.parse("odd", resource(file));

    assertThat(article.headline()).isEqualTo("Rail strike called off");
    assertThat(String.join(" ", article.paragraphs())).isEqualTo(
        "Unions said on Monday that the strike would not go ahead. Talks resume next week.");
    assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p).doesNotContain("\r", "\n"));
  }

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("headline only", "Markets rally", "Markets rally", List.of()),
        Arguments.of("lines of a block join with one space",
            "Markets rally\n\nShares rose\n  in early trade. \n\nBonds fell.",
            "Markets rally", List.of("Shares rose in early trade.", "Bonds fell.")),
        Arguments.of("no blank lines: the rest is one paragraph",
            "Markets rally\nShares rose\nin early trade.",
            "Markets rally", List.of("Shares rose in early trade.")),
        Arguments.of("leading blank lines and padded headline",
            "\n\n \t Markets rally \u00a0\n\nShares rose.", "Markets rally",
            List.of("Shares rose.")),
        Arguments.of("lines of spaces, tabs and NBSP are blank",
            "Markets rally\n \u00a0\t\nShares rose.\n\u2007\u202f\nBonds fell.", "Markets rally",
            List.of("Shares rose.", "Bonds fell.")),
        Arguments.of("CRLF line ends", "Markets rally\r\n\r\nShares rose\r\nsharply.\r\n",
            "Markets rally", List.of("Shares rose sharply.")),
        Arguments.of("bare CR line ends", "Markets rally\r\rShares rose\rsharply.",
            "Markets rally", List.of("Shares rose sharply.")),
        Arguments.of("byte order mark", "\ufeffMarkets rally\n\nShares rose.", "Markets rally",
            List.of("Shares rose.")),
        Arguments.of("breadcrumb before the headline",
            "NewsSite WorldMarkets rally\n\nMarkets rally\n\nShares rose.", "Markets rally",
            List.of("Shares rose.")),
        Arguments.of("a paragraph ending like the line above stays a paragraph",
            "Markets rally\n\nIn the end markets\nrally\n\nShares rose.", "Markets rally",
            List.of("In the end markets rally", "Shares rose.")),
        Arguments.of("a line not ending with the next is the headline",
            "Markets rally\n\nMarkets\n\nShares rose.", "Markets rally",
            List.of("Markets", "Shares rose.")),
        Arguments.of("a sentence starting with Via is no source",
            "Markets rally\n\nVia the back door, buyers returned.", "Markets rally",
            List.of("Via the back door, buyers returned.")),
        Arguments.of("a Via line before the end is a paragraph",
            "Markets rally\n\nVia FT\n\nShares rose.", "Markets rally",
            List.of("Via FT", "Shares rose.")),
        Arguments.of("non-ASCII kept verbatim",
            "Z\u00fcrich \u2018bubble\u2019 warning\n\n"
                + "\u00a35bn \u2013 \u201cenough\u201d, \u65e5\u672c.",
            "Z\u00fcrich \u2018bubble\u2019 warning",
            List.of("\u00a35bn \u2013 \u201cenough\u201d, \u65e5\u672c.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void splitsHeadlineAndParagraphs(String name, String text, String headline,
      List<String> paragraphs) throws MalformedArticleException {
    Article article = parser.parse("a", text);

    assertThat(article.headline()).isEqualTo(headline);
    assertThat(article.paragraphs()).isEqualTo(paragraphs);
  }

  static Stream<Arguments> headers() {
    return Stream.of(
        Arguments.of("no date, no source", "Markets rally\n\nShares rose.", null, null, null),
        Arguments.of("Date line", "Date: 16 February 2017\nMarkets rally\n\nShares rose.",
            "16 February 2017", LocalDate.of(2017, 2, 16), null),
        Arguments.of("Date line, any case, trailing period",
            "DATE:   2017-02-16. \n\nMarkets rally\n\nShares rose.",
            "2017-02-16", LocalDate.of(2017, 2, 16), null),
        Arguments.of("unreadable Date line keeps its text",
            "Date: sometime last spring\nMarkets rally\n\nShares rose.",
            "sometime last spring", null, null),
        Arguments.of("empty Date line", "Date:\nMarkets rally\n\nShares rose.", null, null, null),
        Arguments.of("Published line",
            "Published: 3 December 2026\nMarkets rally\n\nShares rose.",
            "3 December 2026", LocalDate.of(2026, 12, 3), null),
        Arguments.of("Last updated line with a time",
            "Last updated on Dec 2, 2026, 14:05\nMarkets rally\n\nShares rose.",
            "Dec 2, 2026, 14:05", LocalDate.of(2026, 12, 2), null),
        Arguments.of("Posted line without a colon",
            "posted 2026-11-30\nMarkets rally\n\nShares rose.",
            "2026-11-30", LocalDate.of(2026, 11, 30), null),
        Arguments.of("Updated line with the time first (AP)",
            "Updated 3:45 p.m. ET, Dec. 2, 2026\nMarkets rally\n\nShares rose.",
            "3:45 p.m. ET, Dec. 2, 2026", LocalDate.of(2026, 12, 2), null),
        Arguments.of("bare date line with a time after it (the Guardian)",
            "Monday 30 November 2026 18.04 GMT\nMarkets rally\n\nShares rose.",
            "Monday 30 November 2026 18.04 GMT", LocalDate.of(2026, 11, 30), null),
        Arguments.of("bare numeric date line",
            "30/11/2026\nMarkets rally\n\nShares rose.",
            "30/11/2026", LocalDate.of(2026, 11, 30), null),
        Arguments.of("bare numeric date line that could be either way: a date line, undated",
            "12/02/2026\nMarkets rally\n\nShares rose.",
            "12/02/2026", null, null),
        Arguments.of("date line in parts (a web page's)",
            "Friday, 4 December 2026 | 4:30 PM\nMarkets rally\n\nShares rose.",
            "Friday, 4 December 2026 | 4:30 PM", LocalDate.of(2026, 12, 4), null),
        Arguments.of("date line with a byline",
            "By Jane Smith | 3 December 2026\nMarkets rally\n\nShares rose.",
            "By Jane Smith | 3 December 2026", LocalDate.of(2026, 12, 3), null),
        Arguments.of("date line whose weekday does not fit: a date line, undated",
            "Tuesday 3 December 2026\nMarkets rally\n\nShares rose.",
            "Tuesday 3 December 2026", null, null),
        Arguments.of("how long ago: a date line, undated",
            "Published 3 hours ago\nMarkets rally\n\nShares rose.",
            "3 hours ago", null, null),
        Arguments.of("bare date line, breadcrumb and source",
            "Thursday / February 16.\nNewsSite WorldMarkets rally\n\nMarkets rally\n\n"
                + "Shares rose.\n\nVia The Wall Street Journal",
            "Thursday / February 16", LocalDate.of(2023, 2, 16), "The Wall Street Journal"),
        Arguments.of("source in a plain article", "Markets rally\n\nShares rose.\n\nVia Reuters\n",
            null, null, "Reuters"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      WASHINGTON (AP) — A Senate committee advanced the bill.        | AP
      NEW YORK, Dec 2 (Reuters) - Shares rose.                           | Reuters
      PARIS (Agence France-Presse) – Talks resumed.                  | Agence France-Presse
      LONDON/FRANKFURT, Dec 2 (Reuters) - Shares rose.               | Reuters
      NAVI MUMBAI, Dec 3 (IANS) Prime Minister Modi spoke.           | IANS
      ACME (Holdings) said profits rose.                                 |
      NHS waiting lists grew again, figures show.                        |
      TOO FAST TOO FURIOUS (DIGITAL BRIDGES) is a game.                   |
      WINNERS (six times) - Arsenal.                                     |
      """)
  void takesTheSourceFromAWireDateline(String paragraph, String source)
      throws MalformedArticleException {
    Article article = parser.parse("a", "Markets rally\n\n" + paragraph + "\n\nMore text.");

    assertThat(article.source()).isEqualTo(source);
    assertThat(article.paragraphs().getFirst()).isEqualTo(paragraph);
  }

  @Test
  void takesTheSourceFromADatelineAfterAByline() throws MalformedArticleException {
    Article article = parser.parse("a",
        "Markets rally\n\nBy Jane Doe, Associated Press\n\nWASHINGTON (AP) \u2014 Shares rose.");

    assertThat(article.source()).isEqualTo("AP");
  }

  @Test
  void aViaLineWinsOverTheDateline() throws MalformedArticleException {
    Article article =
        parser.parse("a", "Markets rally\n\nLONDON (Reuters) - Shares rose.\n\nVia The Times");

    assertThat(article.source()).isEqualTo("The Times");
  }

  @Test
  void readsALabelledDateOfAStructuredArticleAsOfAFile() {
    Article article = parser.complete(new WrittenArticle(
        "a", "Markets rally", "Published: 3 December 2026", null, List.of("Shares rose.")));

    assertThat(article.date()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(article.dateText()).isEqualTo("Published: 3 December 2026");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Published: the papers that changed science", "Updated: 5 things to know",
      "Posted 12 times, never read", "Shares fall 3.45pm", "12/02 deadline looms", "9/11 at 25",
      "Storm hits the coast | 3 December 2026", "Ten years ago: the crash that changed banking"})
  void keepsAHeadlineThatOnlyStartsLikeALabelledDate(String headline)
      throws MalformedArticleException {
    Article article = parser.parse("a", headline + "\n\nShares rose.");

    assertThat(article.headline()).isEqualTo(headline);
    assertThat(article.date()).isNull();
    assertThat(article.dateText()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void readsDateAndSource(String name, String text, String dateText, LocalDate date,
      String source) throws MalformedArticleException {
    Article article = parser.parse("a", text);

    assertThat(article.headline()).isEqualTo("Markets rally");
    assertThat(article.paragraphs()).containsExactly("Shares rose.");
    assertThat(article.dateText()).isEqualTo(dateText);
    assertThat(article.date()).isEqualTo(date);
    assertThat(article.source()).isEqualTo(source);
  }

  @ParameterizedTest(name = "blank text #{index}")
  @ValueSource(strings = {"", " ", "\n\n", "\r\n \u00a0\t\r\n", "\ufeff",
      "Date: 2017-02-16\n\n"})
  void rejectsTextWithoutHeadline(String text) {
    assertThatThrownBy(() -> parser.parse("a", text))
        .isInstanceOf(MalformedArticleException.class)
        .hasMessageContaining("no headline")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"empty.txt", "whitespace-only.txt"})
  void rejectsFilesWithoutHeadline(String file) {
    String text = resource(file);

    assertThatThrownBy(() -> parser.parse("a", text))
        .isInstanceOf(MalformedArticleException.class)
        .hasMessageContaining("no headline");
  }

  private static String resource(String name) {
    try (InputStream in = ArticleParserTest.class.getResourceAsStream("/parse/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
