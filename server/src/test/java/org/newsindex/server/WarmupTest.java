package org.newsindex.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.SpeakerCount;
import org.newsindex.lucene.LuceneNewsSearcher;
import org.newsindex.lucene.NewsIndexWriter;

class WarmupTest {

  @TempDir Path indexDir;

  @Test
  void searchesEachKindThroughThePublicApi() throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      writer.add(
          new Article(
              "a", "Mayor opens tram line", null, null, null,
              List.of("\u201cWe built it on time and on budget,\u201d said Elena Marsh."),
              List.of("Elena Marsh"),
              List.of(new Quote("We built it on time and on budget,", "Elena Marsh", 0))));
      writer.commit();
    }
    Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    try (NewsSearcher real = LuceneNewsSearcher.open(indexDir)) {
      NewsSearcher counting =
          (NewsSearcher)
              Proxy.newProxyInstance(
                  NewsSearcher.class.getClassLoader(),
                  new Class<?>[] {NewsSearcher.class},
                  (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
                    try {
                      return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });

      new Warmup(counting).run();
    }

    assertThat(calls.get("speakers").get()).isEqualTo(1);
    assertThat(calls.get("search").get()).isGreaterThanOrEqualTo(20);
    assertThat(calls.get("searchQuotes").get()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aFailingSearcherDoesNotStopTheServer() {
    NewsSearcher broken = FailingSearcher.throwing(new IOException("index gone"));

    assertThatCode(() -> new Warmup(broken).run()).doesNotThrowAnyException();
  }

  @Test
  void aWarmupStoppedByTheShutdownEndsAfterTheRoundInHand() {
    AtomicInteger searches = new AtomicInteger();
    AtomicReference<Warmup> warmup = new AtomicReference<>();
    NewsSearcher answering =
        (NewsSearcher)
            Proxy.newProxyInstance(
                NewsSearcher.class.getClassLoader(),
                new Class<?>[] {NewsSearcher.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "speakers" -> List.of(new SpeakerCount("Elena Marsh", 3, 1));
                      case "search" -> {
                        searches.incrementAndGet();
                        warmup.get().stop(); // the server shuts down during the first search
                        yield null; // the warm-up does not read its results
                      }
                      case "searchQuotes" -> null;
                      default -> throw new AssertionError("unexpected " + method.getName());
                    });
    warmup.set(new Warmup(answering));

    assertThatCode(() -> warmup.get().run()).doesNotThrowAnyException();
    assertThat(searches).as("the first round's two searches, of twenty rounds").hasValue(2);
  }
}
