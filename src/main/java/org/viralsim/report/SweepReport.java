package org.viralsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.chart.NamedChart;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults;
import org.viralsim.sweep.SweepResults.PointEstimates;

/** The report of a sweep: where each charted metric is lowest and highest, what drives it, the charts and the method. */
public final class SweepReport {
  private SweepReport() {}

  public static Report of(SweepPlan plan, SweepResults results, List<NamedChart> charts, Provenance p) {
    Sweep sweep = plan.sweep();
    List<String> findings = new ArrayList<>();
    findings.add(String.format(Locale.ROOT, "Sweep %s: %,d points (%s) over %s, %,d runs in all.", sweep.name(),
        plan.points().size(), design(sweep), String.join(", ", plan.parameterKeys()), results.runs().size()));
    List<Report.Section> sections = new ArrayList<>();
    List<List<String>> extremes = new ArrayList<>();
    for (String metric : plan.chartMetrics()) {
      List<PointEstimates> known = results.points().stream().filter(pt -> pt.metrics().get(metric).n() > 0)
          .sorted(Comparator.comparingDouble(pt -> pt.metrics().get(metric).mean())).toList();
      if (known.isEmpty()) continue;
      PointEstimates low = known.get(0);
      PointEstimates high = known.get(known.size() - 1);
      findings.add(String.format(Locale.ROOT, "%s ranges from %s at %s to %s at %s.", ComparisonNarrative.describe(metric),
          estimate(low.metrics().get(metric)), values(low), estimate(high.metrics().get(metric)), values(high)));
      extremes.add(List.of(ComparisonNarrative.describe(metric), "lowest", values(low), estimate(low.metrics().get(metric))));
      extremes.add(List.of(ComparisonNarrative.describe(metric), "highest", values(high),
          estimate(high.metrics().get(metric))));
    }
    sections.add(new Report.Section("Lowest and highest points", List.of(
        new Report.Paragraph("The point mean of each charted metric over its replications, with its 95% CI; every point"
            + " is in points.csv."),
        new Report.Table(List.of("metric", "", "point", "mean (95% CI)"), extremes))));
    if (!results.sensitivity().isEmpty()) sections.add(sensitivity(sweep, results, findings));
    sections.add(new Report.Section("Charts", figures(charts)));
    sections.add(new Report.Section("Method", List.of(new Report.Bullets(List.of(
        "Sweep file " + p.files().get(0) + "; resolved, with its base scenario, in sweep.yaml.",
        "Every point is the base scenario with the point's values set; replication i runs with the same seed at"
            + " every point (common random numbers), so points differ by their parameters, not by their luck. "
            + RunReport.seeds(p.baseSeed(), sweep.replications()),
        "Point estimates: mean and Student's t 95% interval over the point's replications.",
        "Produced by " + p.program() + "; every run is in runs.csv.")))));
    sections.add(new Report.Section("Limitations", List.of(new Report.Bullets(List.of(
        "A model, not a forecast: the sweep shows how the model responds to its parameters, not how a real platform"
            + " does.",
        "A chart that leaves a parameter out averages over its values: its bands are those of that average.")))));
    return new Report("Sweep " + sweep.name(), findings, sections);
  }

  private static Report.Section sensitivity(Sweep sweep, SweepResults results, List<String> findings) {
    List<List<String>> rows = new ArrayList<>();
    for (SweepResults.Sensitivity s : results.sensitivity()) {
      for (int i = 0; i < sweep.parameters().size(); i++) {
        String parameter = sweep.parameters().get(i).key();
        if (sweep.analysis().method() == Sweep.Method.SOBOL) {
          SobolIndices.Indices x = s.sobol().get(i);
          rows.add(List.of(s.output(), parameter, interval(x.first()), interval(x.total())));
        } else {
          rows.add(List.of(s.output(), parameter, RunNarrative.num(s.morris().get(i).muStar()),
              RunNarrative.num(s.morris().get(i).sigma())));
        }
      }
      strongest(sweep, s).ifPresent(findings::add);
    }
    boolean sobol = sweep.analysis().method() == Sweep.Method.SOBOL;
    return new Report.Section("What drives the outputs", List.of(
        new Report.Paragraph(sobol ? "Sobol indices with bootstrap 95% intervals: the first-order index is the share"
            + " of the output's variance a parameter explains alone, the total index with its interactions."
            : "Morris elementary effects: mu* is a parameter's mean absolute effect, sigma how much it depends on"
            + " the others."),
        new Report.Table(sobol ? List.of("output", "parameter", "first order (95% CI)", "total (95% CI)")
            : List.of("output", "parameter", "mu*", "sigma"), rows)));
  }

