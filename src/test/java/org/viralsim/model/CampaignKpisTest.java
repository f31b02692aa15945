package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Incident;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Paid;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.TickSeries;
import org.viralsim.testing.Copies;
import org.viralsim.testing.RandomScenarios.Case;
import org.viralsim.testing.RandomScenarios;
import org.viralsim.testing.Results;

/** The campaign indicators follow their definitions exactly in every run; the money columns add up. */
class CampaignKpisTest {

  /** Three campaigns about two brands, with paid reach, replies, incidents, purchases and reviews. */
  static Scenario threeCampaigns() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("creator", new Role(0.02, 0.9, 0.3, 0.3, 0.2));
    roles.put("contributor", new Role(0.18, 0.6, 0.05, 0.15, 0.1));
    roles.put("lurker", new Role(0.8, 0.4, 0, 0.03, 0.02));
    List<Campaign> campaigns = List.of(
        new Campaign("launch", "acme", Sentiment.POSITIVE, 1.5, 0, new Seeding(SeedingStrategy.TOP_DEGREE, 5, List.of(), 100),
            new Paid(40, 8, Targeting.CREATOR_FOLLOWERS, null, 1, 6)),
        new Campaign("promo", "acme", Sentiment.POSITIVE, 1, 3, new Seeding(SeedingStrategy.RANDOM, 5, List.of(), 20),
            new Paid(20, 5, Targeting.ROLE, "lurker", 3, 4)),
        new Campaign("rival", "zeta", Sentiment.NEGATIVE, 2, 2, new Seeding(SeedingStrategy.CREATORS, 3, List.of(), 50),
            Defaults.paid(2)));
    List<Brand> brands = List.of(
        Markets.brand("acme", 30, 0.1, 0.7, Markets.respond(1, 0.8, 0.5, 3), new Incident(5, 0.2, Incident.Among.CUSTOMERS)),
        Markets.brand("zeta", 80, 0.2, 0.9, Markets.ignore(), new Incident(4, 0.05, Incident.Among.USERS)));
    var consumers = Copies.with(Defaults.CONSUMERS, "purchaseRate", 0.05, "reviewPost", 0.3);
    return new Scenario("kpis", 5, 24, 30, 0.1, new NetworkSpec.BarabasiAlbert(400, 6, null),
        new org.viralsim.config.Population(roles, org.viralsim.config.Assignment.BY_DEGREE, 1), campaigns, brands,
        consumers, Defaults.diffusion());
  }

  @Test
  void theIndicatorsOfEveryCampaignFollowTheirDefinitionsInEveryRun() {
    Scenario s = threeCampaigns();
    Graph g = Generators.generate(s.network(), CampaignSim.streamFor(12));
    double conversions = 0;
    double answered = 0;
    for (int rep = 0; rep < s.replications(); rep++) {
      RunResult r = RunEngine.runOne(s, g, rep);
      assertIndicators(s, r);
      conversions += r.metrics().get("launch." + RunMetrics.CONVERSIONS) + r.metrics().get("rival." + RunMetrics.CONVERSIONS);
      answered += r.metrics().get(RunMetrics.ANSWERED_COMPLAINTS);
    }
    assertThat(conversions).as("the runs saw conversions").isPositive();
    assertThat(answered).as("the runs saw replies").isPositive();
  }

  static List<Case> cases() {
    return RandomScenarios.seeds(4_711L, 100).stream().map(RandomScenarios::of).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theIndicatorsFollowTheirDefinitionsInRandomScenarios(Case c) {
    Scenario s = c.scenario();
    Markets.Run run = Markets.run(s, c.graph(), 0);
    RunResult r = run.result();
    Results.assertSame(r, RunEngine.runOne(s, c.graph(), 0));
    assertIndicators(s, r);
    Map<String, Double> m = r.metrics();
    TickSeries series = r.series();
    long replies = 0;
    for (int b = 0; b < s.brands().size(); b++) {
      Brand brand = s.brands().get(b);
      var ledger = run.market().ledger(b);
      String at = brand.name() + ".";
      double[] customers = series.column(at + "customers");
      double[] purchases = series.column(at + "purchases");
      double[] churned = series.column(at + "churned");
      double[] aware = series.column(at + "aware");
      for (int t = 0; t < s.steps(); t++) {
        assertThat(customers[t] - purchases[t] + churned[t]).as("%s owners at the start, tick %d", brand.name(), t)
            .isEqualTo(customers[0] - purchases[0] + churned[0]);
        assertThat(aware[t]).isGreaterThanOrEqualTo(customers[t]).isLessThanOrEqualTo(run.nodes());
        assertThat(series.column(at + "attitude")[t]).isBetween(-1.0, 1.0);
        if (t > 0) {
          for (String level : List.of("purchases", "churned", "aware", "complaints")) {
            assertThat(series.column(at + level)[t]).as("%s%s at %d", at, level, t).isGreaterThanOrEqualTo(series.column(at + level)[t - 1]);
          }
        }
      }
      assertThat(purchases[s.steps() - 1]).isEqualTo((double) ledger.conversions());
      double sum = 0;
      for (int u = 0; u < run.nodes(); u++) sum += run.market().attitude(b, u);
      assertThat(series.column(at + "attitude")[s.steps() - 1]).as("mean attitude towards %s", brand.name())
          .isCloseTo(sum / run.nodes(), offset(1e-12));
      assertThat(ledger.answered()).isLessThanOrEqualTo(ledger.complaints());
      if (brand.response().policy() == ResponsePolicy.IGNORE) assertThat(ledger.answered()).isZero();
      replies += ledger.answered();
    }
    assertThat(run.items(ItemKind.REPLY)).hasSize((int) replies);
    // Cost: seeds and paid impressions, and replies for the first campaign of each brand.
    for (int k = 0; k < s.campaigns().size(); k++) {
      Campaign campaign = s.campaigns().get(k);
      Paid paid = campaign.paid();
      boolean adsDone = paid.start() + paid.duration() <= r.ticksRun();
      if (!adsDone) continue;
      boolean nobody = CampaignPropertiesTest.audience(run.sim(), paid).isEmpty();
      double expected = campaign.seeding().count() * campaign.seeding().costPerSeed()
          + (nobody ? 0 : paid.impressions() * paid.cpm() / 1000);
      int brand = s.brandIndex(campaign.brand());
      boolean first = s.campaigns().stream().filter(x -> x.brand().equals(campaign.brand())).findFirst().orElseThrow() == campaign;
      if (first) expected += run.market().ledger(brand).answered() * s.brands().get(brand).response().costPerReply();
      assertThat(run.market().cost(k)).as("cost of %s", campaign.name()).isCloseTo(expected, offset(1e-9 * (1 + expected)));
    }
    assertThat(m.get(RunMetrics.COST)).isEqualTo(run.market().cost(0));
  }

  /** Brand indicators and the per-tick brand columns that hold them. */
  private static final Map<String, String> BRAND_COLUMNS = Map.of(RunMetrics.ATTITUDE, "attitude",
      RunMetrics.NET_SENTIMENT, "net_sentiment", RunMetrics.AWARE, "aware", RunMetrics.COMPLAINTS, "complaints",
      RunMetrics.CHURNED, "churned");

  private static double ratio(double a, double b) { return b == 0 ? Double.NaN : a / b; }

  /** Whether the campaign is its brand's first and the brand replies to complaints, which it pays for. */
  private static boolean paysReplies(Scenario s, Campaign c) {
    Campaign first = s.campaigns().stream().filter(x -> x.brand().equals(c.brand())).findFirst().orElseThrow();
    return first == c && s.brands().get(s.brandIndex(c.brand())).response().policy() == ResponsePolicy.RESPOND;
  }

  /** The indicator formulas, checked in one run. */
  static void assertIndicators(Scenario s, RunResult r) {
    Map<String, Double> m = r.metrics();
    List<Campaign> campaigns = s.campaigns();
    boolean several = campaigns.size() > 1;
    double allImpressions = 0;
    for (Campaign c : campaigns) allImpressions += m.get((several ? c.name() + "." : "") + RunMetrics.IMPRESSIONS);
    double shareSum = 0;
    for (Campaign c : campaigns) {
      String p = several ? c.name() + "." : "";
      double impressions = m.get(p + RunMetrics.IMPRESSIONS);
      double engagements = m.get(p + RunMetrics.RESHARES) + m.get(p + RunMetrics.COMMENTS);
      double conversions = m.get(p + RunMetrics.CONVERSIONS);
      double cost = m.get(p + RunMetrics.COST);
      double revenue = m.get(p + RunMetrics.REVENUE);
      double value = s.brands().get(s.brandIndex(c.brand())).value();
      String at = c.name() + " in replication " + r.replication();
      assertThat(m.get(p + RunMetrics.ENGAGEMENT_RATE)).as(at).isEqualTo(Double.valueOf(ratio(engagements, impressions)));
      assertThat(m.get(p + RunMetrics.SHARE_OF_VOICE)).as(at).isEqualTo(Double.valueOf(ratio(impressions, allImpressions)));
      assertThat(revenue).as(at).isEqualTo(conversions * value);
      assertThat(m.get(p + RunMetrics.ROI)).as(at).isEqualTo(Double.valueOf(ratio(revenue - cost, cost)));
      assertThat(m.get(p + RunMetrics.COST_PER_CONVERSION)).as(at).isEqualTo(Double.valueOf(cost == 0 ? 0 : ratio(cost, conversions)));
      assertThat(m.get(p + RunMetrics.COST_PER_ENGAGEMENT)).as(at).isEqualTo(Double.valueOf(cost == 0 ? 0 : ratio(cost, engagements)));
      if (allImpressions > 0) shareSum += m.get(p + RunMetrics.SHARE_OF_VOICE);

      // Money and conversions per tick: running totals that end at the run's.
      TickSeries series = r.series();
      double[] costs = series.column(c.name() + ".cost");
      double[] revenues = series.column(c.name() + ".revenue");
      double[] converted = series.column(c.name() + ".conversions");
      double[] reach = series.column(c.name() + ".reach");
      double fresh = 0;
      for (int t = 0; t < s.steps(); t++) {
        if (t > 0) {
          assertThat(costs[t]).as("%s cost at %d", at, t).isGreaterThanOrEqualTo(costs[t - 1]);
          assertThat(revenues[t]).as("%s revenue at %d", at, t).isGreaterThanOrEqualTo(revenues[t - 1]);
          assertThat(converted[t]).isGreaterThanOrEqualTo(converted[t - 1]);
          assertThat(reach[t]).isGreaterThanOrEqualTo(reach[t - 1]);
        }
        assertThat(revenues[t]).isEqualTo(converted[t] * value);
        if (t < c.start()) assertThat(reach[t]).as("%s before its start", at).isZero();
        if (t < c.start() && !paysReplies(s, c)) assertThat(costs[t]).as("%s before its start", at).isZero();
        fresh += series.column(c.name() + ".impressions_new")[t];
      }
      int last = s.steps() - 1;
      assertThat(costs[last]).as(at).isEqualTo(cost);
      assertThat(revenues[last]).as(at).isEqualTo(revenue);
      assertThat(converted[last]).as(at).isEqualTo(conversions);
      assertThat(reach[last]).as(at).isEqualTo(m.get(p + RunMetrics.REACH));
      assertThat(fresh).as(at).isEqualTo(impressions);
      // Brand indicators are the same for every campaign of the brand, and end where the brand's columns end.
      String first = campaigns.stream().filter(x -> x.brand().equals(c.brand())).findFirst().orElseThrow().name();
      for (String kpi : List.of(RunMetrics.ABANDONED, RunMetrics.ANSWERED_COMPLAINTS)) {
        assertThat(m.get(p + kpi)).as(at + " " + kpi).isEqualTo(m.get((several ? first + "." : "") + kpi));
      }
      BRAND_COLUMNS.forEach((kpi, column) -> {
        assertThat(m.get(p + kpi)).as(at + " " + kpi).isEqualTo(m.get((several ? first + "." : "") + kpi));
        assertThat(Double.valueOf(series.column(c.brand() + "." + column)[last])).as(at + " " + column).isEqualTo(m.get(p + kpi));
      });
    }
    if (allImpressions > 0) assertThat(shareSum).isCloseTo(1.0, offset(1e-12));
    if (several) {
      for (String kpi : RunMetrics.KPIS) {
        assertThat(m.get(kpi)).as("the main campaign's %s", kpi).isEqualTo(m.get(campaigns.get(0).name() + "." + kpi));
      }
    }
  }
}
