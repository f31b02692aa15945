package org.viralsim.sweep;

import java.util.List;
import java.util.Map;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.design.Point;

/**
 * What a sweep found, made from its runs alone so that it is the same however the runs were
 * scheduled, interrupted or sharded: the runs in (point, replication) order, the per-point
 * estimates and, with an analysis of every point, the sensitivities.
 */
public record SweepResults(List<RunRecord> runs, List<PointEstimates> points, List<Sensitivity> sensitivity) {
  public SweepResults {
    runs = List.copyOf(runs);
    points = List.copyOf(points);
    sensitivity = List.copyOf(sensitivity);
  }

  /** Per-point estimates of each metric, points in index order; points without runs are left out. */
  public record PointEstimates(Point point, int replications, Map<String, Estimate> metrics) {}

  /**
   * The sensitivity of one analysis output to each parameter, in the parameters' order: Sobol
   * indices for method sobol, Morris elementary effects for morris (the other list empty).
   */
  public record Sensitivity(String output, List<SobolIndices.Indices> sobol, List<MorrisScreening.Effects> morris) {
    public Sensitivity {
      sobol = List.copyOf(sobol);
      morris = List.copyOf(morris);
    }
  }
}
