package org.viralsim.sweep;

import java.util.List;
import org.viralsim.experiment.RunId;

/**
 * One finished run of a sweep as runs.csv holds it: its id and seed, the point's parameter values
 * as written in the tables, every metric (in the plan's metric order; NaN where undefined) and the
 * seconds it took.
 */
public record RunRecord(RunId id, long seed, List<String> parameters, double[] metrics, double seconds) {
  public RunRecord {
    parameters = List.copyOf(parameters);
    metrics = metrics.clone();
  }

  /** Every metric, in the plan's metric order (a copy). */
  @Override
  public double[] metrics() { return metrics.clone(); }

  /** The value of the metric at {@code index} in the plan's metric order. */
  public double metric(int index) { return metrics[index]; }
}
