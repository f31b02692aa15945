package org.viralsim.observe;

import java.util.ArrayList;
import java.util.List;

/** Names of the per-run metrics, in output order. */
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
  public static final String SHARE_OF_ACTIONS = "share_of_actions_";
  public static final String GINI = "gini_contributions";
  public static final String VIRAL = "viral";

  /** All metric names for a population with these roles. */
  public static List<String> names(String[] roles) {
    List<String> names = new ArrayList<>(List.of(REACH, REACH_FRACTION, IMPRESSIONS, RESHARES, COMMENTS,
        CASCADE_SIZE, CASCADE_DEPTH, CASCADE_MAX_BREADTH, STRUCTURAL_VIRALITY, TIME_TO_PEAK));
    for (String role : roles) names.add(SHARE_OF_ACTIONS + role);
    names.add(GINI);
    names.add(VIRAL);
    return names;
  }
}
