package org.newsindex;

import java.util.Objects;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value the value, such as a speaker's name
 * @param count how many of the matching articles have it
 */
public record FacetCount(String value, long count) {

  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
