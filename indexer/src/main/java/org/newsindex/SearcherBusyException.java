package org.newsindex;

import java.io.IOException;
import java.time.Duration;

/**
 * A search waited its whole timeout for a turn and did not run: the searcher is answering as many
 * searches as it has cores, and more keep coming. Nothing is wrong with the query; try it again.
 */
public final class SearcherBusyException extends IOException {

  /** Creates the exception for a search that waited {@code waited} without a turn. */
  public SearcherBusyException(Duration waited) {
    super("the searcher is busy: no turn to search came within " + waited.toMillis()
        + " ms; try again");
  }
}
