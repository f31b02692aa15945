package org.viralsim.observe;

import java.util.ArrayList;
import java.util.List;

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
