package org.newsindex.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.newsindex.search.Schema;

/**
 * How many words each paragraph of an article holds, as its article document stores them ({@link
 * Schema#PARAGRAPH_WORDS}): what tells the highlighter at which position each paragraph starts, so
 * that it splits into words only the paragraphs a hit matches in ({@code IndexedMatches}), not
 * every one before them. Counted by {@link StandardWords}, which splits a text as the index's
 * tokenizer does, so that a paragraph takes as many positions in the index as it has words here.
 *
 * <p>The value holds one vInt a paragraph. An article of one paragraph stores none: its matches
 * need no skipping.
 */
final class ParagraphWords {

  private ParagraphWords() {}

  /** The stored value for an article's paragraphs, or {@code null} when there are fewer than two. */
  static BytesRef encode(List<String> paragraphs) throws IOException {
    if (paragraphs.size() < 2) {
      return null;
    }
    StandardWords words = new StandardWords();
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    for (String paragraph : paragraphs) {
      out.writeVInt(count(words, paragraph));
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * The words of each paragraph of a stored article document, or {@code null} when it stores none
   * or a number that does not fit its {@code paragraphs}.
   */
  static int[] of(Document articleDoc, int paragraphs) {
    BytesRef stored = articleDoc.getBinaryValue(Schema.PARAGRAPH_WORDS);
    if (stored == null) {
      return null;
    }
    ByteArrayDataInput in = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
    int[] counts = new int[paragraphs];
    for (int i = 0; i < paragraphs; i++) {
      if (in.eof()) {
        return null;
      }
      counts[i] = in.readVInt();
    }
    return in.eof() ? counts : null;
  }

  private static int count(StandardWords words, String paragraph) throws IOException {
    words.reset(paragraph);
    int count = 0;
    while (words.next()) {
      count++;
    }
    return count;
  }
}
