package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;

/**
 * Runs one quote search: quotes ranked by their words, or, for a speaker alone, most recent first.
 */
public final class QuoteSearch {

  /** Newest first; quotes of undated articles last. */
  private static final Sort NEWEST_FIRST = newestFirst();

  private final IndexSearcher searcher;
  private final QuoteSearchRequest request;
  private final Query text;

  QuoteSearch(IndexSearcher searcher, QuoteSearchRequest request) {
    this.searcher = searcher;
    this.request = request;
    this.text = WordForms.toIndexTerms(UserQueryParser.quoteWords(request));
  }

  QuoteSearchResult run() throws IOException {
    long started = System.nanoTime();
    BooleanQuery.Builder wordsAndSpeaker = new BooleanQuery.Builder();
    if (request.query() != null) {
      wordsAndSpeaker.add(text, BooleanClause.Occur.MUST);
    }
    if (request.speaker() != null) {
      wordsAndSpeaker.add(
          new TermQuery(new Term(Schema.QUOTE_SPEAKER, request.speaker())),
          BooleanClause.Occur.FILTER);
    }
    Query quotes = Schema.ofKind(Schema.QUOTE, wordsAndSpeaker.build());
    int window = request.from() + request.size();
    TopDocs top =
        request.query() == null
            ? searcher.search(
                quotes, new TopFieldCollectorManager(NEWEST_FIRST, window, Integer.MAX_VALUE))
            : searcher.search(
                quotes, new TopScoreDocCollectorManager(window, Integer.MAX_VALUE));
    ScoreDoc[] page = Page.of(top, request.from());
    List<QuoteSearchResult.Hit> hits = hits(page);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;
    return new QuoteSearchResult(top.totalHits.value(), tookMillis, hits);
  }

  private List<QuoteSearchResult.Hit> hits(ScoreDoc[] page) throws IOException {
    int[] docIds = Page.docIds(page);
    IndexedMatches matches = new IndexedMatches(searcher, text);
    StoredFields stored = searcher.storedFields();
    List<QuoteSearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int docId : docIds) {
      Document quote = stored.document(docId, Schema.quoteFields());
      Document article =
          stored.document(Schema.articleDocOfQuote(docId, quote), Schema.quotedArticleFields());
      String text = Schema.quote(quote, List.of(article.getValues(Schema.PARAGRAPHS))).text();
      hits.add(
          new QuoteSearchResult.Hit(
              article.get(Schema.ID),
              article.get(Schema.HEADLINE),
              Schema.date(article),
              quote.get(Schema.QUOTE_SPEAKER),
              text,
              HitHighlighter.highlightQuote(matches.of(docId), text)));
    }
    return hits;
  }

  private static Sort newestFirst() {
    SortField date = LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }
}
