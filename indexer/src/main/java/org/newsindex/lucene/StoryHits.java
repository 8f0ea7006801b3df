package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsindex.search.Schema;

/** The stories of a local index's hits: an article's story key and the other copies of it. */
final class StoryHits {

  private static final Set<String> ID = Set.of(Schema.ID);

  private StoryHits() {}

  /** The story key of the article document {@code doc}, or 0 when it has none. */
  static long storyOf(IndexReader reader, int doc) throws IOException {
    return keyOf(reader, doc, Schema.STORY);
  }

  /** The value of a single-valued number field of a document, or 0 when it has none. */
  static long keyOf(IndexReader reader, int doc, String field) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
    return values.advanceExact(doc - leaf.docBase) ? values.nextValue() : 0L;
  }

  /** How many other live articles tell the story of article document {@code doc}. */
  static int duplicates(IndexReader reader, int doc) throws IOException {
    return copiesOf(reader, doc).size();
  }

  /** The ids of the other articles that tell the story of article document {@code doc}. */
  static List<String> duplicateIds(IndexSearcher searcher, int doc) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>();
    for (int copy : copiesOf(searcher.getIndexReader(), doc)) {
      ids.add(stored.document(copy, ID).get(Schema.ID));
    }
    return ids;
  }

  /**
   * The ids of the other articles that hold the quote of quote document {@code quoteDoc} in a copy
   * of its story, in the order they were indexed: the story's other articles whose block has a
   * quote with the same key.
   *
   * @param articleDoc the document of the quote's article
   */
  static List<String> alsoIn(IndexSearcher searcher, int quoteDoc, int articleDoc)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    long quote = keyOf(reader, quoteDoc, Schema.QUOTE_STORY);
    List<String> ids = new ArrayList<>();
    for (int copy : copiesOf(reader, articleDoc)) {
      if (holdsQuote(reader, copy, quote)) {
        ids.add(searcher.storedFields().document(copy, ID).get(Schema.ID));
      }
    }
    return ids;
  }

  /**
   * The documents of the other live articles of an article's story, in index order, read from the
   * story term's postings: a few documents, found without a search's machinery, since every hit
   * of a page asks.
   */
  private static List<Integer> copiesOf(IndexReader reader, int articleDoc) throws IOException {
    BytesRef story = ArticleDocuments.storyTerm(storyOf(reader, articleDoc));
    List<Integer> copies = new ArrayList<>(0);
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.STORY);
      if (terms == null) {
        continue;
      }
      TermsEnum term = terms.iterator();
      if (!term.seekExact(story)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      postings = term.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int copy = leaf.docBase + doc;
        if (copy != articleDoc && (live == null || live.get(doc))) {
          copies.add(copy);
        }
      }
    }
    return copies;
  }

  /** Whether the block of article document {@code articleDoc} has a quote with this key. */
  private static boolean holdsQuote(IndexReader reader, int articleDoc, long quote)
      throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(articleDoc, reader.leaves()));
    NumericDocValues quotes = DocValues.getNumeric(leaf.reader(), Schema.QUOTE_STORY);
    // A block's quote documents follow its article's; the next article has no quote key.
    for (int doc = articleDoc - leaf.docBase + 1;
        doc < leaf.reader().maxDoc() && quotes.advanceExact(doc);
        doc++) {
      if (quotes.longValue() == quote) {
        return true;
      }
    }
    return false;
  }
}
