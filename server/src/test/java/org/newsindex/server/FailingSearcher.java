package org.newsindex.server;

import java.lang.reflect.Proxy;
import org.newsindex.NewsSearcher;

/** A {@link NewsSearcher} every method of which fails, as one over a corrupt or lost index would. */
final class FailingSearcher {

  private FailingSearcher() {}

  /** A searcher whose every call throws {@code failure}. */
  static NewsSearcher throwing(Exception failure) {
    return (NewsSearcher)
        Proxy.newProxyInstance(
            NewsSearcher.class.getClassLoader(),
            new Class<?>[] {NewsSearcher.class},
            (proxy, method, args) -> {
              throw failure;
            });
  }
}
