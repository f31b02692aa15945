package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Campaign;
import org.viralsim.config.Paid;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Seeds;
import org.viralsim.graph.Graph;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.observe.TickSeries;
import org.viralsim.stats.TreeMetrics;
import org.viralsim.testing.RandomScenarios.Case;
import org.viralsim.testing.RandomScenarios;
import org.viralsim.testing.Results;
import org.viralsim.testing.TestGraphs;

/** Whole runs of random small scenarios: reproducibility, causality and bookkeeping invariants. */
class CampaignPropertiesTest {

  static List<Case> cases() {
    return RandomScenarios.seeds(1_234_567L, 100).stream().map(RandomScenarios::of).toList();
  }

  /** A run exactly as RunEngine.runOne does it, keeping the model for inspection. */
  record Observed(CampaignSim sim, RunResult result) {}

  static Observed observe(Scenario scenario, Graph graph, int replication) {
    long seed = Seeds.replication(scenario.seed(), replication);
    CampaignSim sim = new CampaignSim(seed, scenario, graph);
    return new Observed(sim, RunEngine.runToEnd(sim, replication, seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theSameSeedGivesTheSameRun(Case c) {
    RunResult first = RunEngine.runOne(c.scenario(), c.graph(), 0);
    RunResult second = RunEngine.runOne(c.scenario(), c.graph(), 0);
    Results.assertSame(second, first);
    Results.assertSame(observe(c.scenario(), c.graph(), 0).result(), first);
    assertThat(first.seed()).isEqualTo(Seeds.replication(c.scenario().seed(), 0));
  }

  /** Users a campaign's paid impressions can be shown to. */
  static Set<Integer> audience(CampaignSim sim, Paid paid) {
    Set<Integer> out = new HashSet<>();
    byte[] roleOf = sim.roleOf();
    List<String> roles = List.of(sim.scenario().population().roleNames());
    for (int u = 0; u < roleOf.length; u++) {
      switch (paid.targeting()) {
        case RANDOM -> out.add(u);
        case ROLE -> { if (roleOf[u] == roles.indexOf(paid.role())) out.add(u); }
        case CREATOR_FOLLOWERS -> { if (roleOf[u] == 0) for (int v : sim.graph().followers(u)) out.add(v); }
      }
    }
    return out;
  }

  /**
   * Every campaign's cascade: sharers got the item along an arc from a seed, or read it as a paid
   * impression (a new root); readers are seeds, followers of sharers or, with paid reach, users of
   * its audience.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void everySharerGotTheCampaignAlongAnArcFromASeedOrAnAd(Case c) {
    Observed o = observe(c.scenario(), c.graph(), 0);
    CampaignSim sim = o.sim();
    Graph g = sim.graph();
    for (int k = 0; k < c.scenario().campaigns().size(); k++) {
      Campaign campaign = c.scenario().campaigns().get(k);
      Item item = sim.campaignItem(k);
      int[] seeds = sim.campaignSeeds(k);
      int[] sharers = item.sharersInOrder();
      int[] parents = item.parentIndex();
      boolean ads = campaign.paid().impressions() > 0;
      Set<Integer> audience = ads ? audience(sim, campaign.paid()) : Set.of();

      assertThat(IntStream.of(sharers).distinct().count()).isEqualTo(sharers.length);
      assertThat(IntStream.of(sharers).limit(seeds.length).toArray()).as("authors first").containsExactly(seeds);
      assertThat(item.authors()).isEqualTo(seeds.length);
      List<Integer> roots = new java.util.ArrayList<>();
      for (int i = 0; i < sharers.length; i++) {
        if (parents[i] < 0) {
          roots.add(sharers[i]);
          if (i >= seeds.length) assertThat(audience).as("campaign %d: root %d saw an ad", k, sharers[i]).contains(sharers[i]);
        } else {
          assertThat(i).isGreaterThanOrEqualTo(seeds.length);
          assertThat(parents[i]).isBetween(0, i - 1);
          assertThat(TestGraphs.hasArc(g, sharers[parents[i]], sharers[i]))
              .as("%d got it from %d, whom it follows", sharers[i], sharers[parents[i]]).isTrue();
        }
      }
      int[] dist = TestGraphs.distances(g, roots.stream().mapToInt(Integer::intValue).toArray());
      for (int u : sharers) assertThat(dist[u]).as("sharer %d is reachable from a root", u).isNotNegative();

      // Readers: the seeds, followers of sharers and the ads' audience, nobody else; every sharer read it first.
      Set<Integer> couldRead = new HashSet<>(audience);
      for (int s : seeds) couldRead.add(s);
      for (int u : sharers) for (int v : g.followers(u)) couldRead.add(v);
      int readers = 0;
      for (int v = 0; v < g.nodeCount(); v++) {
        if (item.readers.contains(v)) {
          readers++;
          assertThat(couldRead).as("reader %d", v).contains(v);
        }
      }
      assertThat(readers).isEqualTo(item.reach());
      for (int u : sharers) assertThat(item.readers.contains(u)).as("sharer %d read it", u).isTrue();
      long arcsFromSharers = IntStream.of(sharers).mapToLong(g::outDegree).sum();
      assertThat(item.impressions()).isLessThanOrEqualTo(arcsFromSharers + campaign.paid().impressions());

      // Seeds follow the strategy.
      byte[] roleOf = sim.roleOf();
      if (campaign.seeding().strategy() == SeedingStrategy.CREATORS) for (int u : seeds) assertThat(roleOf[u]).isZero();
      if (campaign.seeding().strategy() == SeedingStrategy.USERS) {
        assertThat(IntStream.of(seeds).mapToObj(Integer::toString).toList()).isEqualTo(campaign.seeding().users());
      }
    }
    // Roles follow the shares.
    Scenario s = c.scenario();
    double[] shares = s.population().roles().values().stream().mapToDouble(Role::share).toArray();
    int[] tally = new int[shares.length];
    for (byte r : sim.roleOf()) tally[r]++;
    assertThat(tally).containsExactly(RoleAssigner.counts(shares, g.nodeCount()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void countsAgreeWithEachOther(Case c) {
    Scenario s = c.scenario();
    Observed o = observe(s, c.graph(), 0);
    CampaignSim sim = o.sim();
    RunResult r = o.result();
    Map<String, Double> m = r.metrics();
    String[] roles = s.population().roleNames();
    int n = sim.graph().nodeCount();
    Item campaign = sim.campaignItem();
    int authors = sim.campaignSeeds().length;
    int start = s.campaign().start();

    List<String> names = s.campaigns().stream().map(Campaign::name).toList();
    assertThat(List.copyOf(m.keySet())).isEqualTo(RunMetrics.names(roles, names));
    assertThat(m.get(RunMetrics.CASCADE_SIZE)).isEqualTo(authors + m.get(RunMetrics.RESHARES));
    assertThat(m.get(RunMetrics.CASCADE_SIZE)).isEqualTo((double) campaign.cascadeSize());
    assertThat(m.get(RunMetrics.REACH)).isGreaterThanOrEqualTo(m.get(RunMetrics.CASCADE_SIZE)).isLessThanOrEqualTo(n);
    assertThat(m.get(RunMetrics.IMPRESSIONS)).isGreaterThanOrEqualTo(m.get(RunMetrics.REACH) - authors);
    assertThat(m.get(RunMetrics.REACH_FRACTION)).isEqualTo(m.get(RunMetrics.REACH) / n);
    assertThat(m.get(RunMetrics.VIRAL)).isEqualTo(m.get(RunMetrics.REACH_FRACTION) > s.viralThreshold() ? 1.0 : 0.0);
    assertThat(m.get(RunMetrics.GINI)).isBetween(0.0, (n - 1.0) / n + 1e-12);
    assertThat(m.get(RunMetrics.COMMENTS)).isEqualTo((double) campaign.comments());

    TickSeries series = r.series();
    assertThat(r.ticksRun()).isBetween(start + 1, s.steps());
    for (String name : series.names()) assertThat(series.column(name)).as(name).hasSize(s.steps());

    // Per-role actions: the series add up to the run's totals.
    long[] actions = new long[roles.length];
    long posts = 0;
    long reshares = 0;
    long comments = 0;
    for (int k = 0; k < roles.length; k++) {
      final int role = k;
      int members = (int) IntStream.range(0, n).filter(u -> sim.roleOf()[u] == role).count();
      for (int t = 0; t < s.steps(); t++) {
        double p = series.column("posts_" + roles[k])[t];
        double rs = series.column("reshares_" + roles[k])[t];
        double cm = series.column("comments_" + roles[k])[t];
        double active = series.column("active_" + roles[k])[t];
        if (t >= r.ticksRun()) assertThat(p + rs + cm + active).as("nothing after the run ended, tick %d", t).isZero();
        assertThat(active).isLessThanOrEqualTo(p + rs + cm);
        assertThat(active).isLessThanOrEqualTo(members);
        actions[k] += (long) (p + rs + cm);
        posts += (long) p;
        reshares += (long) rs;
        comments += (long) cm;
      }
    }
    long total = posts + reshares + comments;
    double shareSum = 0;
    for (int k = 0; k < roles.length; k++) {
      double share = m.get(RunMetrics.SHARE_OF_ACTIONS + roles[k]);
      assertThat(share).isEqualTo(actions[k] / (double) total, offset(1e-12));
      shareSum += share;
    }
    assertThat(shareSum).isCloseTo(1.0, offset(1e-9));
    long[] histogram = r.contributionHistogram();
    assertThat(LongStream.of(histogram).sum()).as("users in the histogram").isEqualTo(n);
    long contributions = 0;
    for (int k = 0; k < histogram.length; k++) contributions += k * histogram[k];
    assertThat(contributions).isEqualTo(total);

    // Items: every item once, their sharers are the posts and reshares of the series (a brand's
    // reply is shown as from the complainer but is not the complainer's post).
    List<ItemRecord> items = r.items();
    assertThat(items.stream().map(ItemRecord::item).distinct().count()).isEqualTo(items.size());
    assertThat(items.stream().mapToLong(i -> i.size() - i.authors()).sum()).as("reshares of all items").isEqualTo(reshares);
    assertThat(items.stream().filter(i -> i.kind() != ItemKind.REPLY).mapToLong(ItemRecord::authors).sum())
        .as("authors of all items but replies").isEqualTo(posts);
    List<ItemRecord> campaignItems = items.stream().filter(ItemRecord::isCampaign).toList();
    assertThat(campaignItems).hasSize(s.campaigns().size());
    for (ItemRecord cr : campaignItems) {
      int k = cr.item();
      Campaign spec = s.campaigns().get(k);
      Item item = sim.campaignItem(k);
      assertThat(cr.campaign()).isEqualTo(k);
      assertThat(cr.createdTick()).isEqualTo(spec.start());
      assertThat(cr.authors()).isEqualTo(sim.campaignSeeds(k).length);
      assertThat(cr.depth()).isEqualTo(TreeMetrics.depth(item.parentIndex())).isLessThanOrEqualTo(r.ticksRun() - 1 - spec.start());
      assertThat(cr.maxBreadth()).isEqualTo(TreeMetrics.maxBreadth(item.parentIndex())).isGreaterThanOrEqualTo(cr.authors());
      if (cr.complete()) assertThat(sim.isSpreading(item)).isFalse();
      boolean adsLeft = spec.paid().impressions() > 0 && spec.paid().start() + spec.paid().duration() >= r.ticksRun();
      if (!cr.complete()) assertThat(sim.isSpreading(item) || adsLeft).as("campaign %d ended while still going", k).isTrue();
    }
    ItemRecord cr = campaignItems.stream().filter(i -> i.item() == 0).findFirst().orElseThrow();
    assertThat((double) cr.depth()).isEqualTo(m.get(RunMetrics.CASCADE_DEPTH));
    assertThat((double) cr.maxBreadth()).isEqualTo(m.get(RunMetrics.CASCADE_MAX_BREADTH));
    assertThat(m.get(RunMetrics.STRUCTURAL_VIRALITY)).isEqualTo(Double.valueOf(TreeMetrics.structuralVirality(campaign.parentIndex())));
    for (ItemRecord i : items) {
      assertThat(i.size()).isGreaterThanOrEqualTo(i.authors());
      if (!i.isCampaign()) assertThat(i.authors()).isEqualTo(1);
      if (!i.isCampaign()) assertThat(i.campaign()).isEqualTo(-1);
      if (i.kind() == ItemKind.REPLY) assertThat(i.size()).as("nobody reshares a reply").isEqualTo(1);
      assertThat(i.createdTick()).isBetween(0, r.ticksRun() - 1);
    }
    if (r.ticksRun() < s.steps()) {
      assertThat(items).as("a run that stopped early has nothing left spreading").allMatch(ItemRecord::complete);
      for (Role role : s.population().roleArray()) assertThat(role.activity() * role.postRate()).isZero();
    }

    // Campaign series: cumulative columns are running sums of the per-tick ones.
    double[] fresh = series.column(SeriesColumns.IMPRESSIONS_NEW);
    double[] cumulative = series.column(SeriesColumns.IMPRESSIONS);
    double[] reach = series.column(SeriesColumns.REACH);
    double[] newReshares = series.column(SeriesColumns.CAMPAIGN_RESHARES);
    double running = 0;
    for (int t = 0; t < s.steps(); t++) {
      running += fresh[t];
      assertThat(cumulative[t]).as("impressions at tick %d", t).isEqualTo(running);
      if (t < start) assertThat(reach[t]).isZero();
      boolean adsAtStart = s.campaign().paid().impressions() > 0 && s.campaign().paid().start() == start;
      if (t == start && !adsAtStart) assertThat(reach[t]).as("seeds have read it").isEqualTo(authors);
      if (t == start) assertThat(reach[t]).as("seeds have read it").isGreaterThanOrEqualTo(authors);
      if (t > 0) assertThat(reach[t]).isGreaterThanOrEqualTo(reach[t - 1]);
    }
    assertThat(running).isEqualTo(m.get(RunMetrics.IMPRESSIONS));
    assertThat(reach[s.steps() - 1]).isEqualTo(m.get(RunMetrics.REACH));
    assertThat(DoubleStream.of(newReshares).sum()).isEqualTo(m.get(RunMetrics.RESHARES));

    double ttp = m.get(RunMetrics.TIME_TO_PEAK);
    if (m.get(RunMetrics.IMPRESSIONS) == 0) {
      assertThat(ttp).isNaN();
    } else {
      int peak = start + (int) ttp;
      double best = IntStream.range(start, s.steps()).mapToDouble(t -> fresh[t]).max().getAsDouble();
      assertThat(fresh[peak]).isEqualTo(best);
      for (int t = start; t < peak; t++) assertThat(fresh[t]).as("first peak").isLessThan(best);
    }
  }
}
