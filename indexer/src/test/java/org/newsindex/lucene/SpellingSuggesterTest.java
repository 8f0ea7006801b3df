package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Respelling;
import org.newsindex.search.Schema;

class SpellingSuggesterTest {

  private static final String LETTERS = "abcdeo";

  @Test
  void oneEditFindsWhatTwoFindForWordsTooShortForTwo() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      DirectoryReader reader = indexOfCloseWords(directory, new Random(1));
      Random random = new Random(2);
      int suggested = 0;
      for (int i = 0; i < 3_000; i++) {
        int letters =
            Respelling.MIN_WORD_LENGTH
                + random.nextInt(SpellingSuggester.TWO_EDITS_MIN_LETTERS - Respelling.MIN_WORD_LENGTH);
        String typed = word(random, letters);
        List<String> withinTwo = suggestions(SpellingSuggester.checker(2), reader, typed);
        assertThat(suggestions(SpellingSuggester.checker(1), reader, typed))
            .as("close words of %s", typed)
            .isEqualTo(withinTwo);
        suggested += withinTwo.isEmpty() ? 0 : 1;
      }
      assertThat(suggested).as("typed words with close words").isGreaterThan(1_000);
      reader.close();
    }
  }

  @Test
  void twoEditsFindMoreForWordsLongEnough() throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      DirectoryReader reader = indexOfCloseWords(directory, new Random(1));
      Random random = new Random(3);
      boolean foundMore = false;
      for (int i = 0; i < 3_000 && !foundMore; i++) {
        String typed = word(random, SpellingSuggester.TWO_EDITS_MIN_LETTERS);
        foundMore =
            !suggestions(SpellingSuggester.checker(1), reader, typed)
                .equals(suggestions(SpellingSuggester.checker(2), reader, typed));
      }
      assertThat(foundMore).as("a word two edits away is alike enough").isTrue();
      reader.close();
    }
  }

  /** Body words of four to nine letters from few letters, so many lie an edit or two apart. */
  private static DirectoryReader indexOfCloseWords(Directory directory, Random random)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < 4_000; i++) {
        String word = word(random, 4 + random.nextInt(6));
        // Some words in more bodies than others, so that their frequency orders the close words.
        for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
          Document doc = new Document();
          doc.add(new StringField(Schema.PARAGRAPHS, word, Field.Store.NO));
          writer.addDocument(doc);
        }
      }
    }
    return DirectoryReader.open(directory);
  }

  private static String word(Random random, int letters) {
    char[] word = new char[letters];
    for (int i = 0; i < letters; i++) {
      word[i] = LETTERS.charAt(random.nextInt(LETTERS.length()));
    }
    return new String(word);
  }

  private static List<String> suggestions(
      DirectSpellChecker checker, DirectoryReader reader, String typed) throws IOException {
    List<String> words = new ArrayList<>();
    Arrays.stream(
            checker.suggestSimilar(
                new Term(Schema.PARAGRAPHS, typed),
                Respelling.OPTIONS,
                reader,
                SuggestMode.SUGGEST_ALWAYS))
        .forEach(word -> words.add(word.string + "/" + word.freq));
    return words;
  }
}
