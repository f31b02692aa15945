package org.viralsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

/**
 * Mean, standard deviation and 95% confidence interval of every per-run metric, plus viral_fraction;
 * each interval lies in its metric's range.
 */
public record Summary(String scenario, int replications, Map<String, Estimate> metrics, Estimate viralFraction) {

  public static Summary of(Replications replications) {
    List<RunResult> runs = replications.runs();
    Map<String, Estimate> metrics = new LinkedHashMap<>();
    for (String name : runs.get(0).metrics().keySet()) {
      metrics.put(name, estimate(name, column(runs, name)));
    }
    int viral = 0;
    for (RunResult r : runs) if (r.metrics().get(RunMetrics.VIRAL) > 0) viral++;
    return new Summary(replications.scenario().name(), runs.size(), metrics, Estimates.proportion(viral, runs.size()));
  }

  /**
   * The estimate of a metric's mean over runs, with an interval inside the metric's range
   * ({@link RunMetrics#range}): Wilson's for a 0/1 metric, else Student's t clipped to the range.
   */
  public static Estimate estimate(String metric, double[] values) {
    RunMetrics.Range r = RunMetrics.range(metric);
    return r.binary() ? Estimates.binary(values) : Estimates.of(values, r.min(), r.max());
  }

  /** One metric over all runs, in replication order. */
  public static double[] column(List<RunResult> runs, String metric) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) values[i] = runs.get(i).metrics().get(metric);
    return values;
  }
}
