package org.viralsim.chart;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputFolder;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Inequality;

/** The charts of a run's results folder, each as PNG (to look at) and SVG (for reports). */
public final class RunChartSet {
  private RunChartSet() {}

  public static final String REACH = "reach_over_time";
  public static final String RESHARES_BY_ROLE = "reshares_by_role";
  public static final String LORENZ = "lorenz_contributions";
  public static final String CASCADE_SIZES = "cascade_sizes_ccdf";

  public static void writeAll(OutputFolder out, Replications e, Summary summary) throws IOException {
    List<RunResult> runs = e.runs();
    int steps = e.scenario().steps();
    double[] ticks = ticks(steps);

    double[][] reach = new double[runs.size()][];
    for (int i = 0; i < reach.length; i++) reach[i] = runs.get(i).series().column(RunRecorder.REACH);
    save(Charts.reachOverTime("Campaign reach over time (" + runs.size() + " runs)", ticks, reach,
        "users reached (cumulative)"), out, REACH);

    Map<String, double[]> byRole = new LinkedHashMap<>();
    for (String role : e.scenario().population().roleNames()) {
      double[] mean = new double[steps];
      for (RunResult r : runs) {
        double[] c = r.series().column("reshares_" + role);
        for (int t = 0; t < steps; t++) mean[t] += c[t] / runs.size();
      }
      byRole.put(role, mean);
    }
    save(Charts.byRoleOverTime("Reshares per hour by role, all items (mean of " + runs.size() + " runs)",
        ticks, byRole, "reshares per hour"), out, RESHARES_BY_ROLE);

    // Every user of every run, pooled; the legend gives the pooled Gini with the summary's mean of
    // the runs' Ginis (the pooled one also counts differences between runs).
    long[] pooled = new long[runs.stream().mapToInt(r -> r.contributionHistogram().length).max().orElse(0)];
    for (RunResult r : runs) {
      long[] h = r.contributionHistogram();
      for (int c = 0; c < h.length; c++) pooled[c] += h[c];
    }
    String curve = String.format(java.util.Locale.ROOT, "contributions, pooled (Gini %.2f; mean Gini over runs %.2f)",
        Inequality.giniOfHistogram(pooled), summary.metrics().get(RunMetrics.GINI).mean());
    save(Charts.lorenz("Who contributes: posts, reshares and comments per user, "
        + (runs.size() == 1 ? "1 run" : runs.size() + " runs pooled"),
        Map.of(curve, Inequality.lorenzOfHistogram(pooled, 200)), Double.NaN), out, LORENZ);

    Map<String, long[]> sizes = new LinkedHashMap<>();
    sizes.put("other items (organic posts, reviews, complaints...)", itemSizes(runs, false));
    sizes.put("campaign", itemSizes(runs, true));
    save(Charts.ccdfLogLog("Cascade sizes of all items: share of items at least this large",
        sizes, "cascade size (users who posted or reshared)"), out, CASCADE_SIZES);
    MarketChartSet.writeAll(out, e, summary);
  }

  static double[] ticks(int steps) {
    double[] ticks = new double[steps];
    for (int t = 0; t < steps; t++) ticks[t] = t;
    return ticks;
  }

  static void save(JFreeChart chart, OutputFolder out, String name) throws IOException {
    save(chart, out, name, ChartFiles.DEFAULT_WIDTH, ChartFiles.DEFAULT_HEIGHT);
  }

  static void save(JFreeChart chart, OutputFolder out, String name, int width, int height) throws IOException {
    ChartFiles.png(chart, out.file(name + ".png"), width, height);
    ChartFiles.svg(chart, out.file(name + ".svg"), width, height);
  }

  private static long[] itemSizes(List<RunResult> runs, boolean campaign) {
    return runs.stream().flatMap(r -> r.items().stream()).filter(i -> i.isCampaign() == campaign)
        .mapToLong(ItemRecord::size).toArray();
  }
}
