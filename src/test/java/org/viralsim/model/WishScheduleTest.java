package org.viralsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WishScheduleTest {
  private static final int USERS = 3000;
  private static final int LAST_TICK = 50;

  static Stream<Long> seeds() { return IntStream.range(0, 40).mapToObj(i -> 1000L + i); }

  /**
   * Random draws, redraws and cancels, with chance 1 so that every wait is 0 and the due tick is
   * known: users come out tick by tick in user order, each current one once, no replaced or
   * cancelled one; enough redraws that stale entries are dropped from the heap on the way.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void usersComeOutAtTheirTickInUserOrderOnce(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    WishSchedule schedule = new WishSchedule(USERS, LAST_TICK);
    int[] due = new int[USERS];
    java.util.Arrays.fill(due, -1);
    for (int op = 0; op < 20_000; op++) {
      int user = random.nextInt(USERS);
      if (random.nextInt(5) == 0) {
        schedule.cancel(user);
        due[user] = -1;
      } else {
        int from = random.nextInt(LAST_TICK + 10);
        schedule.draw(user, 1, from, random);
        due[user] = from <= LAST_TICK ? from : -1;
        assertTrue(schedule.drawn(user));
      }
    }
    for (int t = 0; t <= LAST_TICK; t++) {
      List<Integer> expected = new ArrayList<>();
      for (int u = 0; u < USERS; u++) if (due[u] == t) expected.add(u);
      List<Integer> got = new ArrayList<>();
      for (int u = schedule.next(t); u >= 0; u = schedule.next(t)) got.add(u);
      assertEquals(expected, got, "tick " + t);
      for (int u : got) assertFalse(schedule.drawn(u));
    }
    assertTrue(schedule.isEmpty());
  }

  /** Waits drawn at chance q are geometric: P(wait = k) = (1 - q)^k q, by a chi-square goodness of fit. */
  @ParameterizedTest
  @MethodSource("chances")
  void waitsAreGeometric(double q) {
    int n = 20_000;
    int horizon = 1_000_000;
    MersenneTwisterFast random = new MersenneTwisterFast(Double.doubleToLongBits(q));
    WishSchedule schedule = new WishSchedule(n, horizon);
    for (int u = 0; u < n; u++) schedule.draw(u, q, 0, random);
    float stored = (float) q < q ? Math.nextUp((float) q) : (float) q;
    // Bins of waits 0..K-1 and K or more, K where the tail still expects 5% of the draws.
    int bins = (int) Math.max(2, Math.min(50, Math.log(0.05) / Math.log1p(-stored)));
    long[] observed = new long[bins + 1];
    double[] expected = new double[bins + 1];
    for (int k = 0; k < bins; k++) expected[k] = n * Math.pow(1 - stored, k) * stored;
    expected[bins] = n * Math.pow(1 - stored, bins);
    int seen = 0;
    for (int t = 0; seen < n; t++) {
      for (int u = schedule.next(t); u >= 0; u = schedule.next(t)) {
        observed[Math.min(t, bins)]++;
        seen++;
      }
    }
    // One comparison per chance; 1e-3 / 4 keeps the family's false alarms at 1e-3.
    assertTrue(new ChiSquareTest().chiSquareTest(expected, observed) >= 1e-3 / 4);
  }

  static Stream<Double> chances() { return Stream.of(0.002, 0.05, 0.3, 0.9); }

  @Test
  void waitsPastTheLastTickAreDrawnButNotDue() {
    WishSchedule schedule = new WishSchedule(2, 10);
    MersenneTwisterFast random = new MersenneTwisterFast(1);
    schedule.draw(0, 1, 11, random);
    assertTrue(schedule.drawn(0));
    assertTrue(schedule.isEmpty());
    schedule.draw(1, 1, 10, random);
    assertFalse(schedule.isEmpty());
    assertEquals(1, schedule.next(10));
    assertEquals(-1, schedule.next(10));
  }
}
