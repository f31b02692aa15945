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
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (String name : runs.get(0).metrics().keySet()) columns.put(name, column(runs, name));
    return of(replications.scenario().name(), columns);
  }

  /** The summary of a run's aggregates: its metrics' values in every replication. */
  public static Summary of(RunAggregates aggregates) {
    return of(aggregates.scenario().name(), aggregates.metrics());
  }

  private static Summary of(String scenario, Map<String, double[]> columns) {
    Map<String, Estimate> metrics = new LinkedHashMap<>();
    columns.forEach((name, values) -> metrics.put(name, estimate(name, values)));
    double[] viral = columns.get(RunMetrics.VIRAL);
    int viralRuns = 0;
    for (double v : viral) if (v > 0) viralRuns++;
    return new Summary(scenario, viral.length, metrics, Estimates.proportion(viralRuns, viral.length));
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
