package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.newsindex.Article;
import org.newsindex.Quote;

/**
 * An article's quotes as its article document stores them, in one value: for each quote, who said
 * it and where its words stand in the article's paragraphs, not the words again. Quote documents
 * store nothing; a quote hit reads its quote from here ({@link Quote} by its number).
 *
 * <p>A quote's text is one or more parts, each a stretch of one paragraph, joined by a space: how
 * the parser joins a quotation that runs over several paragraphs ({@link Quote#text()}). The value
 * holds, as vInts, the number of quotes, then for each:
 *
 * <ul>
 *   <li>its speaker: 0 for none, else one more than the speaker's place in the article's speakers;
 *       a name the article does not list is written after the code one past the last place;
 *   <li>the paragraph it starts in;
 *   <li>its parts: how many, then for each its first character and its length, and before every
 *       part but the first (which stands in the quote's paragraph) the paragraphs it moves on from
 *       the last part's; or no parts and the text itself, when the paragraphs do not hold it.
 * </ul>
 */
final class StoredQuotes {

  private StoredQuotes() {}

  /** The stored value of an article's quotes, or {@code null} when it has none. */
  static BytesRef encode(Article article) throws IOException {
    if (article.quotes().isEmpty()) {
      return null;
    }
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeVInt(article.quotes().size());
    for (Quote quote : article.quotes()) {
      writeSpeaker(out, quote.speaker(), article.speakers());
      out.writeVInt(quote.paragraph());
      List<Part> parts = Part.find(quote, article.paragraphs());
      if (parts == null) {
        out.writeVInt(0);
        out.writeString(quote.text());
        continue;
      }
      out.writeVInt(parts.size());
      int paragraph = quote.paragraph();
      for (Part part : parts) {
        if (part != parts.getFirst()) {
          out.writeVInt(part.paragraph() - paragraph);
        }
        out.writeVInt(part.start());
        out.writeVInt(part.length());
        paragraph = part.paragraph();
      }
    }
    return new BytesRef(out.toArrayCopy());
  }

  /**
   * The quotes a stored value holds, their text read from the article's paragraphs.
   *
   * @param value      what {@link #encode} wrote, or {@code null} for an article without quotes
   * @param paragraphs the article's paragraphs, as stored
   * @param speakers   the article's speakers, as stored
   */
  static List<Quote> decode(BytesRef value, List<String> paragraphs, List<String> speakers)
      throws IOException {
    if (value == null) {
      return List.of();
    }
    ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
    int count = in.readVInt();
    List<Quote> quotes = new ArrayList<>(count);
    for (int q = 0; q < count; q++) {
      String speaker = readSpeaker(in, speakers);
      int first = in.readVInt();
      int partCount = in.readVInt();
      String text;
      if (partCount == 0) {
        text = in.readString();
      } else {
        StringBuilder joined = new StringBuilder();
        int paragraph = first;
        for (int p = 0; p < partCount; p++) {
          if (p > 0) {
            paragraph += in.readVInt();
          }
          int start = in.readVInt();
          int length = in.readVInt();
          if (p > 0) {
            joined.append(' ');
          }
          joined.append(paragraphs.get(paragraph), start, start + length);
        }
        text = joined.toString();
      }
      quotes.add(new Quote(text, speaker, first));
    }
    return quotes;
  }

  private static void writeSpeaker(ByteBuffersDataOutput out, String speaker, List<String> listed)
      throws IOException {
    if (speaker == null) {
      out.writeVInt(0);
      return;
    }
    int place = listed.indexOf(speaker);
    if (place >= 0) {
      out.writeVInt(place + 1);
    } else {
      out.writeVInt(listed.size() + 1);
      out.writeString(speaker);
    }
  }

  private static String readSpeaker(ByteArrayDataInput in, List<String> listed)
      throws IOException {
    int code = in.readVInt();
    if (code == 0) {
      return null;
    }
    return code <= listed.size() ? listed.get(code - 1) : in.readString();
  }

  /** A stretch of one paragraph that a quote's text holds. */
  record Part(int paragraph, int start, int length) {

    /**
     * Where a quote's text stands, part by part, from its paragraph on; {@code null} when the
     * paragraphs do not hold it. Each part is the longest stretch of the remaining text, up to a
     * space or its end, found in the current paragraph after the last part; when none is, the
     * search moves on to the next paragraph. The first part must stand in the quote's paragraph.
     */
    static List<Part> find(Quote quote, List<String> paragraphs) {
      String text = quote.text();
      List<Part> parts = new ArrayList<>(1);
      int paragraph = quote.paragraph();
      int from = 0;
      int at = 0;
      while (at < text.length()) {
        if (paragraph >= paragraphs.size()) {
          return null;
        }
        String in = paragraphs.get(paragraph);
        Part part = longestFrom(text, at, in, paragraph, from);
        if (part == null && parts.isEmpty()) {
          return null;
        }
        if (part == null) {
          paragraph++;
          from = 0;
          continue;
        }
        parts.add(part);
        from = part.start() + part.length();
        at += part.length();
        if (at < text.length()) {
          at++; // the space that joined two parts
        }
      }
      return parts;
    }

    /** The longest stretch of {@code text} from {@code at} that ends at a space or at its end. */
    private static Part longestFrom(String text, int at, String in, int paragraph, int from) {
      int end = text.length();
      while (end > at) {
        int start = in.indexOf(text.substring(at, end), from);
        if (start >= 0) {
          return new Part(paragraph, start, end - at);
        }
        end = text.lastIndexOf(' ', end - 1);
      }
      return null;
    }
  }
}
