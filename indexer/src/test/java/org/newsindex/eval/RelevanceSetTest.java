package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relevance test set the README reports on is whole: every judged query has its need written
 * out and its pool judged, nearly every one has a relevant article (a query whose pool holds none
 * is left out of the scores), every misspelt query differs from the one meant, and every query
 * spelt right is.
 */
class RelevanceSetTest {

  @ParameterizedTest
  @ValueSource(strings = {"bbc", "reuters"})
  void everyJudgedQueryHasANeedAndAJudgedPool(String corpus) throws Exception {
    List<JudgedQuery> queries = Judgments.read(resource(corpus + ".jsonl"));

    assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
    assertThat(queries).allSatisfy(query -> {
      assertThat(query.id()).startsWith(corpus + "-");
      assertThat(query.need()).hasSizeGreaterThan(100);
      assertThat(query.grades()).isNotEmpty();
    });
    assertThat(queries).filteredOn(query -> query.relevantCount() == 0).hasSizeLessThanOrEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bbc-misspelt", "bbc-misspelt-holdout", "reuters-misspelt",
      "reuters-misspelt-holdout"})
  void everyMisspeltQueryDiffersFromTheOneMeant(String file) throws Exception {
    List<Misspelling> typos = Misspelling.read(resource(file + ".jsonl"));

    assertThat(typos).hasSize(10);
    assertThat(typos).noneMatch(typo -> typo.isIntended(typo.query()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bbc-spelt-right", "bbc-spelt-right-holdout", "reuters-spelt-right",
      "reuters-spelt-right-holdout"})
  void everyQuerySpeltRightIsTheOneMeant(String file) throws Exception {
    List<Misspelling> queries = Misspelling.read(resource(file + ".jsonl"));

    assertThat(queries).hasSize(200);
    assertThat(queries).allMatch(query -> query.isIntended(query.query()));
    assertThat(queries).extracting(Misspelling::id).doesNotHaveDuplicates();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        RelevanceSetTest.class.getResource("/relevance/" + name)).toURI());
  }
}
