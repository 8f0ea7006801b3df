package org.newsindex;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The order of search results. Articles without a date come last in both date orders. */
public enum SortOrder {
  /** Best match first (BM25). */
  RELEVANCE,
  /** Most recent first. */
  NEWEST,
  /** Oldest first. */
  OLDEST;

  /**
   * The order named by {@code text}, ignoring case ({@code newest}).
   *
   * @throws InvalidQueryException when no order has that name; the message lists the names
   */
  public static SortOrder parse(String text) {
    Objects.requireNonNull(text, "text");
    for (SortOrder order : values()) {
      if (order.name().equalsIgnoreCase(text.strip())) {
        return order;
      }
    }
    throw new InvalidQueryException(
        "sort must be one of " + names() + ", was '" + text + "'");
  }

  /** The lower-case name used in URLs. */
  public String urlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String names() {
    return Arrays.stream(values()).map(SortOrder::urlName).collect(Collectors.joining(", "));
  }
}
