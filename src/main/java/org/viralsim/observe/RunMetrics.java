package org.viralsim.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names of the per-run metrics, in output order. Measures of the main (first) campaign carry no
 * prefix; with several campaigns every campaign's indicators follow as {@code <campaign>.<kpi>}.
 */
public final class RunMetrics {
  private RunMetrics() {}

  public static final String REACH = "reach";
  public static final String REACH_FRACTION = "reach_fraction";
  public static final String IMPRESSIONS = "impressions";
  public static final String RESHARES = "reshares";
  public static final String COMMENTS = "comments";
  public static final String CASCADE_SIZE = "cascade_size";
  public static final String CASCADE_DEPTH = "cascade_depth";
  public static final String CASCADE_MAX_BREADTH = "cascade_max_breadth";
  public static final String STRUCTURAL_VIRALITY = "structural_virality";
  public static final String TIME_TO_PEAK = "time_to_peak";
  public static final String ENGAGEMENT_RATE = "engagement_rate";
  public static final String SHARE_OF_VOICE = "share_of_voice";
  public static final String NET_SENTIMENT = "net_sentiment";
  public static final String ATTITUDE = "attitude";
  public static final String AWARE = "aware";
  public static final String COMPLAINTS = "complaints";
  public static final String ANSWERED_COMPLAINTS = "answered_complaints";
  public static final String CONVERSIONS = "conversions";
  public static final String ABANDONED = "abandoned_after_reviews";
  public static final String CHURNED = "churned";
  public static final String REVENUE = "revenue";
  public static final String COST = "cost";
  public static final String COST_PER_ENGAGEMENT = "cost_per_engagement";
  public static final String COST_PER_CONVERSION = "cost_per_conversion";
  public static final String ROI = "roi";
  public static final String SHARE_OF_ACTIONS = "share_of_actions_";
  public static final String GINI = "gini_contributions";
  public static final String VIRAL = "viral";

  /**
   * The values a metric can take in one run, [min, max]; {@code binary} when every run gives 0 or 1.
   * The interval of a metric's mean stays in its range ({@code experiment.Summary}).
   */
  public record Range(double min, double max, boolean binary) {
    /** Counts and amounts: users, reads, actions, generations, ticks, euros. */
    public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY, false);
    /** Shares of users, of impressions or of actions, and the Gini coefficient. */
    public static final Range SHARE = new Range(0, 1, false);
    /** Attitudes and net sentiment. */
    public static final Range PLUS_MINUS_ONE = new Range(-1, 1, false);
    /** Yes or no in each run. */
    public static final Range ZERO_OR_ONE = new Range(0, 1, true);
    /** No bound known. */
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
  }

  private static final Map<String, Range> RANGES = Map.ofEntries(
      Map.entry(REACH, Range.NON_NEGATIVE), Map.entry(REACH_FRACTION, Range.SHARE),
      Map.entry(IMPRESSIONS, Range.NON_NEGATIVE), Map.entry(RESHARES, Range.NON_NEGATIVE),
      Map.entry(COMMENTS, Range.NON_NEGATIVE), Map.entry(CASCADE_SIZE, Range.NON_NEGATIVE),
      Map.entry(CASCADE_DEPTH, Range.NON_NEGATIVE), Map.entry(CASCADE_MAX_BREADTH, Range.NON_NEGATIVE),
      Map.entry(STRUCTURAL_VIRALITY, Range.NON_NEGATIVE), Map.entry(TIME_TO_PEAK, Range.NON_NEGATIVE),
      // Actions per read, not a share: a read can bring both a reshare and a comment, so up to 2.
      Map.entry(ENGAGEMENT_RATE, Range.NON_NEGATIVE),
      Map.entry(SHARE_OF_VOICE, Range.SHARE), Map.entry(NET_SENTIMENT, Range.PLUS_MINUS_ONE),
      Map.entry(ATTITUDE, Range.PLUS_MINUS_ONE), Map.entry(AWARE, Range.NON_NEGATIVE),
      Map.entry(COMPLAINTS, Range.NON_NEGATIVE), Map.entry(ANSWERED_COMPLAINTS, Range.NON_NEGATIVE),
      Map.entry(CONVERSIONS, Range.NON_NEGATIVE), Map.entry(ABANDONED, Range.NON_NEGATIVE),
      Map.entry(CHURNED, Range.NON_NEGATIVE), Map.entry(REVENUE, Range.NON_NEGATIVE), Map.entry(COST, Range.NON_NEGATIVE),
      Map.entry(COST_PER_ENGAGEMENT, Range.NON_NEGATIVE), Map.entry(COST_PER_CONVERSION, Range.NON_NEGATIVE),
      // (revenue - cost) / cost with revenue >= 0: at worst the whole cost is lost.
      Map.entry(ROI, new Range(-1, Double.POSITIVE_INFINITY, false)),
      Map.entry(GINI, Range.SHARE), Map.entry(VIRAL, Range.ZERO_OR_ONE));

  /**
   * The range of a metric named by {@link #names}: a campaign's {@code <campaign>.<kpi>} has its
   * KPI's, every {@code share_of_actions_<role>} is a share; a name not listed here has range ANY.
   */
  public static Range range(String metric) {
    Range r = RANGES.get(metric);
    if (r != null) return r;
    int dot = metric.lastIndexOf('.');
    if (dot >= 0 && KPIS.contains(metric.substring(dot + 1))) return RANGES.get(metric.substring(dot + 1));
    return metric.startsWith(SHARE_OF_ACTIONS) ? Range.SHARE : Range.ANY;
  }

  /** The indicators of one campaign (its brand's for attitude, sentiment, complaints and churn). */
  public static final List<String> KPIS = List.of(REACH, IMPRESSIONS, RESHARES, COMMENTS, ENGAGEMENT_RATE,
      SHARE_OF_VOICE, NET_SENTIMENT, ATTITUDE, AWARE, COMPLAINTS, ANSWERED_COMPLAINTS, CONVERSIONS, ABANDONED, CHURNED,
      REVENUE, COST, COST_PER_ENGAGEMENT, COST_PER_CONVERSION, ROI);

  /** All metric names for a population with these roles and these campaigns. */
  public static List<String> names(String[] roles, List<String> campaigns) {
    List<String> names = new ArrayList<>(List.of(REACH, REACH_FRACTION, IMPRESSIONS, RESHARES, COMMENTS,
        CASCADE_SIZE, CASCADE_DEPTH, CASCADE_MAX_BREADTH, STRUCTURAL_VIRALITY, TIME_TO_PEAK));
    for (String kpi : KPIS) if (!names.contains(kpi)) names.add(kpi);
    for (String role : roles) names.add(SHARE_OF_ACTIONS + role);
    names.add(GINI);
    names.add(VIRAL);
    if (campaigns.size() > 1) for (String c : campaigns) for (String kpi : KPIS) names.add(c + "." + kpi);
    return names;
  }
}
