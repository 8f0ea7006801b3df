package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@link Token} knows its lower-case form and its word lists, as the tokenizer reads it. */
class TokenTest {

  private final ParagraphTokenizer tokenizer = new ParagraphTokenizer();

  @Test
  void everyListedWordIsReadAsOneWordThatIsOnItsList() {
    for (WordList list : WordList.values()) {
      for (String word : list.words()) {
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        for (String written : List.of(word, capitalised)) {
          List<Token> tokens = tokenizer.tokenize(written);
          assertThat(tokens).as(written).hasSize(1);
          Token token = tokens.get(0);
          assertThat(token.isWord()).as(written).isTrue();
          assertThat(token.lower()).isEqualTo(word);
          assertThat(token.in(list)).as("%s on %s", written, list).isTrue();
        }
      }
    }
  }

  @Test
  void aShortenedTitleKeepsItsNameInTheSentence() {
    List<Token> tokens = tokenizer.tokenize("He said no. Dr. Jane Doe agreed with Mr. Smith.");

    assertThat(tokens).extracting(Token::text)
        .containsExactly("He", "said", "no", ".", "Dr", "Jane", "Doe", "agreed", "with", "Mr",
            "Smith", ".");
    assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
        .containsExactly("He", "Dr");
  }

  @Test
  void aFullStopAfterAShortenedTitleStillEndsASentenceBeforeLowerCase() {
    List<Token> tokens = tokenizer.tokenize("He spoke to the Gen. then left.");

    assertThat(tokens).extracting(Token::text)
        .containsExactly("He", "spoke", "to", "the", "Gen", ".", "then", "left", ".");
  }

  @Test
  void aPartyAndStateIsOneWordWhoseFullStopsEndNoSentence() {
    List<Token> tokens = tokenizer.tokenize("Sen. Al Doe, D-N.Y., and Rep. Ann Lee, R-Minn., met.");

    assertThat(tokens).extracting(Token::text)
        .containsExactly("Sen", "Al", "Doe", ",", "D-N.Y.", ",", "and", "Rep", "Ann", "Lee", ",",
            "R-Minn.", ",", "met", ".");
    assertThat(tokens).filteredOn(Token::endsSentence).hasSize(1);
  }

  @Test
  void marksAreOnNoListAndWrittenAsTheyAre() {
    List<Token> tokens = tokenizer.tokenize("\u201cYes,\u201d said Mr Smith: \"he\u2014and she\u2014did.\"");

    List<Token> marks = tokens.stream().filter(token -> !token.isWord()).toList();
    assertThat(marks).extracting(Token::text)
        .containsExactly("\u201c", ",", "\u201d", ":", "\"", "\u2014", "\u2014", ".", "\"");
    assertThat(marks).allSatisfy(mark -> {
      assertThat(mark.lists()).isZero();
      assertThat(mark.lower()).isEqualTo(mark.text());
    });
  }
}
