package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.newsindex.search.WordForms;

/** Which queries need the kind filter: those that may match through a field other kinds carry. */
class ArticleDocumentsOfKindTest {

  private static final Query BODY_WORD = new TermQuery(new Term(Schema.PARAGRAPHS, "bank"));
  private static final Query HEADLINE_WORD = new TermQuery(new Term(Schema.HEADLINE, "bank"));
  private static final Query DATE_WORD = new TermQuery(new Term(Schema.DATE_TEXT, "2005"));
  private static final Query QUOTE_WORD = new TermQuery(new Term(Schema.QUOTE_TEXT, "bank"));

  @Test
  void aQueryOnlyThroughTheKindsOwnFieldsNeedsNoFilter() {
    for (Query query :
        new Query[] {
          BODY_WORD,
          new BoostQuery(HEADLINE_WORD, 2f),
          new PhraseQuery(Schema.PARAGRAPHS, "interest", "rates"),
          new PrefixQuery(new Term(Schema.HEADLINE, "ban")),
          WordForms.toIndexTerms(UserQueryParser.parse("bank -loans", Schema.ARTICLE_FIELDS)),
          WordForms.toIndexTerms(
              UserQueryParser.parse("\"interest rates\" | bank", Schema.ARTICLE_FIELDS)),
          all(Occur.MUST, BODY_WORD, DATE_WORD),
          all(Occur.SHOULD, BODY_WORD, HEADLINE_WORD)
        }) {
      assertThat(ArticleDocuments.ofKind(Schema.ARTICLE, query))
          .as(query.toString())
          .isSameAs(query);
    }
  }

  @Test
  void aQueryThatMayMatchOtherKindsIsFiltered() {
    for (Query query :
        new Query[] {
          QUOTE_WORD,
          DATE_WORD,
          new MatchAllDocsQuery(),
          all(Occur.SHOULD, BODY_WORD, DATE_WORD),
          all(Occur.MUST_NOT, BODY_WORD),
          new BooleanQuery.Builder()
              .add(DATE_WORD, Occur.MUST)
              .add(BODY_WORD, Occur.SHOULD)
              .build()
        }) {
      assertThat(ArticleDocuments.ofKind(Schema.ARTICLE, query))
          .as(query.toString())
          .isEqualTo(
              new BooleanQuery.Builder()
                  .add(query, Occur.MUST)
                  .add(ArticleDocuments.kind(Schema.ARTICLE), Occur.FILTER)
                  .build());
    }
  }

  @Test
  void eachKindHasItsOwnFields() {
    assertThat(ArticleDocuments.ofKind(Schema.QUOTE, QUOTE_WORD)).isSameAs(QUOTE_WORD);
    assertThat(ArticleDocuments.ofKind(Schema.QUOTE, BODY_WORD)).isNotSameAs(BODY_WORD);
  }

  private static Query all(Occur occur, Query... clauses) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Query clause : clauses) {
      query.add(clause, occur);
    }
    return query.build();
  }
}
