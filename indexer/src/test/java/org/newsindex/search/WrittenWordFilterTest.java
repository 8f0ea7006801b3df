package org.newsindex.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/** The one filter against the four Lucene filters it stands for, word for word. */
class WrittenWordFilterTest {

  private static final String ODD_WORDS =
      "U.S. U.K.'s U.S.A. e.g. i.e a.m. P.M. www.bbc.co.uk 1.2.3 3.5 Café CAFÉS Müller’s O’Neill's"
          + " Ｏ＇Ｎｅｉｌｌ＇ｓ ÆSIR straße İstanbul ΣΊΣΥΦΟΣ 北京 😀emoji Mr. S's 's X.Y.Z.W.V"
          + " naïve coöperate Œuvre ﬁnance Ḁ.Ḁ JAMES' s.a Żółć Ångström";

  @Test
  void readsOddWordsAsLucenesFourFiltersDo() throws IOException {
    assertThat(oneFilter(ODD_WORDS)).isEqualTo(fourFilters(ODD_WORDS));
  }

  @Test
  void readsArticlesAsLucenesFourFiltersDo() throws IOException {
    Path articles = Path.of(Objects.requireNonNull(
        WrittenWordFilterTest.class.getResource("/gold/articles")).getPath());
    List<Path> files;
    try (var walk = Files.walk(articles)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().limit(80).toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(oneFilter(text)).as(file.toString()).isEqualTo(fourFilters(text));
    }
  }

  private static List<String> oneFilter(String text) throws IOException {
    Tokenizer words = new StandardTokenizer();
    words.setReader(new StringReader(text));
    return TokenTerms.of(new WrittenWordFilter(words));
  }

  private static List<String> fourFilters(String text) throws IOException {
    Tokenizer words = new StandardTokenizer();
    words.setReader(new StringReader(text));
    TokenStream chain = new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)));
    return TokenTerms.of(new PatternReplaceFilter(
        chain, Pattern.compile(Schema.DOTTED_INITIALISM), Schema.INITIALISM_LETTERS, true));
  }
}
