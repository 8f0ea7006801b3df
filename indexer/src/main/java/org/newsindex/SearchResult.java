package org.newsindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One page of ranked articles for a {@link SearchRequest}.
 *
 * @param query      the query as asked
 * @param total      how many articles match in all
 * @param tookMillis time spent searching and highlighting, in milliseconds
 * @param hits       the requested page of matching articles, in the requested order
 * @param facets     counts of facet values over all matching articles
 * @param next       a cursor for the page after this one, or {@code null} on the last page
 * @param didYouMean a respelling of the query that finds more, when this one found few or none;
 *                   otherwise {@code null}
 */
public record SearchResult(
    String query,
    long total,
    long tookMillis,
    List<Hit> hits,
    Facets facets,
    String next,
    Suggestion didYouMean) {

  public SearchResult {
    Objects.requireNonNull(query, "query");
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }

  /** The same result, reporting another time taken (a result served again from a cache). */
  public SearchResult withTookMillis(long tookMillis) {
    return new SearchResult(query, total, tookMillis, hits, facets, next, didYouMean);
  }

  /**
   * A respelled query and how many articles it finds.
   *
   * @param query the query with its misspelt words replaced by words the index holds
   * @param total how many articles it matches, with the same filters
   */
  public record Suggestion(String query, long total) {

    public Suggestion {
      Objects.requireNonNull(query, "query");
    }
  }

  /**
   * The most frequent facet values among the matching articles, most frequent first. A facet's
   * counts ignore that facet's own filter, so that its other values stay visible and selectable.
   *
   * @param speakers the people quoted in the most matching articles, ten at most
   * @param sources  the publications of the most matching articles, ten at most
   * @param years    the years of the matching articles, most matching articles first
   */
  public record Facets(List<FacetCount> speakers, List<FacetCount> sources, List<FacetCount> years) {

    /** Facets with no values, for an index in which no article has any. */
    public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

    public Facets {
      speakers = List.copyOf(speakers);
      sources = List.copyOf(sources);
      years = List.copyOf(years);
    }
  }

  /**
   * One matching article with its highlighted text.
   *
   * <p>{@code headlineHtml} and {@code snippets} are HTML: the article text is escaped and only
   * {@code <mark>} elements, wrapping each match (a matched phrase as one element), are markup.
   *
   * @param id           the article id
   * @param headline     the headline as plain text
   * @param headlineHtml the headline as HTML with matches marked
   * @param date         the publication date, or {@code null} when unknown
   * @param source       the publication, or {@code null} when unknown
   * @param speakers     the people the article quotes
   * @param score        the relevance score (BM25); comparable only within one result
   * @param snippets     up to three passages of the body, best first, as HTML
   * @param duplicates   how many other articles in the index tell the same story (exact or near
   *                     copies); with collapsing on, this hit stands for them
   */
  public record Hit(
      String id,
      String headline,
      String headlineHtml,
      LocalDate date,
      String source,
      List<String> speakers,
      float score,
      List<String> snippets,
      int duplicates) {

    public Hit {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(headline, "headline");
      Objects.requireNonNull(headlineHtml, "headlineHtml");
      speakers = List.copyOf(speakers);
      snippets = List.copyOf(snippets);
    }
  }
}
