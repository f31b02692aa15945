package org.viralsim.observe;

import java.util.ArrayList;
import java.util.List;
import org.viralsim.config.Campaign;
import org.viralsim.config.Scenario;

/**
 * The names of the per-tick measures of a run ({@code timeseries.csv}'s columns, {@link TickSeries}
 * names), spelled here once for the recorders that fill them and the charts and files that read them.
 */
public final class SeriesColumns {
  /** New reads of the main campaign's item in the tick. */
  public static final String IMPRESSIONS_NEW = "impressions_new";
  /** Reads of the main campaign's item so far. */
  public static final String IMPRESSIONS = "impressions";
  /** Users who read the main campaign's item so far. */
  public static final String REACH = "reach";
  /** Reshares of the main campaign's item in the tick. */
  public static final String CAMPAIGN_RESHARES = "campaign_reshares";
  /** Per-role measures of the tick, named {@code <prefix><role>}. */
  public static final String POSTS = "posts_";
  public static final String RESHARES = "reshares_";
  public static final String COMMENTS = "comments_";
  public static final String ACTIVE = "active_";
  static final List<String> PER_ROLE = List.of(POSTS, RESHARES, COMMENTS, ACTIVE);

  /** Per-campaign measures, named {@code <campaign>.<measure>}; all but impressions_new are running totals. */
  public static final String CAMPAIGN_IMPRESSIONS_NEW = "impressions_new";
  public static final String CAMPAIGN_REACH = "reach";
  public static final String CAMPAIGN_COST = "cost";
  public static final String CAMPAIGN_REVENUE = "revenue";
  public static final String CAMPAIGN_CONVERSIONS = "conversions";
  static final List<String> CAMPAIGN_SERIES = List.of(CAMPAIGN_IMPRESSIONS_NEW, CAMPAIGN_REACH, CAMPAIGN_COST,
      CAMPAIGN_REVENUE, CAMPAIGN_CONVERSIONS);

  /** Per-brand measures, named {@code <brand>.<measure>}, all levels or running totals. */
  public static final String ATTITUDE = "attitude";
  public static final String NET_SENTIMENT = "net_sentiment";
  public static final String AWARE = "aware";
  public static final String CUSTOMERS = "customers";
  public static final String PURCHASES = "purchases";
  public static final String CHURNED = "churned";
  public static final String COMPLAINTS = "complaints";
  static final List<String> BRAND_SERIES = List.of(ATTITUDE, NET_SENTIMENT, AWARE, CUSTOMERS, PURCHASES, CHURNED,
      COMPLAINTS);

  private SeriesColumns() {}

  /** A per-role measure's column, e.g. {@code reshares_lurker}. */
  public static String ofRole(String prefix, String role) { return prefix + role; }

  /** A campaign's or brand's measure's column, e.g. {@code launch.cost} or {@code acme.attitude}. */
  public static String of(String campaignOrBrand, String measure) { return campaignOrBrand + "." + measure; }

  /** The columns of the main campaign and the roles, for a population with these roles. */
  public static List<String> ofRun(String[] roles) {
    List<String> names = new ArrayList<>(List.of(IMPRESSIONS_NEW, IMPRESSIONS, REACH, CAMPAIGN_RESHARES));
    for (String prefix : PER_ROLE) for (String role : roles) names.add(ofRole(prefix, role));
    return names;
  }

  /** Every column of a scenario's runs, in the order written. */
  public static List<String> all(Scenario s) {
    List<String> names = ofRun(s.population().roleNames());
    for (Campaign c : s.campaigns()) for (String m : CAMPAIGN_SERIES) names.add(of(c.name(), m));
    s.brands().forEach(b -> BRAND_SERIES.forEach(m -> names.add(of(b.name(), m))));
    return names;
  }

  /** Whether a column is a level or running total, which stays put once a run is over. */
  static boolean isLevel(String column) {
    return column.equals(IMPRESSIONS) || column.equals(REACH)
        || column.contains(".") && !column.endsWith("." + CAMPAIGN_IMPRESSIONS_NEW);
  }
}
