package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;

/** The user's query, parsed once, in OpenSearch's words: no node needed. */
class OpenSearchQueriesTest {

  private static String translated(String query) {
    return OpenSearchQueries.translate(UserQueryParser.parse(query, Schema.ARTICLE_FIELDS))
        .toJsonString();
  }

  @Test
  void wordIsItsStemInHeadlineTwiceAsHeavyAsInBody() {
    assertThat(translated("officials"))
        .contains("{\"term\":{\"headline\":{\"boost\":2.0,\"value\":\"official\"}}}")
        .contains("{\"term\":{\"paragraphs\":{\"value\":\"official\"}}}");
  }

  @Test
  void phraseIsSpansInOrderOverTheExactFields() {
    assertThat(translated("\"Minsk agreements\""))
        .contains(
            "{\"span_near\":{\"boost\":2.0,\"clauses\":[{\"span_term\":{\"headline.exact\":{\"value\":"
                + "\"minsk\"}}},{\"span_term\":{\"headline.exact\":{\"value\":\"agreements\"}}}],"
                + "\"in_order\":true,\"slop\":0}}")
        .contains("\"paragraphs.exact\":{\"value\":\"agreements\"}");
  }

  @Test
  void everyWordMustMatchAndOrWidens() {
    assertThat(translated("bank rates")).startsWith("{\"bool\":{\"must\":[");
    assertThat(translated("bank OR rates")).startsWith("{\"bool\":{\"should\":[");
  }

  @Test
  void negatedWordKeepsEverythingElse() {
    assertThat(translated("-rates"))
        .contains("\"must_not\":[")
        .contains("\"should\":[{\"match_all\":{}}]");
  }

  @Test
  void booleanOfExclusionsOnlyMatchesNothingAsInLucene() {
    BooleanQuery onlyNot =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.HEADLINE, "rate")), BooleanClause.Occur.MUST_NOT)
            .build();

    assertThat(OpenSearchQueries.translate(onlyNot).toJsonString()).isEqualTo("{\"match_none\":{}}");
  }

  @Test
  void prefixIsNormalisedAndShortOnesAreWords() {
    assertThat(translated("Offic*")).contains("{\"prefix\":{\"headline.exact\":{\"boost\":2.0,\"value\":\"offic\"}}}");
    assertThat(translated("o*")).doesNotContain("prefix");
  }

  @Test
  void stopWordsAloneMatchNothing() {
    assertThat(translated("the")).isEqualTo("{\"match_none\":{}}");
  }

  @Test
  void queryTheParserNeverMakesIsRefused() {
    assertThatThrownBy(() -> OpenSearchQueries.translate(new FuzzyQuery(new Term(Schema.HEADLINE, "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FuzzyQuery");
  }
}
