package org.newsindex.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageScoringTest {

  private static final String[] TERMS = {"bank", "rate", "\u0001rate", "cut", "inflation"};

  @Test
  void scoresEveryPassageExactlyAsLucenesScorer() {
    Random random = new Random(42);
    PassageScorer lucene = new PassageScorer();
    PassageScoring ours = new PassageScoring();
    for (int trial = 0; trial < 2_000; trial++) {
      Passage passage = randomPassage(random);
      int contentLength = passage.getEndOffset() + random.nextInt(5_000);
      assertThat(ours.score(passage, contentLength))
          .as("passage %s", passage)
          .isEqualTo(lucene.score(passage, contentLength));
    }
  }

  @Test
  void aRepeatedTermCountsOnceInWeightAndTwiceInFrequency() {
    Passage once = passage(0, 100, "rate");
    Passage twice = passage(0, 100, "rate", "rate");
    Passage twoTerms = passage(0, 100, "rate", "bank");
    PassageScoring scoring = new PassageScoring();
    assertThat(scoring.score(twice, 1_000)).isGreaterThan(scoring.score(once, 1_000));
    assertThat(scoring.score(twoTerms, 1_000)).isGreaterThan(scoring.score(twice, 1_000));
  }

  private static Passage randomPassage(Random random) {
    int start = random.nextInt(2_000);
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + 1_000); // a match must lie inside the passage
    int offset = start;
    int matches = random.nextInt(8);
    for (int i = 0; i < matches; i++) {
      String term = TERMS[random.nextInt(TERMS.length)];
      offset += 1 + random.nextInt(60);
      passage.addMatch(offset, offset + term.length(), new BytesRef(term), 1 + term.length());
      offset += term.length();
    }
    passage.setEndOffset(offset + 1 + random.nextInt(100));
    return passage;
  }

  private static Passage passage(int start, int end, String... terms) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    int offset = start;
    for (String term : terms) {
      passage.addMatch(offset, offset + term.length(), new BytesRef(term), 3);
      offset += term.length() + 1;
    }
    return passage;
  }
}
