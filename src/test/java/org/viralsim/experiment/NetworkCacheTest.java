package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.model.CampaignSim;

class NetworkCacheTest {
  private static Scenario on(int nodes, Long seed) {
    Scenario base = ScenarioReader.readDefault(List.of());
    return new Scenario(base.name(), base.seed(), base.steps(), base.replications(), base.viralThreshold(),
        new NetworkSpec.ErdosRenyi(nodes, 4, seed), base.population(), base.campaigns(), base.brands(),
        base.consumers(), base.diffusion());
  }

  /** Counts builds per network and generates the graph, slowly enough for threads to collide. */
  private static final class CountingBuilder implements Function<Scenario, Graph> {
    final Map<NetworkSpec, AtomicInteger> builds = new ConcurrentHashMap<>();

    @Override
    public Graph apply(Scenario s) {
      builds.computeIfAbsent(s.network(), k -> new AtomicInteger()).incrementAndGet();
      return Generators.generate(s.network(), CampaignSim.streamFor(s.network().seed()));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void eachNetworkIsBuiltOnceHoweverManyThreadsAskAtOnce(int threads) throws InterruptedException {
    CountingBuilder builder = new CountingBuilder();
    NetworkCache cache = new NetworkCache(builder, 2);
    List<Scenario> points = List.of(on(2000, 1L), on(2000, 2L));
    Map<Integer, Graph> seen = new ConcurrentHashMap<>();
    AtomicInteger differentGraph = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int k = 0; k < 50; k++) {
          int p = k % 2;
          Graph g = cache.apply(points.get(p));
          if (seen.computeIfAbsent(p, x -> g) != g) differentGraph.incrementAndGet();
        }
      });
      w.start();
      workers.add(w);
    }
    start.countDown();
    for (Thread w : workers) w.join();
    assertThat(builder.builds).hasSize(2);
    assertThat(builder.builds.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(differentGraph.get()).isZero();
    assertThat(seen.get(0).nodeCount()).isEqualTo(2000);
    assertThat(seen.get(0)).isNotSameAs(seen.get(1));
  }

  @Test
  void keepsOnlyTheMostRecentNetworks() {
    CountingBuilder builder = new CountingBuilder();
    NetworkCache cache = new NetworkCache(builder, 2);
    Scenario a = on(50, 1L);
    Scenario b = on(50, 2L);
    Scenario c = on(50, 3L);
    cache.apply(a);
    cache.apply(b);
    cache.apply(a); // a is now the most recent, so c pushes b out
    cache.apply(c);
    cache.apply(a);
    cache.apply(b);
    assertThat(builder.builds.get(a.network()).get()).isEqualTo(1);
    assertThat(builder.builds.get(b.network()).get()).isEqualTo(2);
    assertThat(builder.builds.get(c.network()).get()).isEqualTo(1);
  }

  @Test
  void aNetworkDrawnPerRunIsNullAndAskedForOnce() {
    AtomicInteger calls = new AtomicInteger();
    NetworkCache cache = new NetworkCache(s -> {
      calls.incrementAndGet();
      return null;
    }, 1);
    Scenario perRun = on(50, null);
    assertThat(cache.apply(perRun)).isNull();
    assertThat(cache.apply(perRun)).isNull();
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void aFailedBuildIsReportedAndTriedAgainLater() {
    AtomicInteger calls = new AtomicInteger();
    NetworkCache cache = new NetworkCache(s -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("disk gone");
      return Generators.generate(s.network(), CampaignSim.streamFor(1));
    }, 1);
    Scenario s = on(50, 1L);
    assertThatThrownBy(() -> cache.apply(s)).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
    assertThat(cache.apply(s).nodeCount()).isEqualTo(50);
    assertThat(calls.get()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aRunWaitingForANetworkGetsTheBuildersGraphOrItsFailure(boolean fails) throws InterruptedException {
    CountDownLatch building = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    NetworkCache cache = new NetworkCache(s -> {
      calls.incrementAndGet();
      building.countDown();
      awaitQuietly(release);
      if (fails) throw new OutOfMemoryError("Java heap space");
      return Generators.generate(s.network(), CampaignSim.streamFor(1));
    }, 1);
    Scenario s = on(50, 1L);
    Map<String, Object> outcome = new ConcurrentHashMap<>();
    Thread builder = outcomeOf(() -> cache.apply(s), "builder", outcome);
    builder.start();
    building.await();
    Thread waiter = outcomeOf(() -> cache.apply(s), "waiter", outcome);
    waiter.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) Thread.onSpinWait();
    Thread.State waiting = waiter.getState();
    release.countDown();
    assertThat(waiting).as("parked on the builder's network").isEqualTo(Thread.State.WAITING);
    builder.join(TimeUnit.SECONDS.toMillis(10));
    waiter.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(calls.get()).isEqualTo(1);
    if (fails) {
      assertThat(outcome.get("builder")).isInstanceOf(OutOfMemoryError.class);
      assertThat(outcome.get("waiter")).isInstanceOf(OutOfMemoryError.class);
    } else {
      assertThat(outcome.get("waiter")).isInstanceOf(Graph.class).isSameAs(outcome.get("builder"));
    }
  }

  private static Thread outcomeOf(Supplier<Graph> call, String who, Map<String, Object> outcome) {
    return new Thread(() -> {
      try {
        outcome.put(who, call.get());
      } catch (Throwable t) {
        outcome.put(who, t);
      }
    });
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new NetworkCache(s -> null, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
