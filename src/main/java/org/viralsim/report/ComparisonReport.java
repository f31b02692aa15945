package org.viralsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.viralsim.chart.NamedChart;
import org.viralsim.experiment.Comparison;
import org.viralsim.stats.Numbers;
import org.viralsim.stats.PairedDifference;

/** The report of a comparison: how B differs from A, indicator by indicator, with the method and its limits. */
public final class ComparisonReport {
  private static final Map<String, String> CAPTIONS = Map.of(
      "kpi_map", "The main campaign's indicators in A and B side by side: mean and 95% CI of each.",
      "reach_over_time", "The main campaign's reach tick by tick in A and B: mean and 95% CI of the mean.",
      "churn_over_time", "The brand's customers lost so far, tick by tick, in A and B: mean and 95% CI of the mean.");

  private ComparisonReport() {}

  /** @param labels how A and B are named; @param p A's file then B's */
  public static Report of(Comparison c, List<String> labels, List<NamedChart> charts, Provenance p) {
    List<Report.Section> sections = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (Comparison.Metric m : c.metrics()) {
      PairedDifference d = m.difference();
      if (d.pairs() == 0) continue;
      boolean clear = d.pairs() > 1 && (d.ciLow() > 0 || d.ciHigh() < 0);
      rows.add(List.of(ComparisonNarrative.describe(m.name()), num(d.aMean()), num(d.bMean()), num(d.difference()),
          num(d.ciLow()) + " to " + num(d.ciHigh()), Numbers.pValue(d.pValue()),
          clear ? "yes" : "no"));
    }
    sections.add(new Report.Section("Every indicator, B - A", List.of(
        new Report.Paragraph("Means over " + c.a().runs().size() + " pairs of runs; the difference is the mean of"
            + " B - A pair by pair, with its 95% confidence interval and the p-value of \"no difference\". An"
            + " indicator differs beyond chance where its interval does not hold 0."),
        new Report.Table(List.of("indicator", labels.get(0), labels.get(1), "B - A", "95% CI", "p", "beyond chance"),
            rows))));
    List<Report.Block> figures = new ArrayList<>();
    for (NamedChart chart : charts) figures.add(new Report.Figure(chart.name(), CAPTIONS.getOrDefault(chart.name(),
        chart.name().replace('_', ' '))));
    sections.add(new Report.Section("Charts", figures));
    sections.add(new Report.Section("Method", List.of(new Report.Bullets(List.of(
        "A: " + c.a().scenario().name() + " from " + p.files().get(0) + "; B: " + c.b().scenario().name() + " from "
            + p.files().get(1) + "; their every setting is in a/scenario.yaml and b/scenario.yaml.",
        "Common random numbers: replication i of A and of B run with the same seed (A's), and on the same network"
            + " where both have the same one, so the difference is the effect of what differs, not of luck. "
            + RunReport.seeds(p.baseSeed(), c.a().runs().size()),
        "Intervals: Student's t interval of the paired differences; for 0/1 indicators (viral) the interval of"
            + " Agresti and Min (2005) for paired proportions.",
        "p-values: paired t-test; Wilcoxon's signed-rank test where the differences are far from normal;"
            + " McNemar's exact test for 0/1 indicators.",
        "Produced by " + p.program() + "; every run's values are in a/runs.csv and b/runs.csv, the table in"
            + " comparison.csv.")))));
    List<String> limits = new ArrayList<>(RunReport.limitations(c.a().runs().size()));
    limits.add("With many indicators, a few can look different by chance alone: at the 5% level about one in twenty"
        + " where nothing differs.");
    sections.add(new Report.Section("Limitations", List.of(new Report.Bullets(limits))));
    return new Report("Comparison: " + labels.get(0) + " against " + labels.get(1),
        RunReport.lines(ComparisonNarrative.of(c, labels)), sections);
  }

  private static String num(double v) { return RunNarrative.num(v); }
}
