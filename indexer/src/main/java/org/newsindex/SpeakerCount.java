package org.newsindex;

import java.util.Objects;

/**
 * A person quoted in the index, with how much they are quoted.
 *
 * @param name     the canonical name
 * @param articles how many articles quote or report them
 * @param quotes   how many direct quotations are theirs
 */
public record SpeakerCount(String name, long articles, long quotes) {

  public SpeakerCount {
    Objects.requireNonNull(name, "name");
  }
}
