package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgmentsTest {

  @TempDir Path dir;

  @Test
  void readsJudgedQueriesInFileOrderIgnoringOtherMembers() throws IOException {
    Path file = write("""
        {"id": "bbc-01", "kind": "name", "query": "Yukos", "need": "The oil firm.", "grades": {"business/001": 2, "business/002": 0}}

        {"id": "bbc-02", "query": "\\"box office\\"", "need": "Films.", "grades": {}}
        """);

    List<JudgedQuery> queries = Judgments.read(file);

    assertThat(queries).extracting(JudgedQuery::id).containsExactly("bbc-01", "bbc-02");
    assertThat(queries.get(0).grades()).isEqualTo(Map.of("business/001", 2, "business/002", 0));
    assertThat(queries.get(0).relevantCount()).isOne();
    assertThat(queries.get(1).query()).isEqualTo("\"box office\"");
    assertThat(queries.get(1).grade("business/001")).isZero();
    assertThat(queries.get(1).judged("business/001")).isFalse();
  }

  @Test
  void aGradeOutOfRangeNamesTheLine() throws IOException {
    Path file = write("""
        {"id": "q1", "query": "a", "need": "n", "grades": {"x": 1}}
        {"id": "q2", "query": "b", "need": "n", "grades": {"x": 3}}
        """);

    assertThatThrownBy(() -> Judgments.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 is not a judged query")
        .hasMessageContaining("grade of x for q2 must be 0 to 2, was 3");
  }

  @Test
  void twoQueriesWithOneIdAreRefused() throws IOException {
    Path file = write("""
        {"id": "q1", "query": "a", "need": "n", "grades": {}}
        {"id": "q1", "query": "b", "need": "n", "grades": {}}
        """);

    assertThatThrownBy(() -> Judgments.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two queries with the id q1");
  }

  @Test
  void aRunReadsTheBenchmarksResultsFormatAndWritesIt() throws IOException {
    StringWriter written = new StringWriter();
    RankedRun.write(written, "oil prices", 42, List.of("a", "b"));
    Path file = write(written
        + "{\"q\": \"tax\", \"ms\": 3.1, \"hits\": 7, \"top\": [{\"id\": \"c\", \"score\": 1.5,"
        + " \"snippet\": \"...\"}]}\n");

    RankedRun run = RankedRun.read(file);

    assertThat(written.toString())
        .isEqualTo("{\"q\":\"oil prices\",\"hits\":42,\"top\":[{\"id\":\"a\"},{\"id\":\"b\"}]}\n");
    assertThat(run.answer("oil prices")).containsExactly("a", "b");
    assertThat(run.answer("tax")).containsExactly("c");
    assertThat(run.answer("never asked")).isEmpty();
  }

  @Test
  void aMisspellingMatchesItsIntendedQueryWhateverTheCaseAndSpacing() throws IOException {
    Path file = write("""
        {"id": "typo-01", "corpus": "bbc", "query": "Mourino", "intended": "Arsene  Wenger"}
        """);

    Misspelling typo = Misspelling.read(file).getFirst();

    assertThat(typo.isIntended("arsene wenger")).isTrue();
    assertThat(typo.isIntended(" Arsene Wenger ")).isTrue();
    assertThat(typo.isIntended("arsene")).isFalse();
  }

  private Path write(String lines) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "lines", ".jsonl"), lines);
  }
}
