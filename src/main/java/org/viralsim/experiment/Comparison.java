package org.viralsim.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.PairedDifference;

/**
 * Two scenarios run as pairs with common random numbers: replication i of A and of B use the same
 * seed (and, where their networks are the same, the same network), so a difference between them is
 * the effect of what differs, not of luck. Each metric both have, in A's order, with its paired
 * difference B - A.
 */
public record Comparison(Replications a, Replications b, List<Metric> metrics) {
  public Comparison {
    metrics = List.copyOf(metrics);
  }

  /** One metric's paired difference. */
  public record Metric(String name, PairedDifference difference) {}

  /**
   * Runs {@code replications} pairs from {@code baseSeed} and compares them.
   *
   * @param networks the network a scenario's runs share (or null to draw one per run)
   * @param progress told the number of finished runs (of 2 x replications) after each one
   */
  public static Comparison run(Scenario a, Scenario b, long baseSeed, int replications, int threads,
      Function<Scenario, Graph> networks, IntConsumer progress) {
    Instant started = Instant.now();
    List<RunId> runs = new ArrayList<>();
    for (int i = 0; i < replications; i++) {
      runs.add(new RunId(0, i));
      runs.add(new RunId(1, i));
    }
    RunResult[][] results = new RunResult[2][replications];
    RunEngine.run(List.of(a, b), baseSeed, runs, threads, networks,
        (run, result, seconds) -> results[run.point()][run.replication()] = result, progress);
    Instant ended = Instant.now();
    int workers = Math.max(1, Math.min(threads, runs.size()));
    return of(new Replications(a, List.of(results[0]), started, ended, workers),
        new Replications(b, List.of(results[1]), started, ended, workers));
  }

  /** The paired differences of two sets of replications run with the same seeds, pair by pair. */
  public static Comparison of(Replications a, Replications b) {
    if (a.runs().size() != b.runs().size()) {
      throw new IllegalArgumentException("A has " + a.runs().size() + " replications, B " + b.runs().size());
    }
    List<Metric> metrics = new ArrayList<>();
    for (String name : a.runs().get(0).metrics().keySet()) {
      if (!b.runs().get(0).metrics().containsKey(name)) continue;
      RunMetrics.Range range = RunMetrics.range(name);
      metrics.add(new Metric(name, PairedDifference.of(Summary.column(a.runs(), name), Summary.column(b.runs(), name),
          range.binary(), range.max() - range.min())));
    }
    return new Comparison(a, b, metrics);
  }

  /** The metric's paired difference, or null when A and B do not both have it. */
  public PairedDifference of(String metric) {
    return metrics.stream().filter(m -> m.name().equals(metric)).map(Metric::difference).findFirst().orElse(null);
  }
}
