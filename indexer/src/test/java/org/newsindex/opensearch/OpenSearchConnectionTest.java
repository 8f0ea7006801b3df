package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class OpenSearchConnectionTest {

  @Test
  void asksForAnswersUncompressed() throws IOException {
    try (FakeOpenSearch node = FakeOpenSearch.start();
        OpenSearchConnection connection = OpenSearchConnection.open(node.target())) {
      connection.client().indices().refresh(r -> r.index(connection.index()));
      connection.client().search(s -> s.index(connection.index()).size(0), Void.class);

      assertThat(node.acceptedEncodings()).hasSize(2).containsOnly("");
    }
  }
}
