package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.observe.RunResult;

/** Finished in any order by any number of workers, replications are handed on in order, and workers stay near the oldest. */
class InOrderTest {
  static IntStream seeds() { return IntStream.range(0, 40); }

  @ParameterizedTest
  @MethodSource("seeds")
  void handsOnInOrderWithinTheWindow(int seed) throws InterruptedException {
    SplittableRandom random = new SplittableRandom(seed);
    int replications = 1 + random.nextInt(200);
    int window = 1 + random.nextInt(8);
    int workers = 1 + random.nextInt(6);
    List<Integer> handed = new CopyOnWriteArrayList<>();
    AtomicInteger aheadMost = new AtomicInteger();
    InOrder order = new InOrder(window, r -> handed.add(r.replication()));
    AtomicInteger next = new AtomicInteger();
    long[] delays = random.longs(replications, 0, 3).toArray();
    Thread[] threads = new Thread[workers];
    for (int w = 0; w < workers; w++) {
      threads[w] = new Thread(() -> {
        for (int k; (k = next.getAndIncrement()) < replications; ) {
          try {
            order.admit(new RunId(0, k));
            aheadMost.accumulateAndGet(k - handed.size(), Math::max);
            Thread.sleep(delays[k]);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          order.finished(new RunId(0, k), result(k), 0);
        }
      });
      threads[w].start();
    }
    for (Thread t : threads) t.join();
    assertThat(handed).containsExactlyElementsOf(IntStream.range(0, replications).boxed().toList());
    assertThat(aheadMost.get()).isLessThan(window);
  }

  private static RunResult result(int replication) {
    return new RunResult(replication, replication, java.util.Map.of(), null, List.of(), new long[0], 0, List.of());
  }
}
