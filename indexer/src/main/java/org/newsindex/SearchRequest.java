package org.newsindex;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to search for, how to filter and order it, and which page of the results to return.
 *
 * <p>The query syntax: words must all match (stemmed, case-insensitive); {@code "a phrase"} matches
 * those words in that order within one paragraph or the headline; {@code -word} excludes; {@code OR}
 * (or {@code |}) between terms widens; parentheses group. Malformed syntax is read leniently.
 *
 * <p>Within one filter several values are alternatives (any of these speakers); different filters
 * must all hold.
 *
 * @param query    the user's query text, not blank and at most {@link Limits#MAX_QUERY_LENGTH}
 *                 characters
 * @param speakers keep only articles quoting one of these people (names as listed, case and
 *                 accents ignored); empty keeps all. Blank names are dropped, as a blank
 *                 speaker of a {@link QuoteSearchRequest} is: a form's empty field asks for no
 *                 filter
 * @param sources  keep only articles from one of these publications; empty keeps all. Blank
 *                 names are dropped
 * @param years    keep only articles published in one of these years; empty keeps all
 * @param dateFrom keep only articles published on or after this day, or {@code null}
 * @param dateTo   keep only articles published on or before this day, or {@code null}
 * @param sort     the order of the results
 * @param from     how many hits to skip, at least 0; must be 0 with a cursor
 * @param size     how many hits to return, 1 to {@link Limits#MAX_SIZE}; {@code from + size} at
 *                 most {@link Limits#MAX_WINDOW}
 * @param cursor   the {@link SearchResult#next()} of the previous page, to continue after it at any
 *                 depth, or {@code null} for the first page
 * @param collapse whether copies of one story (exact and near duplicates) collapse into the best
 *                 of them, which then counts the others in {@link SearchResult.Hit#duplicates()};
 *                 {@code false} lists every copy. Either way {@code total} and the facets count
 *                 articles, copies included, as Elasticsearch's field collapsing does
 * @throws InvalidQueryException when a value is out of bounds; the message says which and why
 */
public record SearchRequest(
    String query,
    List<String> speakers,
    List<String> sources,
    List<Integer> years,
    LocalDate dateFrom,
    LocalDate dateTo,
    SortOrder sort,
    int from,
    int size,
    String cursor,
    boolean collapse) {

  public SearchRequest {
    Limits.checkQuery(query);
    speakers = withoutBlanks(speakers);
    sources = withoutBlanks(sources);
    if (years.stream().anyMatch(Objects::isNull)) {
      throw new NullPointerException("years must not hold null");
    }
    years = List.copyOf(years);
    Objects.requireNonNull(sort, "sort");
    if (dateFrom != null && dateTo != null && dateFrom.isAfter(dateTo)) {
      throw new InvalidQueryException(
          "date_from " + dateFrom + " is after date_to " + dateTo);
    }
    Limits.checkPage(from, size);
    if (cursor != null && from != 0) {
      throw new InvalidQueryException("give either from or cursor, not both");
    }
  }

  private static List<String> withoutBlanks(List<String> names) {
    if (names.stream().anyMatch(Objects::isNull)) {
      throw new NullPointerException("names of speakers and sources must not be null");
    }
    return names.stream().filter(name -> !name.isBlank()).toList();
  }

  /** The first page of results for a query, unfiltered, by relevance, ten hits long. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** Starts a request for a query; filters default to none, order to relevance, page to the first. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Collects the optional parts of a {@link SearchRequest}. */
  public static final class Builder {
    private final String query;
    private List<String> speakers = List.of();
    private List<String> sources = List.of();
    private List<Integer> years = List.of();
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int from = 0;
    private int size = Limits.DEFAULT_SIZE;
    private String cursor;
    private boolean collapse = true;

    private Builder(String query) {
      this.query = query;
    }

    /** Keeps only articles that quote one of these people. */
    public Builder speakers(List<String> speakers) {
      this.speakers = Objects.requireNonNull(speakers, "speakers");
      return this;
    }

    /** Keeps only articles from one of these publications. */
    public Builder sources(List<String> sources) {
      this.sources = Objects.requireNonNull(sources, "sources");
      return this;
    }

    /** Keeps only articles published in one of these years. */
    public Builder years(List<Integer> years) {
      this.years = Objects.requireNonNull(years, "years");
      return this;
    }

    /** Keeps only articles published between these days, inclusive; either may be null. */
    public Builder dates(LocalDate from, LocalDate to) {
      this.dateFrom = from;
      this.dateTo = to;
      return this;
    }

    /** Orders the results. */
    public Builder sort(SortOrder sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** Skips this many hits. */
    public Builder from(int from) {
      this.from = from;
      return this;
    }

    /** Returns this many hits at most. */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** Continues after the page that returned this cursor; {@code null} starts at the top. */
    public Builder cursor(String cursor) {
      this.cursor = cursor == null || cursor.isBlank() ? null : cursor;
      return this;
    }

    /** Lists every copy of a story ({@code false}) or only the best of them (the default). */
    public Builder collapse(boolean collapse) {
      this.collapse = collapse;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidQueryException when a value is out of bounds
     */
    public SearchRequest build() {
      return new SearchRequest(
          query, speakers, sources, years, dateFrom, dateTo, sort, from, size, cursor, collapse);
    }
  }
}
