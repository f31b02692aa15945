package org.viralsim.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Campaign;
import org.viralsim.model.BrandLedger;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;
import org.viralsim.model.Market;

/**
 * The indicators of campaigns and brands: per-tick columns {@code <campaign>.<measure>} and
 * {@code <brand>.<measure>}, and a campaign's key performance indicators at the end of a run.
 */
final class MarketMeasures {
  private final CampaignSim sim;
  private final List<Campaign> campaigns;
  private final List<String> brands = new ArrayList<>();
  private final long[] lastImpressions;

  MarketMeasures(CampaignSim sim) {
    this.sim = sim;
    this.campaigns = sim.scenario().campaigns();
    sim.scenario().brands().forEach(b -> brands.add(b.name()));
    this.lastImpressions = new long[campaigns.size()];
  }

  void record(TickSeries series, int t) {
    Market market = sim.market();
    for (int c = 0; c < campaigns.size(); c++) {
      String name = campaigns.get(c).name();
      Item item = sim.campaignItem(c);
      long impressions = item == null ? 0 : item.impressions();
      series.set(SeriesColumns.of(name, SeriesColumns.CAMPAIGN_IMPRESSIONS_NEW), t, impressions - lastImpressions[c]);
      lastImpressions[c] = impressions;
      series.set(SeriesColumns.of(name, SeriesColumns.CAMPAIGN_REACH), t, item == null ? 0 : item.reach());
      series.set(SeriesColumns.of(name, SeriesColumns.CAMPAIGN_COST), t, market.cost(c));
      series.set(SeriesColumns.of(name, SeriesColumns.CAMPAIGN_REVENUE), t, revenue(c));
      series.set(SeriesColumns.of(name, SeriesColumns.CAMPAIGN_CONVERSIONS), t, market.conversions(c));
    }
    int users = sim.graph().nodeCount();
    for (int b = 0; b < brands.size(); b++) {
      BrandLedger l = market.ledger(b);
      String name = brands.get(b);
      series.set(SeriesColumns.of(name, SeriesColumns.ATTITUDE), t, l.attitudeSum() / users);
      series.set(SeriesColumns.of(name, SeriesColumns.NET_SENTIMENT), t, l.netSentiment());
      series.set(SeriesColumns.of(name, SeriesColumns.AWARE), t, l.aware());
      series.set(SeriesColumns.of(name, SeriesColumns.CUSTOMERS), t, l.customers());
      series.set(SeriesColumns.of(name, SeriesColumns.PURCHASES), t, l.conversions());
      series.set(SeriesColumns.of(name, SeriesColumns.CHURNED), t, l.churned());
      series.set(SeriesColumns.of(name, SeriesColumns.COMPLAINTS), t, l.complaints());
    }
  }

  private double revenue(int c) {
    return sim.market().conversions(c) * sim.scenario().brands().get(brandOf(c)).value();
  }

  private int brandOf(int c) { return sim.scenario().brandIndex(campaigns.get(c).brand()); }

  /** The campaign's indicators, named as in {@link RunMetrics#KPIS}. */
  Map<String, Double> kpis(int c) {
    Market market = sim.market();
    Item item = sim.campaignItem(c);
    BrandLedger brand = market.ledger(brandOf(c));
    double impressions = item == null ? 0 : item.impressions();
    double engagements = item == null ? 0 : item.reshares() + item.comments();
    double allImpressions = 0;
    for (int k = 0; k < campaigns.size(); k++) {
      Item other = sim.campaignItem(k);
      if (other != null) allImpressions += other.impressions();
    }
    double conversions = market.conversions(c);
    double revenue = revenue(c);
    double cost = market.cost(c);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(RunMetrics.REACH, item == null ? 0.0 : item.reach());
    m.put(RunMetrics.IMPRESSIONS, impressions);
    m.put(RunMetrics.RESHARES, item == null ? 0.0 : item.reshares());
    m.put(RunMetrics.COMMENTS, item == null ? 0.0 : item.comments());
    m.put(RunMetrics.ENGAGEMENT_RATE, ratio(engagements, impressions));
    m.put(RunMetrics.SHARE_OF_VOICE, ratio(impressions, allImpressions));
    m.put(RunMetrics.NET_SENTIMENT, brand.netSentiment());
    m.put(RunMetrics.ATTITUDE, brand.attitudeSum() / sim.graph().nodeCount());
    m.put(RunMetrics.AWARE, (double) brand.aware());
    m.put(RunMetrics.COMPLAINTS, (double) brand.complaints());
    m.put(RunMetrics.ANSWERED_COMPLAINTS, (double) brand.answered());
    m.put(RunMetrics.CONVERSIONS, conversions);
    m.put(RunMetrics.ABANDONED, (double) brand.abandoned());
    m.put(RunMetrics.CHURNED, (double) brand.churned());
    m.put(RunMetrics.REVENUE, revenue);
    m.put(RunMetrics.COST, cost);
    m.put(RunMetrics.COST_PER_ENGAGEMENT, cost == 0 ? 0.0 : ratio(cost, engagements));
    m.put(RunMetrics.COST_PER_CONVERSION, cost == 0 ? 0.0 : ratio(cost, conversions));
    m.put(RunMetrics.ROI, ratio(revenue - cost, cost));
    return m;
  }

  /** a / b, NaN when b is 0 (the indicator is undefined in that run). */
  private static double ratio(double a, double b) { return b == 0 ? Double.NaN : a / b; }
}
