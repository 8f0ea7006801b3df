package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenSearchTargetTest {

  @Test
  void parsesACommaSeparatedListOfNodes() {
    OpenSearchTarget target =
        OpenSearchTarget.parse(" http://10.0.0.1:9200, https://search.example:443/ ,", "news-2024");

    assertThat(target.urls())
        .containsExactly(URI.create("http://10.0.0.1:9200"), URI.create("https://search.example:443/"));
    assertThat(target.indexName()).isEqualTo("news-2024");
    assertThat(target).hasToString("http://10.0.0.1:9200,https://search.example:443/news-2024");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      localhost:9200        | not an OpenSearch URL: "localhost:9200" (expected http://HOST:PORT or https://HOST:PORT)
      127.0.0.1:9200        | not an OpenSearch URL: "127.0.0.1:9200" (expected http://HOST:PORT or https://HOST:PORT)
      http//node:9200       | not an OpenSearch URL: "http//node:9200" (expected http://HOST:PORT or https://HOST:PORT)
      ftp://node:9200       | not an OpenSearch URL: "ftp://node:9200" (expected http://HOST:PORT or https://HOST:PORT)
      http://               | not an OpenSearch URL: "http://" (expected http://HOST:PORT or https://HOST:PORT)
      http://node:port      | not an OpenSearch URL: "http://node:port" (expected http://HOST:PORT or https://HOST:PORT)
      http://node:9200/news | not an OpenSearch URL: "http://node:9200/news" (expected http://HOST:PORT or https://HOST:PORT)
      http://no de:9200     | not an OpenSearch URL: "http://no de:9200" (expected http://HOST:PORT or https://HOST:PORT)
      ' , '                 | no OpenSearch URL given
      """)
  void rejectsWhatIsNotANodeUrlInOneLine(String urls, String message) {
    assertThatThrownBy(() -> OpenSearchTarget.parse(urls, "news"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"News", "_news", "-news", ".news", "news items", "news/2024", "''"})
  void rejectsIndexNamesOpenSearchWouldRefuse(String name) {
    assertThatThrownBy(() -> OpenSearchTarget.parse("http://node:9200", name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid index name: \"" + name + "\" (lower-case letters, digits, '.',"
            + " '_' and '-', not starting with '.', '_' or '-')");
  }

  @Test
  void theDefaultIndexNameIsValid() {
    assertThat(OpenSearchTarget.parse("http://node:9200", OpenSearchTarget.DEFAULT_INDEX_NAME)
        .indexName()).isEqualTo("newsindex");
  }
}
