package org.viralsim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
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

  static List<NamedChart> charts(Replications e, Summary summary) {
    List<NamedChart> out = new ArrayList<>();
    List<Campaign> campaigns = e.scenario().campaigns();
    List<RunResult> runs = e.runs();
    List<String> names = campaigns.stream().map(Campaign::name).toList();
    List<KpiCharts.Kpi> kpis = kpis(names.stream().map(c -> (Function<String, Estimate>) kpi -> summary.metrics()
        .get(campaigns.size() == 1 ? kpi : c + "." + kpi)).toList());
    int[] size = KpiCharts.kpiMapSize(kpis.size(), names.size());
    out.add(new NamedChart(KPI_MAP, KpiCharts.kpiMap("Campaign indicators side by side: mean and 95% CI over "
        + runs.size() + " runs", names, kpis), size[0], size[1]));

    int steps = e.scenario().steps();
    double[] ticks = RunChartSet.ticks(steps);
    List<String> brands = e.scenario().brands().stream().map(Brand::name).toList();
    out.add(NamedChart.of(ATTITUDE, KpiCharts.meanOverTime("Mean attitude towards each brand (-1 to 1)", ticks,
        columns(runs, brands, SeriesColumns.ATTITUDE, ""), "mean attitude of all users", -1, 1)));
    out.add(NamedChart.of(NET_SENTIMENT, KpiCharts.meanOverTime("Net sentiment of users' posts and comments about each"
        + " brand", ticks, columns(runs, brands, SeriesColumns.NET_SENTIMENT, ""),
        "(positive - negative) / (positive + negative)", -1, 1)));
    Map<String, double[][]> buying = columns(runs, brands, SeriesColumns.PURCHASES, " purchases");
    buying.putAll(columns(runs, brands, SeriesColumns.CHURNED, " churned"));
    out.add(NamedChart.of(PURCHASES_CHURN, KpiCharts.meanOverTime("Purchases and churn so far", ticks, buying,
        "users (cumulative)", 0, Double.POSITIVE_INFINITY)));
    Map<String, double[][]> money = columns(runs, names, SeriesColumns.CAMPAIGN_COST, " cost");
    money.putAll(columns(runs, names, SeriesColumns.CAMPAIGN_REVENUE, " revenue"));
    out.add(NamedChart.of(COST_REVENUE, KpiCharts.meanOverTime("Cost and revenue of each campaign so far", ticks,
        money, "EUR (cumulative)", 0, Double.POSITIVE_INFINITY)));
    if (names.size() > 1) {
      out.add(NamedChart.of(SHARE_OF_VOICE, KpiCharts.shareOfVoice("Share of voice: each campaign's share of all"
          + " campaign reads so far", ticks, shareOfVoice(runs, names, steps))));
    }
    return out;
  }

  /** One per-tick column per name ({@code <name>.<measure>}), labelled {@code <name><label>}. */
  private static Map<String, double[][]> columns(List<RunResult> runs, List<String> names, String measure, String label) {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String name : names) {
      double[][] values = new double[runs.size()][];
      for (int i = 0; i < values.length; i++) values[i] = runs.get(i).series().column(SeriesColumns.of(name, measure));
      out.put(name + label, values);
    }
    return out;
  }

  /** Mean over runs of each campaign's share of the reads of all campaigns so far (0 before any read). */
  private static Map<String, double[]> shareOfVoice(List<RunResult> runs, List<String> names, int steps) {
    Map<String, double[]> share = new LinkedHashMap<>();
    for (String name : names) share.put(name, new double[steps]);
    for (RunResult r : runs) {
      double[][] cumulative = new double[names.size()][steps];
      double[] total = new double[steps];
      for (int c = 0; c < names.size(); c++) {
        double[] fresh = r.series().column(SeriesColumns.of(names.get(c), SeriesColumns.CAMPAIGN_IMPRESSIONS_NEW));
        double sum = 0;
        for (int t = 0; t < steps; t++) {
          sum += fresh[t];
          cumulative[c][t] = sum;
          total[t] += sum;
        }
      }
      for (int c = 0; c < names.size(); c++) {
        double[] mean = share.get(names.get(c));
        for (int t = 0; t < steps; t++) if (total[t] > 0) mean[t] += cumulative[c][t] / total[t] / runs.size();
      }
    }
    // A sum of runs.size() shares of 1 / runs.size() can round to just above 1.
    for (double[] mean : share.values()) for (int t = 0; t < steps; t++) mean[t] = Math.min(1, mean[t]);
    return share;
  }
}
