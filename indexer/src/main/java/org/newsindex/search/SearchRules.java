package org.newsindex.search;

import java.time.Duration;

/**
 * The fixed numbers both backends answer by, so that the same request gets the same shape of
 * answer from a local index and from OpenSearch.
 */
public final class SearchRules {

  /** How many values of the speaker and source facets a result lists. */
  public static final int FACET_VALUES = 10;

  /** Years are few; list them all. */
  public static final int YEAR_VALUES = 200;

  /** How many terms make a related-articles query: enough to be specific, few to stay fast. */
  public static final int RELATED_QUERY_TERMS = 25;

  /** How often to look for a new commit: "within about a second" of the indexer's commit. */
  public static final Duration REFRESH_INTERVAL = Duration.ofMillis(500);

  private SearchRules() {}
}
