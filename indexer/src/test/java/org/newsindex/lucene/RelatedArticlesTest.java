package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsindex.Article;
import org.newsindex.RelatedArticle;

class RelatedArticlesTest {

  private static Article article(String id, String headline, String body) {
    return new Article(id, headline, null, null, null, List.of(body), List.of());
  }

  @RegisterExtension
  final TestIndex index =
      new TestIndex(
          List.of(
              article("a", "Central bank raises interest rates", "The central bank raised interest rates to fight inflation."),
              article("b", "Interest rates rise again", "Inflation pushed the central bank to raise interest rates again."),
              article("c", "Football club wins the cup", "The club won the cup final after extra time."),
              article("d", "Cup final tickets sell out", "Tickets for the cup final sold out in an hour."),
              article("e", "Bank warns on inflation", "The bank warned that inflation would stay high.")));

  @Test
  void findsArticlesAboutTheSameThingWithoutItself() throws IOException {
    List<RelatedArticle> related = index.searcher().related("a", 5).orElseThrow();

    assertThat(related).extracting(RelatedArticle::id).doesNotContain("a");
    assertThat(related).extracting(RelatedArticle::id).startsWith("b");
    assertThat(related).extracting(RelatedArticle::id).doesNotContain("c", "d");
    assertThat(related.get(0).headline()).isEqualTo("Interest rates rise again");
    assertThat(related).allSatisfy(r -> assertThat(r.score()).isPositive());
  }

  @Test
  void sizeLimitsTheList() throws IOException {
    assertThat(index.searcher().related("a", 1).orElseThrow()).hasSize(1);
  }

  @Test
  void unknownArticleHasNoList() throws IOException {
    assertThat(index.searcher().related("nope", 5)).isEmpty();
  }
}
