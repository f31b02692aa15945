package org.viralsim.myth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.RunId;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunResult;

/**
 * Runs a myth's experiment on one family and judges the claim: every variant or value runs with the
 * same seeds (common random numbers), so the evidence compares like with like.
 */
public final class MythLab {
  private MythLab() {}

  /**
   * @param scenarios the experiment's scenarios on this family: A and B for a comparison, one per value
   *                  for a sweep, each with the family's seed and the replications to run
   * @param networks  the network a scenario's runs share (null: one per run)
   */
  public static Finding test(Myth myth, String family, List<Scenario> scenarios, int threads,
      Function<Scenario, Graph> networks, IntConsumer progress) {
    int replications = scenarios.get(0).replications();
    long seed = scenarios.get(0).seed();
    if (myth.experiment() instanceof Myth.Compare compare) {
      Comparison c = Comparison.run(scenarios.get(0), scenarios.get(1), seed, replications, threads, networks, progress);
      return Judge.compare(myth, family, compare, c);
    }
    List<RunId> runs = new ArrayList<>();
    for (int p = 0; p < scenarios.size(); p++) for (int r = 0; r < replications; r++) runs.add(new RunId(p, r));
    RunResult[][] results = new RunResult[scenarios.size()][replications];
    Instant started = Instant.now();
    RunEngine.run(scenarios, seed, runs, threads, networks,
        (run, result, seconds) -> results[run.point()][run.replication()] = result, progress);
    List<Replications> points = new ArrayList<>();
    for (int p = 0; p < scenarios.size(); p++) {
      points.add(new Replications(scenarios.get(p), List.of(results[p]), started, Instant.now(), threads));
    }
    if (myth.experiment() instanceof Myth.Variants v) return Judge.variants(myth, family, v, points);
    return SweepJudge.judge(myth, family, (Myth.Sweep) myth.experiment(), points);
  }
}
