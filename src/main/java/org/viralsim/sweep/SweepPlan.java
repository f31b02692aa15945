package org.viralsim.sweep;

import java.util.List;
import org.viralsim.config.Scenario;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Point;

/**
 * A sweep as read and checked: its points, the full scenario of each point, the seed of the base
 * scenario (replication i of every point uses {@code Seeds.replication(baseSeed, i)}), and the
 * names of the per-run metrics, the metrics to chart against the parameters ({@code charts.metrics},
 * defaults filled in), the threads asked for (null when not), the resolved sweep file (the base
 * scenario inlined) with its SHA-256, and notes (one line each) on what setting the points' values
 * changed besides their keys, such as the keys of another network type dropped.
 */
public record SweepPlan(String label, Sweep sweep, List<Point> points, List<Scenario> scenarios, long baseSeed,
    List<String> metrics, List<String> chartMetrics, Integer threads, String resolvedYaml, String hash, List<String> notes) {
  public SweepPlan {
    points = List.copyOf(points);
    scenarios = List.copyOf(scenarios);
    metrics = List.copyOf(metrics);
    chartMetrics = List.copyOf(chartMetrics);
    notes = List.copyOf(notes);
  }

  /** The key paths of the varied parameters, in the order given. */
  public List<String> parameterKeys() {
    return sweep.parameters().stream().map(Parameter::key).toList();
  }

  /** The position of a metric in {@link #metrics()} and in each {@link RunRecord}. */
  public int metricIndex(String metric) {
    int i = metrics.indexOf(metric);
    if (i < 0) throw new IllegalArgumentException("no metric " + metric);
    return i;
  }
}
