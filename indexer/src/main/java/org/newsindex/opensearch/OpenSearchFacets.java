package org.newsindex.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsindex.FacetCount;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.search.Schema;
import org.newsindex.search.SearchRules;
import org.newsindex.search.SpeakerNames;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The facets of one article search in OpenSearch, counted sideways as the local {@link
 * ArticleSearch} counts them: the selected values filter the hits through a {@code post_filter},
 * and each dimension is counted by a terms aggregation under a filter of every other dimension's
 * selection, so that its own selection does not hide its other values.
 */
final class OpenSearchFacets {

  /** The terms aggregation inside each dimension's filter aggregation. */
  private static final String VALUES = "values";

  /**
   * One facet dimension.
   *
   * @param name          the aggregation's name, the local facet dimension's name
   * @param field         the keyword field counted
   * @param selectedField the keyword field that the selected values filter on
   * @param selected      the values the request keeps, any of them, as {@code selectedField}
   *                      holds them; empty keeps all
   * @param size          how many values to list
   */
  private record Dimension(
      String name, String field, String selectedField, List<String> selected, int size) {

    Optional<Query> selection() {
      return selected.isEmpty()
          ? Optional.empty()
          : Optional.of(OpenSearchQueries.anyOf(selectedField, selected));
    }
  }

  private final List<Dimension> dimensions;

  private OpenSearchFacets(List<Dimension> dimensions) {
    this.dimensions = dimensions;
  }

  /** The facets of a request: speakers, sources and years, with the values it selects. */
  static OpenSearchFacets of(SearchRequest request) {
    return new OpenSearchFacets(
        List.of(
            new Dimension(
                Schema.SPEAKERS_FACET,
                Schema.SPEAKERS,
                Schema.SPEAKERS_KEY,
                request.speakers().stream().map(SpeakerNames::key).toList(),
                SearchRules.FACET_VALUES),
            new Dimension(
                Schema.SOURCE_FACET,
                Schema.SOURCE,
                Schema.SOURCE,
                request.sources(),
                SearchRules.FACET_VALUES),
            new Dimension(
                Schema.YEAR_FACET,
                OpenSearchSchema.YEAR,
                OpenSearchSchema.YEAR,
                request.years().stream().map(String::valueOf).toList(),
                SearchRules.YEAR_VALUES)));
  }

  /** Every dimension's selection as one filter, or empty when the request selects nothing. */
  Optional<Query> selection() {
    List<Query> filters = selectionsExcept(null);
    return filters.isEmpty() ? Optional.empty() : Optional.of(OpenSearchQueries.allOf(filters));
  }

  /** One filtered terms aggregation per dimension, named after it. */
  Map<String, Aggregation> aggregations() {
    Map<String, Aggregation> aggregations = new LinkedHashMap<>();
    for (Dimension dimension : dimensions) {
      Query others = OpenSearchQueries.allOf(selectionsExcept(dimension));
      aggregations.put(
          dimension.name(),
          Aggregation.of(
              a ->
                  a.filter(others)
                      .aggregations(
                          VALUES,
                          v -> v.terms(t -> t.field(dimension.field()).size(dimension.size())))));
    }
    return aggregations;
  }

  /** The counts the {@link #aggregations()} came back with, most frequent value first. */
  SearchResult.Facets read(Map<String, Aggregate> aggregations) {
    return new SearchResult.Facets(
        counts(aggregations, dimensions.get(0)),
        counts(aggregations, dimensions.get(1)),
        counts(aggregations, dimensions.get(2)));
  }

  private List<Query> selectionsExcept(Dimension excluded) {
    List<Query> filters = new ArrayList<>();
    for (Dimension dimension : dimensions) {
      if (dimension != excluded) {
        dimension.selection().ifPresent(filters::add);
      }
    }
    return filters;
  }

  private static List<FacetCount> counts(Map<String, Aggregate> aggregations, Dimension dimension) {
    Aggregate values = aggregations.get(dimension.name()).filter().aggregations().get(VALUES);
    List<FacetCount> counts = new ArrayList<>();
    for (StringTermsBucket bucket : values.sterms().buckets().array()) {
      counts.add(new FacetCount(bucket.key(), bucket.docCount()));
    }
    return counts;
  }
}
