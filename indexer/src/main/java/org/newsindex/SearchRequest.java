package org.newsindex;

import java.util.List;
import java.util.Objects;

/**
 * What to search for, how to filter it, and which page of the ranked results to return.
 *
 * <p>The query syntax: words must all match (stemmed, case-insensitive); {@code "a phrase"} matches
 * those words in that order within one paragraph or the headline; {@code -word} excludes; {@code OR}
 * (or {@code |}) between terms widens; parentheses group. Malformed syntax is read leniently.
 *
 * @param query    the user's query text, not blank and at most 1,000 characters
 * @param speakers keep only articles quoting one of these people (canonical names); empty keeps all
 * @param from     how many ranked hits to skip, at least 0
 * @param size     how many hits to return, 1 to 100; {@code from + size} at most 10,000
 * @throws InvalidQueryException when a value is out of bounds; the message says which and why
 */
public record SearchRequest(String query, List<String> speakers, int from, int size) {

  public SearchRequest {
    Limits.checkQuery(query);
    speakers = List.copyOf(speakers);
    Limits.checkPage(from, size);
  }

  /** The first page of results for a query, unfiltered, ten hits long. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** Starts a request for a query; filters and paging default to none and the first ten hits. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Collects the optional parts of a {@link SearchRequest}. */
  public static final class Builder {
    private final String query;
    private List<String> speakers = List.of();
    private int from = 0;
    private int size = Limits.DEFAULT_SIZE;

    private Builder(String query) {
      this.query = query;
    }

    /** Keeps only articles that quote one of these people. */
    public Builder speakers(List<String> speakers) {
      this.speakers = Objects.requireNonNull(speakers, "speakers");
      return this;
    }

    /** Skips this many ranked hits. */
    public Builder from(int from) {
      this.from = from;
      return this;
    }

    /** Returns this many hits at most. */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /**
     * The request.
     *
     * @throws InvalidQueryException when a value is out of bounds
     */
    public SearchRequest build() {
      return new SearchRequest(query, speakers, from, size);
    }
  }
}
