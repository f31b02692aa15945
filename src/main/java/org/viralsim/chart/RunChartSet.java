package org.viralsim.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.experiment.RunAggregates;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Counts;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Inequality;

/** The charts of a run's results folder: reach, reshares by role, Lorenz curve, cascade sizes, and the market's. */
public final class RunChartSet {
  private RunChartSet() {}

  public static final String REACH = "reach_over_time";
  public static final String RESHARES_BY_ROLE = "reshares_by_role";
  public static final String LORENZ = "lorenz_contributions";
  public static final String CASCADE_SIZES = "cascade_sizes_ccdf";

  public static List<NamedChart> charts(RunAggregates e, Summary summary) {
    List<NamedChart> out = new ArrayList<>();
    int runs = e.runs();
    double[] ticks = ticks(e.scenario().steps());

    out.add(NamedChart.of(REACH, Charts.reachOverTime("Campaign reach over time (" + runs + " runs)", ticks,
        e.overTime(SeriesColumns.REACH, 0, Double.POSITIVE_INFINITY), e.reachBand(false), e.reachBand(true),
        "users reached (cumulative)")));

    Map<String, double[]> byRole = new LinkedHashMap<>();
    for (String role : e.scenario().population().roleNames()) {
      Estimate[] estimates = e.overTime(SeriesColumns.ofRole(SeriesColumns.RESHARES, role), Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY);
      byRole.put(role, Arrays.stream(estimates).mapToDouble(Estimate::mean).toArray());
    }
    out.add(NamedChart.of(RESHARES_BY_ROLE, Charts.byRoleOverTime("Reshares per hour by role, all items (mean of "
        + runs + " runs)", ticks, byRole, "reshares per hour")));

    // Every user of every run, pooled; the legend gives the pooled Gini with the summary's mean of
    // the runs' Ginis (the pooled one also counts differences between runs).
    long[] pooled = e.contributions();
    String curve = String.format(Locale.ROOT, "contributions, pooled (Gini %.2f; mean Gini over runs %.2f)",
        Inequality.giniOfHistogram(pooled), summary.metrics().get(RunMetrics.GINI).mean());
    out.add(NamedChart.of(LORENZ, Charts.lorenz("Who contributes: posts, reshares and comments per user, "
        + (runs == 1 ? "1 run" : runs + " runs pooled"),
        Map.of(curve, Inequality.lorenzOfHistogram(pooled, 200)), Double.NaN)));

    out.add(cascadeSizes(e.cascadeSizes(false), e.cascadeSizes(true)));
    out.addAll(MarketChartSet.charts(e, summary));
    return out;
  }

  /** The CCDF of the cascade sizes of all items, campaign items and the others apart. */
  public static NamedChart cascadeSizes(List<RunResult> runs) {
    Counts other = new Counts();
    Counts campaign = new Counts();
    for (RunResult r : runs) for (ItemRecord i : r.items()) (i.isCampaign() ? campaign : other).add(i.size());
    return cascadeSizes(other.toArray(), campaign.toArray());
  }

  /** As above from the items' counts by size (entry s: items of size s). */
  private static NamedChart cascadeSizes(long[] other, long[] campaign) {
    Map<String, long[]> sizes = new LinkedHashMap<>();
    sizes.put("other items (organic posts, reviews, complaints...)", other);
    sizes.put("campaign", campaign);
    return NamedChart.of(CASCADE_SIZES, Charts.ccdfLogLogOfCounts("Cascade sizes of all items: share of items at least"
        + " this large", sizes, "cascade size (users who posted or reshared)"));
  }

  static double[] ticks(int steps) {
    double[] ticks = new double[steps];
    for (int t = 0; t < steps; t++) ticks[t] = t;
    return ticks;
  }
}
