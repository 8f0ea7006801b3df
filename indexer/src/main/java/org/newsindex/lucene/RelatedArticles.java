package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newsindex.RelatedArticle;
import org.newsindex.SortOrder;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.newsindex.search.WordForms;

/**
 * Finds the articles most like one article: Lucene's {@link MoreLikeThis} picks the article's most
 * telling terms (frequent in it, rare in the index) and searches for them. Never the article's own
 * copies, and each other story once.
 */
final class RelatedArticles {

  private static final String[] FIELDS = {Schema.HEADLINE, Schema.PARAGRAPHS};

  private RelatedArticles() {}

  /** Up to {@code size} articles like the article with document id {@code docId}, best first. */
  static List<RelatedArticle> like(IndexSearcher searcher, int docId, String articleId, int size)
      throws IOException {
    MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
    moreLikeThis.setAnalyzer(Schema.queryAnalyzer());
    moreLikeThis.setFieldNames(FIELDS);
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(2);
    moreLikeThis.setMaxQueryTerms(SearchRules.RELATED_QUERY_TERMS);
    Query query =
        new BooleanQuery.Builder()
            .add(
                ArticleDocuments.ofKind(Schema.ARTICLE, WordForms.toIndexTerms(moreLikeThis.like(docId))),
                BooleanClause.Occur.MUST)
            .add(new TermQuery(ArticleDocuments.blockTerm(articleId)), BooleanClause.Occur.MUST_NOT)
            .add(
                ArticleDocuments.story(StoryHits.storyOf(searcher.getIndexReader(), docId)),
                BooleanClause.Occur.MUST_NOT)
            .build();
    StoredFields stored = searcher.storedFields();
    List<RelatedArticle> related = new ArrayList<>(size);
    TopDocs top = searcher.search(query, new TopStories(Schema.STORY, SortOrder.RELEVANCE, size));
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, ArticleDocuments.hitFields());
      related.add(
          new RelatedArticle(
              doc.get(Schema.ID), doc.get(Schema.HEADLINE), ArticleDocuments.date(doc), hit.score));
    }
    return related;
  }
}
