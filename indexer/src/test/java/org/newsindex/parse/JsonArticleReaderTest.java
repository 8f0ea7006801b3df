package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonArticleReaderTest {

  private final JsonArticleReader reader = new JsonArticleReader();

  @Test
  void readsEveryFieldTrimmedAndSplitsTheBodyOnBlankLines() throws MalformedArticleException {
    WrittenArticle article = reader.read("""
        {"id": " a/1 ", "headline": " Rates held\\u00a0", "date": "2024-03-19", "source": "Wire",
         "body": "One\\r\\ntwo.\\n \\nThree.", "extra": [1, 2]}""");

    assertThat(article)
        .isEqualTo(new WrittenArticle("a/1", "Rates held", "2024-03-19", "Wire",
            List.of("One two.", "Three.")));
  }

  @Test
  void readsParagraphsAndTreatsNullAsAbsent() throws MalformedArticleException {
    WrittenArticle article = reader.read(
        "{\"id\": \"b\", \"headline\": \"H\", \"paragraphs\": [\" P1 \", \"\", \"P2\"],"
            + " \"body\": null, \"date\": null}");

    assertThat(article)
        .isEqualTo(new WrittenArticle("b", "H", null, null, List.of("P1", "P2")));
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("{", "invalid JSON: the line ends before the JSON does", null),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\"", "invalid JSON: the line ends before the JSON does",
            null),
        Arguments.of("not json at all", "invalid JSON: near column 2", null),
        Arguments.of("{\"id\": \"a\" \"headline\": \"H\"}", "invalid JSON: near column 21", null),
        Arguments.of("\"just a string\"", "not a JSON object", null),
        Arguments.of("{\"headline\": \"H\"}", "missing \"id\"", null),
        Arguments.of("{\"id\": \"  \", \"headline\": \"H\"}", "missing \"id\"", null),
        Arguments.of("{\"id\": [\"a\"], \"headline\": \"H\"}", "\"id\" must be a string", null),
        Arguments.of("{\"id\": \"a\"}", "missing \"headline\"", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": 3}", "\"headline\" must be a string", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\", \"date\": 20240319}",
            "\"date\" must be a string", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\", \"source\": true}",
            "\"source\" must be a string", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\", \"body\": [\"x\"]}",
            "\"body\" must be a string", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\", \"paragraphs\": [\"x\", null]}",
            "\"paragraphs\" must be an array of strings", "a"),
        Arguments.of("{\"id\": \"a\", \"headline\": \"H\", \"body\": \"b\", \"paragraphs\": []}",
            "give \"body\" or \"paragraphs\", not both", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void rejectsABadLineWithOneLineReasonAndTheIdWhenKnown(String line, String reason, String id) {
    assertThatThrownBy(() -> reader.read(line))
        .isInstanceOfSatisfying(MalformedArticleException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(reason);
          assertThat(e.articleId()).isEqualTo(Optional.ofNullable(id));
        });
  }
}
