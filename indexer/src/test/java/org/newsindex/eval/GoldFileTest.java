package org.newsindex.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {

  @TempDir Path dir;

  @Test
  void readsIdsSpeakersAndQuotesWithNullSpeakersAndEscapes() throws IOException, URISyntaxException {
    Path gold = Path.of(GoldFileTest.class.getResource("/eval/gold.jsonl").toURI());

    List<GoldArticle> articles = GoldFile.read(gold);

    assertThat(articles).extracting(GoldArticle::id).containsExactly("news/001", "news/002", "news/003");
    assertThat(articles.getFirst().speakers()).containsExactly("Ann Cole", "Tom Hale");
    assertThat(articles.getFirst().quotes()).containsExactly(
        new GoldQuote("We have to cut costs this year,", "Ann Cole"),
        new GoldQuote("Nobody asked the workers at all,", null));
    assertThat(articles.get(2).quotes().getFirst().start()).isEqualTo("A quote in a missing \"file\"");
  }

  @Test
  void namesTheLineThatIsNotAGoldArticle() throws IOException {
    Path gold = dir.resolve("bad.jsonl");
    Files.writeString(gold, "{\"id\": \"a\", \"speakers\": [], \"quotes\": []}\n\n{\"id\": \"b\", \"speakers\": [\n");

    assertThatThrownBy(() -> GoldFile.read(gold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }
}
