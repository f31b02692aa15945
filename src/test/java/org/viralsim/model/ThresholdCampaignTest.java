package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Paid;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.config.Threshold;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/** The threshold model inside the scheduled model: thresholds per role, appeal, paid reach, determinism. */
class ThresholdCampaignTest {
  private static final Role USER = new Role(1, 1, 0, 0, 0);

  private static Scenario scenario(Map<String, Role> roles, Threshold threshold, Campaign campaign) {
    return scenario(roles, new Diffusion(DiffusionModel.THRESHOLD, Defaults.FEED, threshold), campaign);
  }

  private static Scenario scenario(Map<String, Role> roles, Diffusion diffusion, Campaign campaign) {
    return new Scenario("threshold", 17, 20, 1, 0.5, new NetworkSpec.EdgeList("given", "given", true),
        new Population(roles, Assignment.RANDOM, 0), List.of(campaign), List.of(Defaults.brand(Defaults.BRAND_NAME)),
        CampaignSimTest.NO_PURCHASES, diffusion);
  }

  private static Threshold fixed(double phi) {
    return new Threshold(new ThresholdDistribution.Fixed(phi), Map.of());
  }

  private static Campaign campaign(double appeal, Paid paid, String... seeds) {
    return new Campaign(Defaults.CAMPAIGN_NAME, Defaults.BRAND_NAME, Sentiment.POSITIVE, appeal, 0,
        new Seeding(SeedingStrategy.USERS, 0, List.of(seeds)), paid);
  }

  private static Item campaignItem(Scenario s, Graph g) {
    CampaignSim sim = new CampaignSim(5, s, g);
    RunEngine.runToEnd(sim, 0, 5);
    return sim.campaignItem();
  }

  /**
   * On a chain where everyone reshares what they read, the threshold model (phi = 1) and the
   * independent cascade (reshare 1) run alike: the seed posts at tick 2, user i adopts at tick
   * 2 + i, and the run ends at tick 7, when the last adopter has passed it on to nobody.
   */
  @Test
  void onAChainTheTimingIsTheIndependentCascades() {
    Graph chain = TestGraphs.directedChain(4);
    Map<String, Role> roles = Map.of("user", new Role(1, 1, 0, 1, 0));
    Campaign c = new Campaign(1, 2, new Seeding(SeedingStrategy.USERS, 0, List.of("0")));
    RunResult threshold = RunEngine.runOne(scenario(roles, fixed(1), c), chain, 0);
    RunResult cascade = RunEngine.runOne(scenario(roles, new Diffusion(DiffusionModel.INDEPENDENT_CASCADE), c),
        chain, 0);
    assertThat(threshold.ticksRun()).isEqualTo(8);
    assertThat(threshold.metrics()).isEqualTo(cascade.metrics());
    assertThat(threshold.series().column("reshares_user")).containsExactly(cascade.series().column("reshares_user"));
    assertThat(Arrays.copyOf(threshold.series().column("reshares_user"), 8)).containsExactly(0, 0, 0, 1, 1, 1, 1, 0);
  }

  /** User 0 follows users 1..4; phi / appeal is the share of them it needs. */
  @ParameterizedTest(name = "phi {0}, appeal {1}, {2} seeds: adopts {3}")
  @CsvSource({"0.5, 1, 1, false", "0.5, 2, 1, true", "0.5, 1.99, 1, false", "0.5, 1, 2, true", "0.9, 1.2, 3, true",
      "0.9, 1.1, 3, false", "0.1, 0, 4, false", "0.1, 1000, 1, true"})
  void appealDividesThresholds(double phi, double appeal, int seeds, boolean adopts) {
    GraphBuilder b = new GraphBuilder(true, 4);
    for (int i = 1; i <= 4; i++) b.add(i, 0);
    String[] authors = {"1", "2", "3", "4"};
    Campaign c = campaign(appeal, Defaults.paid(0), Arrays.copyOf(authors, seeds));
    Item item = campaignItem(scenario(Map.of("user", USER), fixed(phi), c), b.build(5, null));
    assertThat(item.sharedBy(0)).isEqualTo(adopts);
    assertThat(item.readBy(0)).isTrue();
  }

  /**
   * Everyone's threshold is 0, so any read after a shared followee adopts; users 1..50 follow
   * nobody and read the item only through paid impressions, user 51 follows the seed.
   */
  @Test
  void paidImpressionsAreReadButNeverAdopted() {
    GraphBuilder b = new GraphBuilder(true, 1);
    b.add(0, 51);
    Graph g = b.build(52, null);
    Paid paid = new Paid(2, 10, Targeting.RANDOM, null, 0, 4); // 200 impressions over ticks 0-3
    Map<String, Role> roles = Map.of("user", new Role(1, 1, 0, 1, 1));
    Item item = campaignItem(scenario(roles, fixed(0), campaign(1, paid, "0")), g);
    int readers = 0;
    for (int v = 1; v <= 50; v++) {
      if (item.readBy(v)) readers++;
      assertThat(item.sharedBy(v)).as("user %d", v).isFalse();
    }
    assertThat(readers).isGreaterThan(40);
    assertThat(item.sharersInOrder()).containsExactly(0, 51);
    assertThat(item.comments()).as("every read is commented on").isEqualTo(item.impressions());
  }

