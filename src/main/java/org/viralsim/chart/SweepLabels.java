package org.viralsim.chart;

import java.util.List;
import java.util.Map;
import org.viralsim.observe.RunMetrics;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Scale;

/**
 * Names and axis labels of sweep charts: what each per-run metric is, in which unit, what the
 * usual scenario parameters are measured in, and file names that are safe on every system.
 */
public final class SweepLabels {
  private SweepLabels() {}

  /** Metric to {title, axis label with unit} (docs/results.md, per-run metrics). */
  private static final Map<String, String[]> METRICS = Map.ofEntries(
      Map.entry(RunMetrics.REACH, new String[] {"Reach", "users reached"}),
      Map.entry(RunMetrics.REACH_FRACTION, new String[] {"Reach", "share of users reached"}),
      Map.entry(RunMetrics.IMPRESSIONS, new String[] {"Impressions", "reads of the campaign item"}),
      Map.entry(RunMetrics.RESHARES, new String[] {"Reshares", "reshares of the campaign item"}),
      Map.entry(RunMetrics.COMMENTS, new String[] {"Comments", "comments on the campaign item"}),
      Map.entry(RunMetrics.CASCADE_SIZE, new String[] {"Cascade size", "users who posted or reshared"}),
      Map.entry(RunMetrics.CASCADE_DEPTH, new String[] {"Cascade depth", "generations of resharing"}),
      Map.entry(RunMetrics.CASCADE_MAX_BREADTH, new String[] {"Cascade breadth", "most sharers in one generation (users)"}),
      Map.entry(RunMetrics.STRUCTURAL_VIRALITY, new String[] {"Structural virality", "mean distance between sharers"}),
      Map.entry(RunMetrics.TIME_TO_PEAK, new String[] {"Time to peak", "ticks from start to peak"}),
      Map.entry(RunMetrics.ENGAGEMENT_RATE, new String[] {"Engagement rate", "engagement rate (actions per read)"}),
      Map.entry(RunMetrics.SHARE_OF_VOICE, new String[] {"Share of voice", "share of all campaigns' reads"}),
      Map.entry(RunMetrics.NET_SENTIMENT, new String[] {"Net sentiment", "net sentiment (-1 to 1)"}),
      Map.entry(RunMetrics.ATTITUDE, new String[] {"Attitude", "mean attitude at the end (-1 to 1)"}),
      Map.entry(RunMetrics.AWARE, new String[] {"Awareness", "users aware of the brand"}),
      Map.entry(RunMetrics.COMPLAINTS, new String[] {"Complaints", "complaints (posts)"}),
      Map.entry(RunMetrics.ANSWERED_COMPLAINTS, new String[] {"Replies to complaints", "replies posted by the brand"}),
      Map.entry(RunMetrics.CONVERSIONS, new String[] {"Conversions", "conversions (purchases)"}),
      Map.entry(RunMetrics.ABANDONED, new String[] {"Purchases abandoned after reviews", "purchases given up"}),
      Map.entry(RunMetrics.CHURNED, new String[] {"Churn", "customers lost (users)"}),
      Map.entry(RunMetrics.REVENUE, new String[] {"Revenue", "revenue (EUR)"}),
      Map.entry(RunMetrics.COST, new String[] {"Cost", "cost (EUR)"}),
      Map.entry(RunMetrics.COST_PER_ENGAGEMENT, new String[] {"Cost per engagement", "cost per engagement (EUR per action)"}),
      Map.entry(RunMetrics.COST_PER_CONVERSION, new String[] {"Cost per conversion", "cost per conversion (EUR per purchase)"}),
      Map.entry(RunMetrics.ROI, new String[] {"ROI", "ROI: (revenue - cost) / cost"}),
      Map.entry(RunMetrics.GINI, new String[] {"Gini of contributions", "Gini of contributions (0 to 1)"}),
      Map.entry(RunMetrics.VIRAL, new String[] {"Viral fraction", "share of runs that went viral"}));

