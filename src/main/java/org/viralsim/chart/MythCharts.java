package org.viralsim.chart;

import java.util.ArrayList;
import java.util.List;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.myth.Finding;
import org.viralsim.myth.Myth;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

/** The charts of a myth: the deciding effect on each family, and for a sweep the metric against the parameter. */
public final class MythCharts {
  private MythCharts() {}

  /** The effect that decided each family's verdict, with its 95% interval, families side by side. */
  public static NamedChart effects(Myth myth, List<Finding> findings) {
    List<String> families = findings.stream().map(Finding::family).toList();
    List<Estimate> effects = findings.stream().map(f -> new Estimate(f.replications(), f.effect(), Double.NaN,
        f.ciLow(), f.ciHigh())).toList();
    List<KpiCharts.Kpi> kpis = List.of(new KpiCharts.Kpi(effectName(myth), "", effects));
    int[] size = KpiCharts.kpiMapSize(1, families.size());
    return new NamedChart(myth.id() + "_effect", KpiCharts.kpiMap(myth.id() + ": " + myth.claim() + " - the deciding"
        + " effect on each family, with its 95% CI", "platform family", families, kpis), size[0], size[1]);
  }

  /** What the effect of a myth is, as its chart names it. */
  static String effectName(Myth myth) {
    if (myth.prediction() instanceof Myth.Proportional) return myth.metric() + " factor when doubling " + ((Myth.Sweep)
        myth.experiment()).parameter() + " (2 if proportional)";
    if (myth.prediction() instanceof Myth.Above a) return myth.metric() + " at " + ((Myth.Sweep) myth.experiment())
        .parameter() + " = " + SweepCharts.label(a.at()) + " (claim: above " + SweepCharts.label(a.threshold()) + ")";
    if (myth.prediction() instanceof Myth.Best b) return myth.metric() + ": " + b.label() + " - the best other (claim: above 0)";
    if (myth.prediction() instanceof Myth.AgreesWith a) return "rank correlation of " + myth.metric() + " and " + a.other()
        + " (claim: 1)";
    return myth.metric() + ": B - A (claim: 0)";
  }

  /** A sweep's deciding metric against its parameter, on a log axis when the values span a factor of 8 or more. */
  public static NamedChart sweep(Myth myth, Finding f) {
    return sweep(myth, f, myth.metric());
  }

  /** A metric of a sweep's runs against its parameter. */
  public static NamedChart sweep(Myth myth, Finding f, String metric) {
    Myth.Sweep e = (Myth.Sweep) myth.experiment();
    double[] x = e.values().stream().mapToDouble(Double::doubleValue).toArray();
    boolean binary = RunMetrics.range(metric).binary();
    List<Estimate> estimates = new ArrayList<>();
    for (Replications r : f.points()) {
      double[] values = Summary.column(r.runs(), metric);
      estimates.add(binary ? Estimates.binary(values) : Estimates.of(values));
    }
    boolean log = x[0] > 0 && x[x.length - 1] / x[0] >= 8;
    return NamedChart.of(SweepLabels.safe(SweepLabels.metricFile(metric) + "_vs_" + e.parameter()),
        SweepCharts.metricVsParameter(SweepLabels.title(metric) + " against " + e.parameter() + " on the "
            + f.family() + " family", e.parameter() + (log ? " (log scale)" : ""),
            SweepLabels.axis(metric, Double.NaN), x, estimates, log));
  }
}
