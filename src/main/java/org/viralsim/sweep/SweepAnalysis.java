package org.viralsim.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.SweepResults.PointEstimates;
import org.viralsim.sweep.SweepResults.Sensitivity;
import org.viralsim.sweep.design.Point;

/** Turns a sweep's runs into its results: per-point estimates and, for an analysis, sensitivity indices. */
public final class SweepAnalysis {
  private SweepAnalysis() {}

  /** @param runs the runs done, in any order, each once */
  public static SweepResults of(SweepPlan plan, Collection<RunRecord> runs) {
    List<RunRecord> ordered = new ArrayList<>(runs);
    ordered.sort((a, b) -> a.id().compareTo(b.id()));
    List<PointEstimates> estimates = estimates(plan, ordered);
    List<Sensitivity> sensitivity = List.of();
    if (!plan.sweep().analysis().none() && estimates.size() == plan.points().size()) {
      sensitivity = sensitivity(plan.sweep(), estimates);
    }
    return new SweepResults(ordered, estimates, sensitivity);
  }

  /** Mean, sd and Student-t 95% CI of every metric at every point that has runs, from runs in run order. */
  static List<PointEstimates> estimates(SweepPlan plan, List<RunRecord> ordered) {
    List<PointEstimates> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= ordered.size(); i++) {
      if (i == ordered.size() || ordered.get(i).id().point() != ordered.get(from).id().point()) {
        out.add(estimate(plan, ordered.subList(from, i)));
        from = i;
      }
    }
    return out;
  }

  private static PointEstimates estimate(SweepPlan plan, List<RunRecord> atPoint) {
    Point p = plan.points().get(atPoint.get(0).id().point());
    Map<String, Estimate> m = new LinkedHashMap<>();
    for (int j = 0; j < plan.metrics().size(); j++) {
      final int metric = j;
      m.put(plan.metrics().get(j), Estimates.of(atPoint.stream().mapToDouble(r -> r.metric(metric)).toArray()));
    }
    return new PointEstimates(p, atPoint.size(), m);
  }

  /** Sobol indices or Morris effects of each analysis output, from its mean at every point (in index order). */
  static List<Sensitivity> sensitivity(Sweep sweep, List<PointEstimates> points) {
    List<Sensitivity> out = new ArrayList<>();
    for (String output : sweep.analysis().outputs()) {
      double[] y = points.stream().mapToDouble(p -> p.metrics().get(output).mean()).toArray();
      if (!DoubleStream.of(y).allMatch(Double::isFinite)) {
        out.add(undefined(sweep, output)); // an undefined mean (roi where nothing was spent) leaves no indices
      } else if (sweep.analysis().method() == Sweep.Method.SOBOL) {
        out.add(new Sensitivity(output, SobolIndices.estimate(sweep.sobolPlan(), y, sweep.analysis().bootstrap(),
            sweep.designSeed()).indices(), List.of()));
      } else {
        out.add(new Sensitivity(output, List.of(), MorrisScreening.estimate(sweep.morrisPlan(), y)));
      }
    }
    return out;
  }

  /** Indices that cannot be estimated: empty fields in sensitivity.csv, no bars. */
  private static Sensitivity undefined(Sweep sweep, String output) {
    int d = sweep.parameters().size();
    if (sweep.analysis().method() == Sweep.Method.SOBOL) {
      SobolIndices.Index none = new SobolIndices.Index(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      return new Sensitivity(output, Collections.nCopies(d, new SobolIndices.Indices(none, none)), List.of());
    }
    return new Sensitivity(output, List.of(), Collections.nCopies(d,
        new MorrisScreening.Effects(Double.NaN, Double.NaN, Double.NaN)));
  }
}
