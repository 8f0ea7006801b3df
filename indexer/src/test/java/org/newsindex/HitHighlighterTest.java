package org.newsindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole-article view: every paragraph, escaped, with every match marked. */
class HitHighlighterTest {

  private static final Article ARTICLE =
      new Article(
          "x",
          "Minsk <b>talks</b> resume",
          null,
          null,
          null,
          List.of(
              "Nothing matches in this paragraph.",
              "Russia must honour the Minsk agreements, officials said.",
              "The Minsk agreements & <script>alert(1)</script> were signed in Minsk."),
          List.of());

  @RegisterExtension final TestIndex index = new TestIndex(List.of(ARTICLE));

  @Test
  void marksEveryMatchInEveryParagraphAndKeepsTheRest() throws IOException {
    ArticleHighlights html = index.searcher().highlight("x", "minsk").orElseThrow();

    assertThat(html.headlineHtml()).isEqualTo("<mark>Minsk</mark> &lt;b&gt;talks&lt;/b&gt; resume");
    assertThat(html.paragraphsHtml())
        .containsExactly(
            "Nothing matches in this paragraph.",
            "Russia must honour the <mark>Minsk</mark> agreements, officials said.",
            "The <mark>Minsk</mark> agreements &amp; &lt;script&gt;alert(1)&lt;/script&gt; were"
                + " signed in <mark>Minsk</mark>.");
  }

  @Test
  void phraseIsOneMark() throws IOException {
    ArticleHighlights html = index.searcher().highlight("x", "\"minsk agreements\"").orElseThrow();

    assertThat(html.paragraphsHtml().get(1))
        .isEqualTo("Russia must honour the <mark>Minsk agreements</mark>, officials said.");
    assertThat(html.headlineHtml()).doesNotContain("<mark>");
  }

  @Test
  void queryWithoutMatchesStillShowsEveryParagraph() throws IOException {
    ArticleHighlights html = index.searcher().highlight("x", "zebra").orElseThrow();

    assertThat(html.paragraphsHtml()).hasSize(3).noneMatch(p -> p.contains("<mark>"));
  }

  @Test
  void unknownArticleHasNoHighlights() throws IOException {
    assertThat(index.searcher().highlight("nope", "minsk")).isEmpty();
  }
}
