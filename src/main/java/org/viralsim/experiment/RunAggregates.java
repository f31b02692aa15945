package org.viralsim.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Campaign;
import org.viralsim.config.Scenario;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Counts;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.RunningEstimates;
import org.viralsim.stats.TailQuantiles;

/**
 * What a run's summary, charts and report need from its replications, gathered as they stream past
 * in replication order, so that no replication's per-tick series or item records are kept: memory
 * grows with the ticks, the largest cascade and the number of users, and by one number per
 * replication and metric only. Kept: every per-run metric's values (the summary's estimates come
 * from them as from kept runs, to the last digit), each per-tick measure's running mean and
 * variance, the runs' reach at both ends of each tick (for the band of the middle runs),
 * contributions per user and cascade sizes as counts, and each campaign's mean share of voice per
 * tick.
 */
public final class RunAggregates {
  private final Scenario scenario;
  private final int replications;
  private final Map<String, double[]> metrics = new LinkedHashMap<>();
  private final Map<String, RunningEstimates> byTick = new LinkedHashMap<>();
  private final TailQuantiles[] reachTails;
  private final Counts contributions = new Counts();
  private final Counts campaignSizes = new Counts();
  private final Counts otherSizes = new Counts();
  private final double[][] shareOfVoice;
  private int runs;
  private int users;

  /** @param runsTail the share of runs left out at each end of the reach band, in (0, 0.5] */
  public RunAggregates(Scenario scenario, double runsTail) {
    this.scenario = scenario;
    this.replications = scenario.replications();
    this.reachTails = new TailQuantiles[scenario.steps()];
    for (int t = 0; t < reachTails.length; t++) reachTails[t] = new TailQuantiles(runsTail, replications);
    this.shareOfVoice = new double[scenario.campaigns().size()][scenario.steps()];
  }

  /** Adds the next replication; replications must come in order, each once. */
  public void add(RunResult r) {
    if (r.replication() != runs) {
      throw new IllegalArgumentException("replication " + r.replication() + " out of order, expected " + runs);
    }
    if (runs == 0) {
      for (String m : r.metrics().keySet()) metrics.put(m, new double[replications]);
      for (String c : r.series().names()) byTick.put(c, new RunningEstimates(r.series().ticks()));
      for (long c : r.contributionHistogram()) users += (int) c;
    }
    int i = runs;
    r.metrics().forEach((m, v) -> metrics.get(m)[i] = v);
    byTick.forEach((c, e) -> e.add(r.series().column(c)));
    double[] reach = r.series().column(SeriesColumns.REACH);
    for (int t = 0; t < reachTails.length; t++) reachTails[t].add(reach[t]);
    contributions.addAll(r.contributionHistogram());
    for (ItemRecord item : r.items()) (item.isCampaign() ? campaignSizes : otherSizes).add(item.size());
    addShareOfVoice(r);
    runs++;
  }

  /**
   * Each campaign's share of the reads of all campaigns so far, per tick, divided by the number of
   * replications and summed run by run (0 before any read).
   */
  private void addShareOfVoice(RunResult r) {
    List<Campaign> campaigns = scenario.campaigns();
    int steps = scenario.steps();
    double[][] cumulative = new double[campaigns.size()][steps];
    double[] total = new double[steps];
    for (int c = 0; c < campaigns.size(); c++) {
      double[] fresh = r.series().column(SeriesColumns.of(campaigns.get(c).name(), SeriesColumns.CAMPAIGN_IMPRESSIONS_NEW));
      double sum = 0;
      for (int t = 0; t < steps; t++) {
        sum += fresh[t];
        cumulative[c][t] = sum;
        total[t] += sum;
      }
    }
    for (int c = 0; c < campaigns.size(); c++) {
      for (int t = 0; t < steps; t++) if (total[t] > 0) shareOfVoice[c][t] += cumulative[c][t] / total[t] / replications;
    }
  }

  public Scenario scenario() { return scenario; }

  /** Replications added so far. */
  public int runs() { return runs; }

  /** Users of the network (of the first replication: all have as many). */
  public int users() { return users; }

  /** Each per-run metric's value in every replication, in replication order, in the order of the metrics. */
  public Map<String, double[]> metrics() {
    complete();
    return metrics;
  }

  /** The estimate of a per-tick measure's mean at every tick, within [min, max]. */
  public Estimate[] overTime(String column, double min, double max) {
    complete();
    RunningEstimates e = byTick.get(column);
    if (e == null) throw new IllegalArgumentException("no measure " + column);
    Estimate[] out = new Estimate[e.length()];
    for (int t = 0; t < out.length; t++) out[t] = e.estimate(t, min, max);
    return out;
  }

  /** The runs' reach per tick at the lower ({@code upper} false) or upper end of the band of runs. */
  public double[] reachBand(boolean upper) {
    complete();
    double[] out = new double[reachTails.length];
    for (int t = 0; t < out.length; t++) out[t] = upper ? reachTails[t].high() : reachTails[t].low();
    return out;
  }

  /** Users of all replications by number of contributions (entry c: users with c actions). */
  public long[] contributions() { return contributions.toArray(); }

  /** Items by cascade size (entry s: items of size s), campaign items or all others. */
  public long[] cascadeSizes(boolean campaign) { return (campaign ? campaignSizes : otherSizes).toArray(); }

  /** Each campaign's mean share of voice per tick, in the scenario's order of campaigns. */
  public double[][] shareOfVoice() {
    complete();
    return shareOfVoice;
  }

  private void complete() {
    if (runs != replications) throw new IllegalStateException(runs + " of " + replications + " replications added");
  }
}
