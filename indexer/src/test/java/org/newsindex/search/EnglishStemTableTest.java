package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped stem table is exactly what {@link EnglishStemTable} makes from the dictionary. */
class EnglishStemTableTest {

  @Test
  void theShippedTableIsWhatTheDictionaryGives() throws IOException {
    assertThat(EnglishStems.table())
        .as("run EnglishStemTable.main to rewrite " + EnglishStems.TABLE)
        .containsExactlyEntriesOf(EnglishStemTable.generate());
  }

  @Test
  void theTableSaysWhereItComesFromAndItsLicence() throws IOException {
    try (InputStream table = EnglishStems.class.getResourceAsStream(EnglishStems.TABLE)) {
      assertThat(new String(table.readAllBytes(), StandardCharsets.UTF_8))
          .startsWith(EnglishStemTable.head());
    }
  }

  @Test
  void openSearchGetsTheSameTableAsRules() {
    assertThat(EnglishStems.rules())
        .hasSameSizeAs(EnglishStems.table().entrySet())
        .contains("games => game", "restrictions => restrict", "nominations => nominate")
        .noneMatch(rule -> rule.startsWith("news "));
  }
}
