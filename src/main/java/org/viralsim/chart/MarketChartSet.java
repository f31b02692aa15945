package org.viralsim.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.experiment.RunAggregates;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Estimate;

/** The charts of campaigns and brands: the KPI map and indicators over time. */
final class MarketChartSet {
  static final String KPI_MAP = "kpi_map";
  static final String ATTITUDE = "attitude_over_time";
  static final String NET_SENTIMENT = "net_sentiment_over_time";
  static final String PURCHASES_CHURN = "purchases_and_churn_over_time";
  static final String COST_REVENUE = "cost_and_revenue_over_time";
  static final String SHARE_OF_VOICE = "share_of_voice_over_time";

  /** The indicators of the KPI map, with their units, in the order shown. */
  private static final String[][] MAP = {
      {RunMetrics.REACH, "users"}, {RunMetrics.IMPRESSIONS, "reads"}, {RunMetrics.ENGAGEMENT_RATE, "actions per read"},
      {RunMetrics.SHARE_OF_VOICE, "share"}, {RunMetrics.NET_SENTIMENT, "-1 to 1"}, {RunMetrics.COMPLAINTS, "posts"},
      {RunMetrics.ANSWERED_COMPLAINTS, "replies"}, {RunMetrics.CONVERSIONS, "buyers"}, {RunMetrics.CHURNED, "users"},
      {RunMetrics.REVENUE, "EUR"}, {RunMetrics.COST, "EUR"}, {RunMetrics.COST_PER_ENGAGEMENT, "EUR"},
      {RunMetrics.COST_PER_CONVERSION, "EUR"}, {RunMetrics.ROI, "ratio"}};

  private MarketChartSet() {}

  /** The indicators of the KPI map, one column per source of estimates (a campaign, a scenario). */
  static List<KpiCharts.Kpi> kpis(List<Function<String, Estimate>> columns) {
    List<KpiCharts.Kpi> kpis = new ArrayList<>();
    for (String[] kpi : MAP) {
      kpis.add(new KpiCharts.Kpi(kpi[0], kpi[1], columns.stream().map(c -> c.apply(kpi[0])).toList()));
    }
    return kpis;
  }

  static List<NamedChart> charts(RunAggregates e, Summary summary) {
    List<NamedChart> out = new ArrayList<>();
    List<Campaign> campaigns = e.scenario().campaigns();
    List<String> names = campaigns.stream().map(Campaign::name).toList();
    List<KpiCharts.Kpi> kpis = kpis(names.stream().map(c -> (Function<String, Estimate>) kpi -> summary.metrics()
        .get(campaigns.size() == 1 ? kpi : c + "." + kpi)).toList());
    int[] size = KpiCharts.kpiMapSize(kpis.size(), names.size());
    out.add(new NamedChart(KPI_MAP, KpiCharts.kpiMap("Campaign indicators side by side: mean and 95% CI over "
        + e.runs() + " runs", names, kpis), size[0], size[1]));

    double[] ticks = RunChartSet.ticks(e.scenario().steps());
    List<String> brands = e.scenario().brands().stream().map(Brand::name).toList();
    out.add(NamedChart.of(ATTITUDE, KpiCharts.meanOverTimeOfEstimates("Mean attitude towards each brand (-1 to 1)", ticks,
        overTime(e, brands, SeriesColumns.ATTITUDE, "", -1, 1), "mean attitude of all users")));
    out.add(NamedChart.of(NET_SENTIMENT, KpiCharts.meanOverTimeOfEstimates("Net sentiment of users' posts and comments about each"
        + " brand", ticks, overTime(e, brands, SeriesColumns.NET_SENTIMENT, "", -1, 1),
        "(positive - negative) / (positive + negative)")));
    Map<String, Estimate[]> buying = overTime(e, brands, SeriesColumns.PURCHASES, " purchases", 0, Double.POSITIVE_INFINITY);
    buying.putAll(overTime(e, brands, SeriesColumns.CHURNED, " churned", 0, Double.POSITIVE_INFINITY));
    out.add(NamedChart.of(PURCHASES_CHURN, KpiCharts.meanOverTimeOfEstimates("Purchases and churn so far", ticks, buying,
        "users (cumulative)")));
    Map<String, Estimate[]> money = overTime(e, names, SeriesColumns.CAMPAIGN_COST, " cost", 0, Double.POSITIVE_INFINITY);
    money.putAll(overTime(e, names, SeriesColumns.CAMPAIGN_REVENUE, " revenue", 0, Double.POSITIVE_INFINITY));
    out.add(NamedChart.of(COST_REVENUE, KpiCharts.meanOverTimeOfEstimates("Cost and revenue of each campaign so far", ticks,
        money, "EUR (cumulative)")));
    if (names.size() > 1) {
      out.add(NamedChart.of(SHARE_OF_VOICE, KpiCharts.shareOfVoice("Share of voice: each campaign's share of all"
          + " campaign reads so far", ticks, shareOfVoice(e.shareOfVoice(), names))));
    }
    return out;
  }

  /** Per name, the estimates over time of its per-tick measure ({@code <name>.<measure>}), labelled {@code <name><label>}. */
  private static Map<String, Estimate[]> overTime(RunAggregates e, List<String> names, String measure, String label,
      double min, double max) {
    Map<String, Estimate[]> out = new LinkedHashMap<>();
    for (String name : names) out.put(name + label, e.overTime(SeriesColumns.of(name, measure), min, max));
    return out;
  }

  /** Each campaign's mean share of voice per tick, by name. */
  private static Map<String, double[]> shareOfVoice(double[][] meanShares, List<String> names) {
    Map<String, double[]> share = new LinkedHashMap<>();
    for (int c = 0; c < names.size(); c++) {
      // A sum of runs' shares of 1 / runs can round to just above 1.
      share.put(names.get(c), Arrays.stream(meanShares[c]).map(v -> Math.min(1, v)).toArray());
    }
    return share;
  }
}
