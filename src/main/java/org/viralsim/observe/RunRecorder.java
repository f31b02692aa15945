package org.viralsim.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Campaign;
import org.viralsim.model.Activity;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;
import org.viralsim.stats.Inequality;
import org.viralsim.stats.TreeMetrics;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Watches one run: scheduled after the model each tick, it records the per-tick measures, and as
 * items end it records their cascades. {@link #result} then gives the run's metrics.
 */
public final class RunRecorder implements Steppable, CampaignSim.ItemListener {
  private static final long serialVersionUID = 1L;

  private final CampaignSim sim;
  private final String[] roles;
  private final MarketMeasures market;
  private final TickSeries series;
  private final List<ItemRecord> items = new ArrayList<>();
  private ItemRecord campaignRecord;
  private long lastImpressions;
  private long lastCampaignReshares;
  private int ticksRun;

  public RunRecorder(CampaignSim sim) {
    this.sim = sim;
    this.roles = sim.scenario().population().roleNames();
    this.market = new MarketMeasures(sim);
    this.series = new TickSeries(SeriesColumns.all(sim.scenario()), sim.scenario().steps());
    sim.setItemListener(this);
  }

  /** Schedules this recorder after the model's phases; call after {@code sim.start()}. */
  public void attach() {
    sim.schedule.scheduleRepeating(sim.schedule.EPOCH, CampaignSim.ORDER_OBSERVE, this, 1.0);
  }

  @Override
  public void step(SimState state) {
    int t = sim.tick();
    Item campaign = sim.campaignItem();
    long impressions = campaign == null ? 0 : campaign.impressions();
    long reshares = campaign == null ? 0 : campaign.reshares();
    series.set(SeriesColumns.IMPRESSIONS_NEW, t, impressions - lastImpressions);
    series.set(SeriesColumns.IMPRESSIONS, t, impressions);
    series.set(SeriesColumns.REACH, t, campaign == null ? 0 : campaign.reach());
    series.set(SeriesColumns.CAMPAIGN_RESHARES, t, reshares - lastCampaignReshares);
    lastImpressions = impressions;
    lastCampaignReshares = reshares;
    Activity a = sim.activity();
    for (int r = 0; r < roles.length; r++) {
      series.set(SeriesColumns.ofRole(SeriesColumns.POSTS, roles[r]), t, a.posts(r));
      series.set(SeriesColumns.ofRole(SeriesColumns.RESHARES, roles[r]), t, a.reshares(r));
      series.set(SeriesColumns.ofRole(SeriesColumns.COMMENTS, roles[r]), t, a.comments(r));
      series.set(SeriesColumns.ofRole(SeriesColumns.ACTIVE, roles[r]), t, a.active(r));
    }
    market.record(series, t);
    ticksRun = t + 1;
  }

  @Override
  public void itemEnded(Item item, boolean complete) {
    int[] parents = item.parentIndex();
    ItemRecord record = new ItemRecord(item.id(), item.kind(), item.campaign(), item.createdTick(), item.authors(),
        item.cascadeSize(), TreeMetrics.depth(parents), TreeMetrics.maxBreadth(parents),
        TreeMetrics.structuralVirality(parents), complete);
    items.add(record);
    if (item.campaign() == 0) campaignRecord = record;
  }

  /** The per-tick measures so far: ticks before {@link #ticksRecorded()} are filled (live, do not modify). */
  public TickSeries series() { return series; }

  /** How many ticks have been recorded. */
  public int ticksRecorded() { return ticksRun; }

  /** The cascades of the items that have ended so far, oldest first (live: copy it under the schedule's lock). */
  public List<ItemRecord> endedItems() { return Collections.unmodifiableList(items); }

  /** The main campaign's indicators so far, as the run's results will give them at its end. */
  public Map<String, Double> campaignKpis() { return market.kpis(0); }

  /** How many users made how many posts, reshares and comments so far: index = actions, value = users. */
  public long[] contributionHistogram() { return histogram(sim.activity().contributions()); }

  /** The run's results; call once after the run stopped and {@link CampaignSim#endInFlight()}. */
  public RunResult result(int replication, long seed) {
    padAfter(ticksRun);
    Item campaign = sim.campaignItem();
    int n = sim.graph().nodeCount();
    Map<String, Double> m = new LinkedHashMap<>();
    double reachFraction = campaign.reach() / (double) n;
    m.put(RunMetrics.REACH, (double) campaign.reach());
    m.put(RunMetrics.REACH_FRACTION, reachFraction);
    m.put(RunMetrics.IMPRESSIONS, (double) campaign.impressions());
    m.put(RunMetrics.RESHARES, (double) campaign.reshares());
    m.put(RunMetrics.COMMENTS, (double) campaign.comments());
    m.put(RunMetrics.CASCADE_SIZE, (double) campaignRecord.size());
    m.put(RunMetrics.CASCADE_DEPTH, (double) campaignRecord.depth());
    m.put(RunMetrics.CASCADE_MAX_BREADTH, (double) campaignRecord.maxBreadth());
    m.put(RunMetrics.STRUCTURAL_VIRALITY, campaignRecord.structuralVirality());
    m.put(RunMetrics.TIME_TO_PEAK, timeToPeak(campaign.createdTick()));
    market.kpis(0).forEach(m::putIfAbsent);
    Activity a = sim.activity();
    long total = 0;
    for (int r = 0; r < roles.length; r++) total += a.actionsTotal(r);
    for (int r = 0; r < roles.length; r++) {
      m.put(RunMetrics.SHARE_OF_ACTIONS + roles[r], total == 0 ? Double.NaN : a.actionsTotal(r) / (double) total);
    }
    m.put(RunMetrics.GINI, Inequality.gini(toLong(a.contributions())));
    m.put(RunMetrics.VIRAL, reachFraction > sim.scenario().viralThreshold() ? 1.0 : 0.0);
    List<Campaign> campaigns = sim.scenario().campaigns();
    if (campaigns.size() > 1) {
      for (int c = 0; c < campaigns.size(); c++) {
        String prefix = campaigns.get(c).name() + ".";
        market.kpis(c).forEach((k, v) -> m.put(prefix + k, v));
      }
    }
    List<RunResult.SeedUser> seeds = new ArrayList<>();
    for (int c = 0; c < campaigns.size(); c++) {
      for (int u : sim.campaignSeeds(c)) {
        seeds.add(new RunResult.SeedUser(campaigns.get(c).name(), sim.graph().label(u), roles[sim.roleOf()[u]],
            sim.graph().outDegree(u)));
      }
    }
    return new RunResult(replication, seed, m, series, List.copyOf(items), contributionHistogram(), ticksRun,
        List.copyOf(seeds));
  }

  /** Ticks from the campaign's start to the tick with most new impressions; NaN if it had none. */
  private double timeToPeak(int start) {
    double[] fresh = series.column(SeriesColumns.IMPRESSIONS_NEW);
    int best = -1;
    for (int t = start; t < fresh.length; t++) if (fresh[t] > 0 && (best < 0 || fresh[t] > fresh[best])) best = t;
    return best < 0 ? Double.NaN : best - start;
  }

  /** After a run went quiet: nothing new happens, cumulative measures stay where they were. */
  private void padAfter(int from) {
    if (from == 0) return;
    for (String name : series.names()) {
      if (!SeriesColumns.isLevel(name)) continue;
      double[] column = series.column(name);
      for (int t = from; t < column.length; t++) column[t] = column[from - 1];
    }
  }

  private static long[] toLong(int[] counts) {
    long[] out = new long[counts.length];
    for (int i = 0; i < counts.length; i++) out[i] = counts[i];
    return out;
  }

  static long[] histogram(int[] counts) {
    int max = 0;
    for (int c : counts) max = Math.max(max, c);
    long[] h = new long[max + 1];
    for (int c : counts) h[c]++;
    return h;
  }
}
