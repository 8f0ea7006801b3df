package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsindex.InvalidQueryException;
import org.newsindex.SpeakerCount;

class SpeakerDirectoryTest {

  @RegisterExtension final TestIndex index = new TestIndex(TestIndex.ALL);

  @Test
  void listsSpeakersMostQuotedFirstWithCounts() throws IOException {
    assertThat(index.searcher().speakers("", 10))
        .containsExactly(
            new SpeakerCount("Sergei Lavrov", 2, 2),
            new SpeakerCount("Dmitry Peskov", 1, 1),
            new SpeakerCount("Jane Smith", 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lav", "LAV", "serg", "l", " lavrov "})
  void prefixMatchesAnyWordOfTheNameIgnoringCase(String prefix) throws IOException {
    List<SpeakerCount> found = index.searcher().speakers(prefix, 10);

    assertThat(found).extracting(SpeakerCount::name).contains("Sergei Lavrov");
    assertThat(found).extracting(SpeakerCount::name).doesNotContain("Jane Smith");
  }

  @Test
  void sizeCutsTheList() throws IOException {
    assertThat(index.searcher().speakers("", 1)).extracting(SpeakerCount::name).containsExactly("Sergei Lavrov");
  }

  @Test
  void countsFollowReindexing() throws IOException {
    index.change(writer -> writer.delete(TestIndex.TERROR.id()));

    assertThat(index.searcher().speakers("lav", 10))
        .containsExactly(new SpeakerCount("Sergei Lavrov", 1, 1));
  }

  @Test
  void sizeOutOfBoundsIsAnInvalidQuery() {
    assertThatThrownBy(() -> index.searcher().speakers("", 0)).isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> index.searcher().speakers("", 101)).isInstanceOf(InvalidQueryException.class);
  }
}
