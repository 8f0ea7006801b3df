package org.newsindex.highlight;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * What an article opened from a search marks: every word and phrase of the query that the article
 * holds, whether or not the article matches the whole query. An article reached by a link ("more
 * like this") need not match it: {@code blair -brown} still marks Blair in an article that also
 * names Brown, and {@code blair budget} marks Blair where the budget is not mentioned.
 */
public final class MarkedParts {

  private MarkedParts() {}

  /** The query with every clause optional and excluded clauses dropped. */
  public static Query of(Query query) {
    return switch (query) {
      case BooleanQuery bool -> {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) {
          if (!clause.isProhibited()) {
            any.add(of(clause.query()), BooleanClause.Occur.SHOULD);
          }
        }
        yield any.build();
      }
      case BoostQuery boost -> new BoostQuery(of(boost.getQuery()), boost.getBoost());
      default -> query;
    };
  }
}
