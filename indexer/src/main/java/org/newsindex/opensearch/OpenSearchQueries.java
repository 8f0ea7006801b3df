package org.newsindex.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.newsindex.search.Schema;
import org.newsindex.search.UserQueryParser;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SpanQuery;

/**
 * Builds OpenSearch queries: the user's query translated from the Lucene query that {@link
 * UserQueryParser} makes of it, and the filters and sort orders of a search.
 *
 * <p>Translating the parsed query, rather than handing the text to OpenSearch's own parser, keeps
 * one reading of the query language for both backends: the same operators, the same analysed terms
 * (the index analyses text into the same terms, see {@link OpenSearchSchema}), the same field
 * weights, prefixes of at least two characters, and the same clause limit. A boolean query of
 * exclusions only matches nothing, as in Lucene, where OpenSearch would match everything else (the
 * parser itself pairs a lone {@code -word} with match-all, so that it finds every other article).
 */
final class OpenSearchQueries {

  /** Where documents without the sort field go. */
  private static final FieldValue LAST = FieldValue.of("_last");

  private OpenSearchQueries() {}

  /**
   * The OpenSearch query that matches what a parsed user query matches.
   *
   * @throws IllegalArgumentException for a kind of query the parser never makes
   */
  static Query translate(org.apache.lucene.search.Query query) {
    return translate(query, 1f);
  }

  /** Matches the documents of one kind, {@link Schema#ARTICLE} or {@link Schema#QUOTE}. */
  static Query kind(String kind) {
    return term(Schema.KIND, kind);
  }

  /** Matches documents whose keyword field has this value. */
  static Query term(String field, String value) {
    return term(field, FieldValue.of(value));
  }

  /** Matches documents whose number field has this value. */
  static Query term(String field, long value) {
    return term(field, FieldValue.of(value));
  }

  /** Matches the articles of one story. */
  static Query story(long story) {
    return term(Schema.STORY, story);
  }

  /** Matches documents whose keyword field has any of these values. */
  static Query anyOf(String field, Collection<String> values) {
    return anyValue(field, values.stream().map(FieldValue::of).toList());
  }

  /** Matches documents whose number field has any of these values. */
  static Query anyNumberOf(String field, Collection<Long> values) {
    return anyValue(field, values.stream().map(FieldValue::of).toList());
  }

  private static Query term(String field, FieldValue value) {
    return Query.of(q -> q.term(t -> t.field(field).value(value)));
  }

  private static Query anyValue(String field, List<FieldValue> values) {
    return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
  }

  /** Matches documents dated between two days, inclusive; either may be {@code null}. */
  static Query dateRange(LocalDate from, LocalDate to) {
    return Query.of(
        q ->
            q.range(
                r -> {
                  r.field(Schema.DATE);
                  if (from != null) {
                    r.gte(JsonData.of(from.toString()));
                  }
                  if (to != null) {
                    r.lte(JsonData.of(to.toString()));
                  }
                  return r;
                }));
  }

  /** Matches documents that match every one of these queries; all when there are none. */
  static Query allOf(List<Query> filters) {
    if (filters.isEmpty()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    return filters.size() == 1 ? filters.get(0) : Query.of(q -> q.bool(b -> b.filter(filters)));
  }

  /** Best match first. */
  static SortOptions byScore() {
    return SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
  }

  /** By date, newest or oldest first; undated documents last either way, as locally. */
  static SortOptions byDate(boolean newestFirst) {
    SortOrder order = newestFirst ? SortOrder.Desc : SortOrder.Asc;
    return SortOptions.of(o -> o.field(f -> f.field(Schema.DATE).order(order).missing(LAST)));
  }

  /** By a keyword or numeric field, lowest first: a tie-breaker. */
  static SortOptions byField(String field) {
    return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc)));
  }

  private static Query translate(org.apache.lucene.search.Query query, float boost) {
    return switch (query) {
      case BoostQuery boosted -> translate(boosted.getQuery(), boost * boosted.getBoost());
      case BooleanQuery bool -> bool(bool, boost);
      case TermQuery term -> term(term.getTerm(), boost);
      case PhraseQuery phrase -> phrase(phrase, boost);
      case PrefixQuery prefix -> prefix(prefix.getPrefix(), boost);
      case SynonymQuery synonyms -> synonyms(synonyms, boost);
      case MatchNoDocsQuery none -> Query.of(q -> q.matchNone(m -> m));
      case MatchAllDocsQuery all -> Query.of(q -> q.matchAll(m -> m.boost(weight(boost))));
      default ->
          throw new IllegalArgumentException(
              "no OpenSearch form for " + query.getClass().getSimpleName() + ": " + query);
    };
  }

  private static Query bool(BooleanQuery bool, float boost) {
    BoolQuery.Builder builder = new BoolQuery.Builder();
    boolean positive = false;
    for (BooleanClause clause : bool.clauses()) {
      Query translated = translate(clause.query());
      switch (clause.occur()) {
        case MUST -> builder.must(translated);
        case SHOULD -> builder.should(translated);
        case FILTER -> builder.filter(translated);
        case MUST_NOT -> builder.mustNot(translated);
      }
      positive |= clause.occur() != BooleanClause.Occur.MUST_NOT;
    }
    if (!positive) {
      // Lucene's purely negative query matches nothing; OpenSearch's would match all the rest.
      return Query.of(q -> q.matchNone(m -> m));
    }
    if (bool.getMinimumNumberShouldMatch() > 0) {
      builder.minimumShouldMatch(String.valueOf(bool.getMinimumNumberShouldMatch()));
    }
    builder.boost(weight(boost));
    return Query.of(q -> q.bool(builder.build()));
  }

  private static Query term(Term term, float boost) {
    FieldValue value = FieldValue.of(term.text());
    return Query.of(q -> q.term(t -> t.field(term.field()).value(value).boost(weight(boost))));
  }

  /** The prefix is already normalised (lower case, folded) as the parser does for the field. */
  private static Query prefix(Term prefix, float boost) {
    return Query.of(
        q -> q.prefix(p -> p.field(prefix.field()).value(prefix.text()).boost(weight(boost))));
  }

  /**
   * A phrase of analysed terms as spans in order: exactly the positions Lucene's phrase matches,
   * with no second analysis of the words. A gap the analyzer left between two terms widens the slop
   * by as much.
   */
  private static Query phrase(PhraseQuery phrase, float boost) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    if (terms.length == 0) {
      return Query.of(q -> q.matchNone(m -> m));
    }
    if (terms.length == 1) {
      return term(terms[0], boost);
    }
    List<SpanQuery> clauses = new ArrayList<>(terms.length);
    for (Term term : terms) {
      clauses.add(
          SpanQuery.of(s -> s.spanTerm(t -> t.field(term.field()).value(term.text()))));
    }
    int gaps = positions[positions.length - 1] - positions[0] - (terms.length - 1);
    int slop = phrase.getSlop() + gaps;
    return Query.of(
        q -> q.spanNear(n -> n.clauses(clauses).slop(slop).inOrder(true).boost(weight(boost))));
  }

  /** A boost as the client takes it: none at all for the neutral 1, to keep requests short. */
  private static Float weight(float boost) {
    return boost == 1f ? null : boost;
  }

  /** Terms at one position, any of which may match: the closest OpenSearch has is a should. */
  private static Query synonyms(SynonymQuery synonyms, float boost) {
    List<Query> any = synonyms.getTerms().stream().map(term -> term(term, 1f)).toList();
    return Query.of(q -> q.bool(b -> b.should(any).boost(weight(boost))));
  }
}
