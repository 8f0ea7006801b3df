package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.highlight.TextMatch;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;

class ParagraphWordsTest {

  /** Paragraphs whose words the tokenizer and the fast path of StandardWords split differently. */
  private static final List<String> PARAGRAPHS =
      List.of(
          "Shares rose 3.5% to £1,000.50 on Monday, e.g. at 09:30 in the U.S. market.",
          "",
          "The firm\u2019s snake_case tools can\u2019t wait: \u201cWe\u2019re ready,\u201d said its chief.",
          "Emoji 😀 and #tags, Cyrillic Привет мир and 東京 Tokyo stand in this paragraph.",
          "A word of 300 letters: " + "x".repeat(300) + " then the market closed.",
          "Ten---dashes -- and ... dots; the market fell again.",
          "The last paragraph mentions the market once more.");

  @TempDir Path folder;

  @Test
  void matchesFoundKnowingTheParagraphWordsAreTheMatchesFoundByReadingEveryParagraph()
      throws IOException {
    Article article =
        new Article("a", "Markets", null, null, null, PARAGRAPHS, List.of(), List.of());
    try (NewsIndexWriter writer = NewsIndexWriter.open(folder)) {
      writer.add(article);
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int docId =
          searcher.search(new TermQuery(ArticleDocuments.blockTerm("a")), 10).scoreDocs[0].doc;
      Document doc = searcher.storedFields().document(docId, ArticleDocuments.highlightedHitFields());
      int[] words = ParagraphWords.of(doc, PARAGRAPHS.size());
      assertThat(words).hasSize(PARAGRAPHS.size());
      assertThat(words[1]).isZero();

      int inLaterParagraphs = 0;
      for (String word : wordsOf(PARAGRAPHS)) {
        Query query =
            WordForms.toIndexTerms(UserQueryParser.parse(word, Schema.ARTICLE_FIELDS));
        IndexedMatches.HitMatches matches = new IndexedMatches(searcher, query).of(docId).getFirst();
        List<TextMatch> reading = matches.in(Schema.PARAGRAPHS, PARAGRAPHS);
        List<TextMatch> skipping =
            matches.withParagraphWords(words).in(Schema.PARAGRAPHS, PARAGRAPHS);
        assertThat(skipping).as(word).isEqualTo(reading);
        assertThat(matches.withParagraphWords(new int[] {0}).in(Schema.PARAGRAPHS, PARAGRAPHS))
            .as("counts that do not fit the paragraphs are not used")
            .isEqualTo(reading);
        inLaterParagraphs +=
            (int) reading.stream().filter(m -> m.start() > PARAGRAPHS.getFirst().length()).count();
      }
      assertThat(inLaterParagraphs).isGreaterThan(20);
    }
  }

  @Test
  void articleOfOneParagraphStoresNone() throws IOException {
    assertThat(ParagraphWords.encode(List.of("One paragraph only."))).isNull();
  }

  @Test
  void storedCountsThatDoNotFitTheParagraphsAreNotUsed() throws IOException {
    Document doc = new Document();
    doc.add(
        new StoredField(
            Schema.PARAGRAPH_WORDS, ParagraphWords.encode(List.of("Two words", "and three more"))));

    assertThat(ParagraphWords.of(doc, 2)).containsExactly(2, 3);
    assertThat(ParagraphWords.of(doc, 3)).isNull();
    assertThat(ParagraphWords.of(doc, 1)).isNull();
    assertThat(ParagraphWords.of(new Document(), 2)).isNull();
  }

  /** Each distinct word of the paragraphs, a run of letters, lower-cased. */
  private static Set<String> wordsOf(List<String> paragraphs) {
    Set<String> words = new LinkedHashSet<>();
    Matcher word = Pattern.compile("\\p{L}+").matcher(String.join(" ", paragraphs));
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
