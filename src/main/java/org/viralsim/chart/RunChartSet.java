package org.viralsim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Inequality;

/** The charts of a run's results folder: reach, reshares by role, Lorenz curve, cascade sizes, and the market's. */
public final class RunChartSet {
  private RunChartSet() {}

  public static final String REACH = "reach_over_time";
  public static final String RESHARES_BY_ROLE = "reshares_by_role";
  public static final String LORENZ = "lorenz_contributions";
  public static final String CASCADE_SIZES = "cascade_sizes_ccdf";

  public static List<NamedChart> charts(Replications e, Summary summary) {
    List<NamedChart> out = new ArrayList<>();
    List<RunResult> runs = e.runs();
    int steps = e.scenario().steps();
    double[] ticks = ticks(steps);

    double[][] reach = new double[runs.size()][];
    for (int i = 0; i < reach.length; i++) reach[i] = runs.get(i).series().column(SeriesColumns.REACH);
    out.add(NamedChart.of(REACH, Charts.reachOverTime("Campaign reach over time (" + runs.size() + " runs)", ticks,
        reach, "users reached (cumulative)")));

    Map<String, double[]> byRole = new LinkedHashMap<>();
    for (String role : e.scenario().population().roleNames()) {
      double[] mean = new double[steps];
      for (RunResult r : runs) {
        double[] c = r.series().column(SeriesColumns.ofRole(SeriesColumns.RESHARES, role));
        for (int t = 0; t < steps; t++) mean[t] += c[t] / runs.size();
      }
      byRole.put(role, mean);
    }
    out.add(NamedChart.of(RESHARES_BY_ROLE, Charts.byRoleOverTime("Reshares per hour by role, all items (mean of "
        + runs.size() + " runs)", ticks, byRole, "reshares per hour")));

    // Every user of every run, pooled; the legend gives the pooled Gini with the summary's mean of
    // the runs' Ginis (the pooled one also counts differences between runs).
    long[] pooled = new long[runs.stream().mapToInt(r -> r.contributionHistogram().length).max().orElse(0)];
    for (RunResult r : runs) {
      long[] h = r.contributionHistogram();
      for (int c = 0; c < h.length; c++) pooled[c] += h[c];
    }
    String curve = String.format(Locale.ROOT, "contributions, pooled (Gini %.2f; mean Gini over runs %.2f)",
        Inequality.giniOfHistogram(pooled), summary.metrics().get(RunMetrics.GINI).mean());
    out.add(NamedChart.of(LORENZ, Charts.lorenz("Who contributes: posts, reshares and comments per user, "
        + (runs.size() == 1 ? "1 run" : runs.size() + " runs pooled"),
        Map.of(curve, Inequality.lorenzOfHistogram(pooled, 200)), Double.NaN)));

    out.add(cascadeSizes(runs));
    out.addAll(MarketChartSet.charts(e, summary));
    return out;
  }

  /** The CCDF of the cascade sizes of all items, campaign items and the others apart. */
  public static NamedChart cascadeSizes(List<RunResult> runs) {
    Map<String, long[]> sizes = new LinkedHashMap<>();
    sizes.put("other items (organic posts, reviews, complaints...)", itemSizes(runs, false));
    sizes.put("campaign", itemSizes(runs, true));
    return NamedChart.of(CASCADE_SIZES, Charts.ccdfLogLog("Cascade sizes of all items: share of items at least this"
        + " large", sizes, "cascade size (users who posted or reshared)"));
  }

  static double[] ticks(int steps) {
    double[] ticks = new double[steps];
    for (int t = 0; t < steps; t++) ticks[t] = t;
    return ticks;
  }

  private static long[] itemSizes(List<RunResult> runs, boolean campaign) {
    return runs.stream().flatMap(r -> r.items().stream()).filter(i -> i.isCampaign() == campaign)
        .mapToLong(ItemRecord::size).toArray();
  }
}
