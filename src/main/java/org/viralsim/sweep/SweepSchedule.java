package org.viralsim.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.experiment.RunId;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.sweep.SweepResults.PointEstimates;

/**
 * Which runs of a sweep are still to do, given those done. Without a replication target every point
 * has the sweep's replications. With one, replications come in batches of that size: a point gets
 * another batch while the 95% CI half-width of the metric over its first c replications is not below
 * the target and c is under the cap. Each decision looks only at the first c replications, so the
 * runs are the same whatever the order they finished in, and whether or not the sweep was resumed.
 */
public final class SweepSchedule {
  private SweepSchedule() {}

  /** The runs of the plan still to do in the shard, given those done. */
  public static List<RunId> pending(SweepPlan plan, Map<RunId, RunRecord> done, Shard shard) {
    Sweep s = plan.sweep();
    return pending(plan.points().size(), s.replications(), s.targetCi(), targetValues(plan, done), shard.index(),
        shard.count());
  }

  /** The target metric's value of each run done (0 without a target: only presence counts). */
  static Map<RunId, Double> targetValues(SweepPlan plan, Map<RunId, RunRecord> runs) {
    Sweep.TargetCi target = plan.sweep().targetCi();
    int metric = target == null ? -1 : plan.metricIndex(target.metric());
    Map<RunId, Double> values = new HashMap<>();
    for (RunRecord r : runs.values()) values.put(r.id(), metric < 0 ? 0 : r.metric(metric));
    return values;
  }

  /**
   * The points that stopped at the cap of a replication target with the 95% half-width of its
   * metric still at or above the target, by index; empty without a target.
   */
  public static List<PointEstimates> capped(Sweep.TargetCi target, List<PointEstimates> points) {
    List<PointEstimates> capped = new ArrayList<>();
    if (target == null) return capped;
    for (PointEstimates p : points) {
      if (p.replications() >= target.maxReplications() && !(halfWidth(p, target) < target.halfWidth())) capped.add(p);
    }
    return capped;
  }

  /** A point's 95% half-width of the target's metric, as the schedule judged it; NaN with fewer than two runs. */
  public static double halfWidth(PointEstimates p, Sweep.TargetCi target) {
    Estimate e = p.metrics().get(target.metric());
    return e.n() < 2 ? Double.NaN : (e.ciHigh() - e.ciLow()) / 2;
  }

  /**
   * @param done   the runs done, with their value of the target metric (any value without a target)
   * @param shard  0-based share of the runs to keep: those whose index point * replications +
   *               replication is shard modulo shards
   */
  public static List<RunId> pending(int points, int replications, Sweep.TargetCi target, Map<RunId, Double> done,
      int shard, int shards) {
    List<RunId> out = new ArrayList<>();
    for (int p = 0; p < points; p++) {
      int count = target == null ? replications : replicationsAt(p, replications, target, done);
      for (int r = 0; r < count; r++) {
        RunId run = new RunId(p, r);
        if (!done.containsKey(run) && ((long) p * replications + r) % shards == shard) out.add(run);
      }
    }
    return out;
  }

  private static int replicationsAt(int p, int batch, Sweep.TargetCi target, Map<RunId, Double> done) {
    int count = batch;
    while (count < target.maxReplications()) {
      double[] x = new double[count];
      for (int r = 0; r < count; r++) {
        Double v = done.get(new RunId(p, r));
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
