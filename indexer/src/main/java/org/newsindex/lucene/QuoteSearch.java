package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.newsindex.Quote;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import org.newsindex.SortOrder;
import org.newsindex.highlight.HitHighlighter;
import org.newsindex.highlight.TextMatches;
import org.newsindex.search.PagedQuoteSearch;
import org.newsindex.search.Schema;
import org.newsindex.search.SpeakerNames;

/**
 * One quote search over the local index ({@link PagedQuoteSearch}): quotes ranked by their words,
 * or, for a speaker alone, most recent first; the same quote in copies of one story is one hit
 * unless the request asks for every copy.
 */
final class QuoteSearch extends PagedQuoteSearch<ScoreDoc> {

  /** Newest first; quotes of undated articles last. */
  private static final Sort NEWEST_FIRST = newestFirst();

  private final IndexSearcher searcher;

  QuoteSearch(IndexSearcher searcher, QuoteSearchRequest request) {
    super(request);
    this.searcher = searcher;
  }

  @Override
  protected Found<ScoreDoc> find(Query words, Query indexTerms) throws IOException {
    BooleanQuery.Builder wordsAndSpeaker = new BooleanQuery.Builder();
    if (request.query() != null) {
      wordsAndSpeaker.add(indexTerms, BooleanClause.Occur.MUST);
    }
    if (request.speaker() != null) {
      wordsAndSpeaker.add(
          new TermQuery(new Term(Schema.QUOTE_SPEAKER_KEY, SpeakerNames.key(request.speaker()))),
          BooleanClause.Occur.FILTER);
    }
    Query quotes = ArticleDocuments.ofKind(Schema.QUOTE, wordsAndSpeaker.build());
    int window = request.from() + request.size();
    SortOrder order = request.query() == null ? SortOrder.NEWEST : SortOrder.RELEVANCE;
    TopDocs top =
        request.collapse()
            ? searcher.search(quotes, new TopStories(Schema.QUOTE_STORY, order, window))
            : order == SortOrder.NEWEST
                ? searcher.search(
                    quotes, new TopFieldCollectorManager(NEWEST_FIRST, window, Integer.MAX_VALUE))
                : searcher.search(
                    quotes, new TopScoreDocCollectorManager(window, Integer.MAX_VALUE));
    return new Found<>(Arrays.asList(Page.of(top, request.from())), top.totalHits.value());
  }

  @Override
  protected List<QuoteSearchResult.Hit> hits(Query indexTerms, List<ScoreDoc> page)
      throws IOException {
    List<? extends TextMatches> matches =
        new IndexedMatches(searcher, indexTerms)
            .of(page.stream().mapToInt(hit -> hit.doc).toArray());
    StoredFields stored = searcher.storedFields();
    List<QuoteSearchResult.Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      int docId = page.get(i).doc;
      int number = ArticleDocuments.quoteNumber(searcher.getIndexReader(), docId);
      int articleDoc = ArticleDocuments.articleDocOfQuote(docId, number);
      Document article = stored.document(articleDoc, ArticleDocuments.quotedArticleFields());
      Quote quote = ArticleDocuments.quotes(article).get(number);
      hits.add(
          new QuoteSearchResult.Hit(
              article.get(Schema.ID),
              article.get(Schema.HEADLINE),
              ArticleDocuments.date(article),
              quote.speaker(),
              quote.text(),
              HitHighlighter.highlightQuote(matches.get(i), quote.text()),
              StoryHits.alsoIn(searcher, docId, articleDoc)));
    }
    return hits;
  }

  private static Sort newestFirst() {
    SortField date = LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }
}
