package org.newsindex.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage exactly as Lucene's {@link PassageScorer} does (BM25-like weight of each distinct
 * term times its frequency in the passage, times the position norm), but finds the distinct terms
 * by comparing the passage's few matches with each other. Lucene's scorer builds a {@code
 * BytesRefHash}, and with it a 32 KiB block, for every passage it scores: on a busy server that was
 * a third of all memory allocated by searches, and young collections every tenth of a second.
 */
final class PassageScoring extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    // Distinct terms in order of first appearance, as the hash numbers them, so sums agree bit for bit.
    int[] first = new int[matches];
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int known = 0;
      while (known < distinct && !terms[first[known]].bytesEquals(terms[i])) {
        known++;
      }
      if (known == distinct) {
        first[distinct++] = i;
      }
      inPassage[known]++;
    }
    double score = 0; // summed in double, as Lucene's scorer does
    for (int t = 0; t < distinct; t++) {
      score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[first[t]]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }
}
