package org.viralsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.viralsim.experiment.SweepRunner.Run;
import org.viralsim.experiment.SweepRunner;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

/**
 * Which runs of a sweep are still to do, given those done. Without a replication target every point
 * has the sweep's replications. With one, replications come in batches of that size: a point gets
 * another batch while the 95% CI half-width of the metric over its first c replications is not below
 * the target and c is under the cap. Each decision looks only at the first c replications, so the
 * runs are the same whatever the order they finished in, and whether or not the sweep was resumed.
 */
public final class SweepSchedule {
  private SweepSchedule() {}

  /**
   * @param done   the runs done, with their value of the target metric (any value without a target)
   * @param shard  0-based share of the runs to keep: those whose index point * replications +
   *               replication is shard modulo shards
   */
  public static List<Run> pending(int points, int replications, Sweep.TargetCi target, Map<Run, Double> done,
      int shard, int shards) {
    List<Run> out = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      int count = target == null ? replications : replicationsAt(p, replications, target, done);
      for (int r = 0; r < count; r++) {
        Run run = new Run(p, r);
        if (!done.containsKey(run) && ((long) p * replications + r) % shards == shard) out.add(run);
      }
    }
    return out;
  }

  private static int replicationsAt(int p, int batch, Sweep.TargetCi target, Map<Run, Double> done) {
    int count = batch;
    while (count < target.maxReplications()) {
      double[] x = new double[count];
      for (int r = 0; r < count; r++) {
        Double v = done.get(new Run(p, r));
        if (v == null) return count; // this batch is not finished yet
        x[r] = v;
      }
      if (halfWidth(x) < target.halfWidth()) return count;
      count = Math.min(count + batch, target.maxReplications());
    }
    return count;
  }

  /** Half the width of the 95% CI of the mean; NaN with fewer than two values. */
  public static double halfWidth(double[] x) {
    Estimate e = Estimates.of(x);
    if (e.n() < 2) return Double.NaN; // one value's interval collapses to a point
    return (e.ciHigh() - e.ciLow()) / 2;
  }
}
