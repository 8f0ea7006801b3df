package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
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

  /** How many other articles tell the story of article document {@code doc}. */
  static int duplicates(IndexSearcher searcher, int doc) throws IOException {
    long story = storyOf(searcher.getIndexReader(), doc);
    return Math.max(0, searcher.count(ArticleDocuments.story(story)) - 1);
  }

  /** The ids of the other articles that tell the story of article document {@code doc}. */
  static List<String> duplicateIds(IndexSearcher searcher, int doc) throws IOException {
    long story = storyOf(searcher.getIndexReader(), doc);
    StoredFields stored = searcher.storedFields();
    Query copies = ArticleDocuments.story(story);
    int count = searcher.count(copies);
    List<String> ids = new ArrayList<>(count);
    for (ScoreDoc copy : searcher.search(copies, Math.max(1, count), Sort.INDEXORDER).scoreDocs) {
      if (copy.doc != doc) {
        ids.add(stored.document(copy.doc, ID).get(Schema.ID));
      }
    }
    return ids;
  }

  /**
   * The ids of the other articles that hold the quote of quote document {@code doc} in a copy of
   * its story, in the order they were indexed.
   */
  static List<String> alsoIn(IndexSearcher searcher, int doc, String articleId) throws IOException {
    long key = keyOf(searcher.getIndexReader(), doc, Schema.QUOTE_STORY);
    Query copies = LongField.newExactQuery(Schema.QUOTE_STORY, key);
    int count = searcher.count(copies);
    if (count <= 1) {
      return List.of();
    }
    StoredFields stored = searcher.storedFields();
    Set<String> ids = new LinkedHashSet<>();
    for (ScoreDoc copy : searcher.search(copies, count, Sort.INDEXORDER).scoreDocs) {
      Document quote = stored.document(copy.doc, ArticleDocuments.quoteFields());
      int article = ArticleDocuments.articleDocOfQuote(copy.doc, quote);
      ids.add(stored.document(article, ID).get(Schema.ID));
    }
    ids.remove(articleId);
    return List.copyOf(ids);
  }
}