  /** "campaign.appeal explains most of reach: first-order index 0.56 (95% CI 0.43 to 0.70)." */
  private static java.util.Optional<String> strongest(Sweep sweep, SweepResults.Sensitivity s) {
    int best = -1;
    for (int i = 0; i < sweep.parameters().size(); i++) {
      double v = sweep.analysis().method() == Sweep.Method.SOBOL ? s.sobol().get(i).total().estimate()
          : s.morris().get(i).muStar();
      if (Double.isFinite(v) && (best < 0 || v > value(sweep, s, best))) best = i;
    }
    if (best < 0) return java.util.Optional.empty();
    String parameter = sweep.parameters().get(best).key();
    return java.util.Optional.of(sweep.analysis().method() == Sweep.Method.SOBOL
        ? String.format(Locale.ROOT, "%s drives %s most: total Sobol index %s.", parameter, s.output(),
            interval(s.sobol().get(best).total()))
        : String.format(Locale.ROOT, "%s drives %s most: mu* %s.", parameter, s.output(),
            RunNarrative.num(s.morris().get(best).muStar())));
  }

  private static double value(Sweep sweep, SweepResults.Sensitivity s, int i) {
    return sweep.analysis().method() == Sweep.Method.SOBOL ? s.sobol().get(i).total().estimate() : s.morris().get(i).muStar();
  }

  private static String interval(SobolIndices.Index x) {
    return RunNarrative.num(x.estimate()) + " (" + RunNarrative.num(x.low()) + " to " + RunNarrative.num(x.high()) + ")";
  }

  private static String design(Sweep sweep) {
    if (!sweep.analysis().none()) return sweep.analysis().method().key() + " analysis plan";
    return sweep.design().key() + " design";
  }

  private static String values(PointEstimates p) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> v : p.point().values().entrySet()) {
      Object x = v.getValue();
      parts.add(v.getKey() + " = " + (x instanceof Number n ? RunNarrative.num(n.doubleValue()) : x));
    }
    return String.join(", ", parts);
  }

  private static String estimate(Estimate e) {
    return RunNarrative.num(e.mean()) + " (" + RunReport.ci(e) + ")";
  }

  private static List<Report.Block> figures(List<NamedChart> charts) {
    List<Report.Block> out = new ArrayList<>();
    for (NamedChart c : charts) out.add(new Report.Figure(c.name(), caption(c.name())));
    return out;
  }

  /** A caption from a sweep chart's name: METRIC_vs_PARAMETER, METRIC_by_A_and_B, sensitivity_OUTPUT. */
  static String caption(String name) {
    if (name.startsWith("sensitivity_")) return "How much each parameter drives " + name.substring(12) + ".";
    int by = name.indexOf("_by_");
    int vs = name.indexOf("_vs_");
    if (by > 0 && name.indexOf("_and_", by) > 0) {
      int and = name.indexOf("_and_", by);
      return "Mean " + name.substring(0, by).replace('_', ' ') + " over " + name.substring(by + 4, and) + " and "
          + name.substring(and + 5) + ".";
    }
    if (vs > 0) return "Mean " + name.substring(0, vs).replace('_', ' ') + " against " + name.substring(vs + 4)
        + ", with its 95% CI.";
    return name.replace('_', ' ');
  }

}
