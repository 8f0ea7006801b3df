package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsindex.SearcherBusyException;

class SearchGateTest {

  private static final Duration PATIENT = Duration.ofSeconds(30);

  @Test
  void neverRunsMoreSearchesAtOnceThanItsConcurrency() throws Exception {
    SearchGate gate = new SearchGate(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int request = i;
        answers.add(clients.submit(() -> gate.pass(PATIENT, alone -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(2);
          running.decrementAndGet();
          return request;
        })));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(mostAtOnce.get()).isEqualTo(2);
  }

  @Test
  void aSearchThatGetsNoTurnWithinItsPatienceFailsAsBusy() throws Exception {
    SearchGate gate = new SearchGate(1);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      Future<String> held = holder.submit(() -> gate.pass(PATIENT, alone -> {
        holding.countDown();
        await(release);
        return "first";
      }));
      holding.await();

      assertThatThrownBy(() -> gate.pass(Duration.ofMillis(50), alone -> "second"))
          .isInstanceOf(SearcherBusyException.class)
          .hasMessageContaining("within 50 ms");

      release.countDown();
      assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(gate.<String>pass(Duration.ofMillis(50), alone -> "third")).isEqualTo("third");
    } finally {
      holder.shutdownNow();
    }
  }

  @Test
  void tellsASearchWhetherItRunsAlone() throws Exception {
    SearchGate gate = new SearchGate(2);
    assertThat(gate.<Boolean>pass(PATIENT, alone -> alone)).isTrue();

    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      holder.submit(() -> gate.pass(PATIENT, alone -> {
        holding.countDown();
        await(release);
        return alone;
      }));
      holding.await();
      assertThat(gate.<Boolean>pass(PATIENT, alone -> alone)).isFalse();
    } finally {
      release.countDown();
      holder.shutdownNow();
    }
  }

  @Test
  void aFailedSearchGivesItsTurnBack() throws IOException {
    SearchGate gate = new SearchGate(1);
    assertThatThrownBy(() -> gate.pass(PATIENT, alone -> {
      throw new IOException("index gone");
    })).hasMessage("index gone");
    assertThat(gate.<String>pass(Duration.ZERO, alone -> "next")).isEqualTo("next");
  }

  @Test
  void needsRoomForOneSearch() {
    assertThatThrownBy(() -> new SearchGate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