  /**
   * Roles draw from their own distributions: fixed, uniform, and normal clipped to [0, 1], whose
   * mean is mu (Phi(b) - Phi(a)) + sigma (phi(a) - phi(b)) + 1 - Phi(b) with a = -mu / sigma and
   * b = (1 - mu) / sigma, and which is exactly 0 with probability Phi(a).
   */
  @Test
  void thresholdsComeFromEachRolesDistribution() {
    int n = 120_000;
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("steady", new Role(0.25, 1, 0, 0, 0));
    roles.put("spread", new Role(0.25, 1, 0, 0, 0));
    roles.put("clipped", new Role(0.5, 1, 0, 0, 0));
    Map<String, ThresholdDistribution> perRole = Map.of("spread", new ThresholdDistribution.Uniform(0.1, 0.4),
        "clipped", new ThresholdDistribution.Normal(0.1, 0.2));
    Threshold threshold = new Threshold(new ThresholdDistribution.Fixed(0.25), perRole);
    Scenario s = scenario(roles, threshold, campaign(1, Defaults.paid(0), "0"));
    byte[] roleOf = new byte[n];
    for (int v = 0; v < n; v++) roleOf[v] = (byte) Math.min(2, v % 4);
    Graph empty = new GraphBuilder(true, 0).build(n, null);
    ThresholdDiffusion t = (ThresholdDiffusion) DiffusionRules.create(s, empty, roleOf, new Activity(0, 3), new MersenneTwisterFast(9));

    // Drawn in user order from the stream given, a fixed threshold taking no draw.
    MersenneTwisterFast replay = new MersenneTwisterFast(9);
    for (int v = 0; v < n; v++) {
      double expected = roleOf[v] == 0 ? 0.25 : roleOf[v] == 1 ? 0.1 + (0.4 - 0.1) * replay.nextDouble()
          : Math.min(1, Math.max(0, 0.1 + 0.2 * replay.nextGaussian()));
      assertThat(t.threshold(v)).isEqualTo(expected);
    }

    double[] uniform = new double[n / 4];
    double[] normal = new double[n / 2];
    double[] atZero = new double[n / 2];
    int u = 0;
    int c = 0;
    for (int v = 0; v < n; v++) {
      if (roleOf[v] == 1) uniform[u++] = t.threshold(v);
      if (roleOf[v] == 2) {
        normal[c] = t.threshold(v);
        atZero[c++] = t.threshold(v) == 0 ? 1 : 0;
      }
    }
    assertThat(Arrays.stream(uniform).min().orElseThrow()).isGreaterThanOrEqualTo(0.1);
    assertThat(Arrays.stream(uniform).max().orElseThrow()).isLessThan(0.4);
    Moments.assertMean("uniform(0.1, 0.4)", uniform, 0.25, 0.3 / Math.sqrt(12));
    Moments.assertVariance("uniform(0.1, 0.4)", uniform, 0.09 / 12, Math.pow(0.3, 4) / 80);
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    double a = -0.1 / 0.2;
    double b = 0.9 / 0.2;
    double mean = 0.1 * (z.cumulativeProbability(b) - z.cumulativeProbability(a))
        + 0.2 * (z.density(a) - z.density(b)) + 1 - z.cumulativeProbability(b);
    assertThat(Arrays.stream(normal).max().orElseThrow()).isLessThanOrEqualTo(1);
    Moments.assertMean("normal(0.1, 0.2) clipped", normal, mean, 0.2); // clipping only shrinks the sd
    double p0 = z.cumulativeProbability(a);
    Moments.assertMean("share clipped to 0", atZero, p0, Math.sqrt(p0 * (1 - p0)));
  }

  /** The same seed gives the same run, draws of thresholds and of who is online included. */
  @Test
  void aSeedDeterminesTheRun() {
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(2000, 4, null), new MersenneTwisterFast(4));
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("poster", new Role(0.2, 0.6, 0.05, 0.1, 0.2));
    roles.put("reader", new Role(0.8, 0.3, 0.0, 0.1, 0.05));
    Threshold threshold = new Threshold(new ThresholdDistribution.Normal(0.18, 0.05),
        Map.of("reader", new ThresholdDistribution.Uniform(0.1, 0.3)));
    Scenario s = scenario(roles, threshold, campaign(1.5, Defaults.paid(0), "1", "2", "3"));
    RunResult first = RunEngine.runOne(s, g, 3);
    RunResult again = RunEngine.runOne(s, g, 3);
    RunResult other = RunEngine.runOne(s, g, 4);
    assertThat(again.metrics()).isEqualTo(first.metrics());
    assertThat(again.items()).isEqualTo(first.items());
    assertThat(other.metrics()).isNotEqualTo(first.metrics());
  }
}