  /** Last key of a parameter's path to the unit of its values (docs/scenario.md). */
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("appeal", "× reshare probability"),
      Map.entry("reshare", "probability per read"),
      Map.entry("comment", "probability per read"),
      Map.entry("activity", "probability online per tick"),
      Map.entry("post_rate", "posts per online tick"),
      Map.entry("mean_degree", "links per user"),
      Map.entry("nodes", "users"),
      Map.entry("count", "seed users"),
      Map.entry("viral_threshold", "share of users"),
      Map.entry("budget", "EUR"),
      Map.entry("cost_per_seed", "EUR"),
      Map.entry("cost_per_reply", "EUR"),
      Map.entry("value", "EUR"),
      Map.entry("cpm", "EUR per 1,000 impressions"),
      Map.entry("steps", "ticks"),
      Map.entry("start", "tick"),
      Map.entry("delay", "ticks"),
      Map.entry("duration", "ticks"),
      Map.entry("lifetime", "ticks"),
      Map.entry("length", "feed entries"),
      Map.entry("attention", "entries read per tick"));

  /** The metric as a chart title starts: {@code Reach}, {@code Viral fraction}, {@code Reach (acme)}. */
  public static String title(String metric) {
    int dot = metric.indexOf('.');
    if (dot > 0) return title(metric.substring(dot + 1)) + " of campaign " + metric.substring(0, dot);
    String[] known = METRICS.get(metric);
    if (known != null) return known[0];
    if (metric.startsWith(RunMetrics.SHARE_OF_ACTIONS)) {
      return "Share of actions by " + metric.substring(RunMetrics.SHARE_OF_ACTIONS.length()) + "s";
    }
    String shown = metric.replace('_', ' ');
    return Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
  }

  /**
   * The metric's value axis, with its unit; for {@code viral} the share of runs, with the reach
   * fraction above which a run counts as viral when it is the same at every point (else NaN).
   */
  public static String axis(String metric, double viralThreshold) {
    int dot = metric.indexOf('.');
    if (dot > 0) return axis(metric.substring(dot + 1), viralThreshold) + ", " + metric.substring(0, dot);
    if (metric.equals(RunMetrics.VIRAL) && Double.isFinite(viralThreshold)) {
      return "share of runs that went viral (reach above " + SweepCharts.label(100 * viralThreshold) + "% of users)";
    }
    String[] known = METRICS.get(metric);
    if (known != null) return known[1];
    if (metric.startsWith(RunMetrics.SHARE_OF_ACTIONS)) {
      return "share of all actions taken by " + metric.substring(RunMetrics.SHARE_OF_ACTIONS.length()) + "s";
    }
    return metric.replace('_', ' ');
  }

  /** The parameter's axis: its key path, with the unit of its values where known and a note of a log scale. */
  static String parameter(Parameter p, boolean log) {
    String key = p.key();
    String last = key.substring(key.lastIndexOf('.') + 1);
    String unit = UNITS.get(last);
    if (last.equals("count") && !key.endsWith("seeding.count")) unit = null;
    if (key.startsWith("diffusion.threshold.")) unit = "share of followed users";
    if (log) unit = unit == null ? "log scale" : unit + ", log scale";
    return unit == null ? key : key + " (" + unit + ")";
  }

  /**
   * A parameter's grid values as shown in legends and on grid axes: numbers to three significant
   * digits unless that would make two alike, other values as they are.
   */
  static String[] values(List<Object> values) {
    if (!values.stream().allMatch(v -> v instanceof Number)) {
      return values.stream().map(String::valueOf).toArray(String[]::new);
    }
    return SweepCharts.labels(values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray());
  }

  /** Whether a parameter's values are spread over a logarithmic scale, as declared in the sweep file. */
  static boolean log(Parameter p) {
    return p instanceof Parameter.Range r && r.scale() == Scale.LOG
        || p instanceof Parameter.Interval i && i.scale() == Scale.LOG;
  }

  /**
   * The metric as a file name starts: its name, except {@code viral_fraction} for {@code viral},
   * whose means are the share of runs that went viral.
   */
  static String metricFile(String metric) {
    return metric.equals(RunMetrics.VIRAL) ? "viral_fraction" : metric;
  }

  /** A file name part: letters, digits, dots, dashes and underscores; anything else becomes an underscore. */
  static String safe(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
