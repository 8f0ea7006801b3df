package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsindex.search.EnglishStems;
import org.newsindex.search.Schema;
import org.newsindex.search.TokenTerms;
import org.newsindex.testing.RequiresOpenSearch;
import org.opensearch.client.opensearch.indices.analyze.AnalyzeToken;

/**
 * OpenSearch's analysis, built from its own filters and the {@link EnglishStems} rules, gives
 * every word of the analysis tables the term the local index gives it.
 */
@RequiresOpenSearch
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSearchAnalysisTest {

  private OpenSearchTarget target;

  @BeforeAll
  void createIndex() throws IOException {
    target = OpenSearchTests.freshTarget();
    OpenSearchWriter.open(target).close();
  }

  @AfterAll
  void deleteIndex() throws IOException {
    OpenSearchTests.deleteIndex(target);
  }

  @Test
  void everyTableWordIsTheSameTermAsInTheLocalIndex() throws IOException {
    List<String> words = new ArrayList<>();
    for (String table : List.of("/analysis/must-join.txt", "/analysis/must-stay-apart.txt")) {
      words.addAll(words(table));
    }
    words.addAll(List.of("Washington’s", "CAFÉS", "iPods", "blogged", "U.S.", "U.K.", "U.S.A.",
        "e.g.", "www.bbc.co.uk", "1.2.3"));

    assertThat(openSearchTerms(words)).isEqualTo(localTerms(words));
  }

  private List<String> openSearchTerms(List<String> words) throws IOException {
    try (OpenSearchConnection connection = OpenSearchConnection.open(target)) {
      List<AnalyzeToken> tokens = connection.client().indices()
          .analyze(a -> a.index(target.indexName()).analyzer(OpenSearchSchema.ENGLISH).text(words))
          .tokens();
      return tokens.stream().map(AnalyzeToken::token).toList();
    }
  }

  private static List<String> localTerms(List<String> words) throws IOException {
    List<String> terms = new ArrayList<>();
    for (String word : words) {
      terms.addAll(TokenTerms.ofQuery(Schema.PARAGRAPHS, word));
    }
    return terms;
  }

  private static List<String> words(String table) throws IOException {
    try (InputStream in = Objects.requireNonNull(OpenSearchAnalysisTest.class.getResourceAsStream(table))) {
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.addAll(List.of(line.strip().split(" ")));
        }
      }
      return words;
    }
  }
}
