package org.newsindex.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsindex.InvalidQueryException;
import org.newsindex.SortOrder;
import org.opensearch.client.opensearch._types.FieldValue;

class OpenSearchCursorTest {

  private static final List<FieldValue> AFTER =
      List.of(FieldValue.of(1_710_806_400_000L), FieldValue.of("world/ünïcode #q1"));

  @Test
  void positionRoundTrips() {
    String cursor = OpenSearchCursor.encode(SortOrder.NEWEST, 42L, AFTER, 10);
    OpenSearchCursor.Position position = OpenSearchCursor.decode(cursor, SortOrder.NEWEST, 42L);

    assertThat(position.rank()).isEqualTo(10);
    assertThat(position.after()).extracting(FieldValue::_get).containsExactly(1_710_806_400_000L, "world/ünïcode #q1");
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void scoresRoundTripExactly() {
    List<FieldValue> after = List.of(FieldValue.of((double) 1.2345678f), FieldValue.of("a"));
    String cursor = OpenSearchCursor.encode(SortOrder.RELEVANCE, 7L, after, 3);

    assertThat(OpenSearchCursor.decode(cursor, SortOrder.RELEVANCE, 7L).after().get(0).doubleValue())
        .isEqualTo((double) 1.2345678f);
  }

  @Test
  void cursorOfAnotherSearchOrOrderOrAForgedOneIsRejected() {
    String cursor = OpenSearchCursor.encode(SortOrder.NEWEST, 42L, AFTER, 10);

    for (String forged : List.of("", "abc", "!!!", cursor.substring(1), cursor + "AA", cursor.substring(0, 20))) {
      assertThatThrownBy(() -> OpenSearchCursor.decode(forged, SortOrder.NEWEST, 42L))
          .as(forged)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("cursor");
    }
    assertThatThrownBy(() -> OpenSearchCursor.decode(cursor, SortOrder.OLDEST, 42L))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> OpenSearchCursor.decode(cursor, SortOrder.NEWEST, 43L))
        .isInstanceOf(InvalidQueryException.class);
  }
}
