package org.viralsim.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.NetworkCache;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.RunId;
import org.viralsim.graph.Graph;
import org.viralsim.sweep.SweepPlan;

/**
 * Throughput of a sweep's runs at several thread counts, in one JVM: after a warm-up, rounds run
 * every thread count in turn over the same runs, so that drift in the machine's speed falls on all
 * of them alike. Results are computed in full and dropped; no file is written.
 */
public final class SweepBench {
  private SweepBench() {}

  /** Runs per second of each round, by thread count. */
  public record Result(int runs, Map<Integer, List<Double>> runsPerSecond) {
    public double median(int threads) {
      List<Double> r = new ArrayList<>(runsPerSecond.get(threads));
      r.sort(null);
      int n = r.size();
      return n % 2 == 1 ? r.get(n / 2) : (r.get(n / 2 - 1) + r.get(n / 2)) / 2;
    }
  }

  /**
   * @param runs     runs timed in each round: replications 0, 1, ... of every point in turn, as many
   *                 replications as it takes, so that every point weighs alike
   * @param networks the shared network of a scenario, as {@code sweep} gets it
   */
  public static Result measure(SweepPlan sweep, Function<Scenario, Graph> networks, List<Integer> threadCounts,
      int runs, int rounds, double warmupSeconds) {
    List<RunId> all = new ArrayList<>();
    for (int r = 0; all.size() < runs; r++) {
      for (int p = 0; p < sweep.points().size() && all.size() < runs; p++) all.add(new RunId(p, r));
    }
    // in the order a sweep runs them, point by point, so each shared network is built once a round
    all.sort(Comparator.comparingInt(RunId::point).thenComparingInt(RunId::replication));
    int most = threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1);
    long warmEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmEnd) time(sweep, networks, all, most);
    Map<Integer, List<Double>> rates = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      // every other round backwards, so no thread count always runs just after another
      List<Integer> order = new ArrayList<>(threadCounts);
      if (round % 2 == 1) Collections.reverse(order);
      for (int t : order) rates.computeIfAbsent(t, k -> new ArrayList<>()).add(all.size() / time(sweep, networks, all, t));
    }
    return new Result(all.size(), rates);
  }

  /** Wall seconds to run {@code runs} on {@code threads} workers, each round with networks built afresh. */
  private static double time(SweepPlan sweep, Function<Scenario, Graph> networks, List<RunId> runs, int threads) {
    long start = System.nanoTime();
    RunEngine.run(sweep.scenarios(), sweep.baseSeed(), runs, threads, new NetworkCache(networks, threads),
        (run, result, seconds) -> { }, done -> { });
    return (System.nanoTime() - start) / 1e9;
  }

  public static void print(PrintWriter out, String label, Result r, List<Integer> threadCounts) {
    int base = threadCounts.get(0);
    int rounds = r.runsPerSecond().get(base).size();
    out.println(String.format(Locale.ROOT, "Sweep %s: %,d runs per round, %d round%s, median of rounds.", label,
        r.runs(), rounds, rounds == 1 ? "" : "s"));
    out.println("| threads | runs per second | speed-up over " + base + " thread" + (base == 1 ? "" : "s") + " |");
    out.println("|---|---|---|");
    for (int t : threadCounts) {
      out.println(String.format(Locale.ROOT, "| %d | %.1f | %.2f |", t, r.median(t), r.median(t) / r.median(base)));
    }
    out.flush();
  }
}
