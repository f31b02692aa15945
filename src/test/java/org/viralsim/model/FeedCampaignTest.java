package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Threshold;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.testing.Moments;
import org.viralsim.testing.Results;

/** The feed model inside whole runs: determinism, the cascade it reduces to, and what limited attention does. */
class FeedCampaignTest {
  private static final int UNBOUNDED = Feed.MAX;

  private static Scenario scenario(int steps, int replications, Map<String, Role> roles, double appeal, Seeding seeding,
      DiffusionModel model, Feed feed) {
    return new Scenario("feed", 23, steps, replications, 0.5, new NetworkSpec.EdgeList("given", "given", false),
        new Population(roles, Assignment.RANDOM, 0), List.of(new Campaign(appeal, 0, seeding)),
        List.of(Defaults.brand(Defaults.BRAND_NAME)), CampaignSimTest.NO_PURCHASES,
        new Diffusion(model, feed, new Threshold(Defaults.THRESHOLD, Map.of())));
  }

  private static Graph erdosRenyi(int n, double z, long seed) {
    return Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), CampaignSim.streamFor(seed));
  }

  @Test
  void aSeedGivesTheSameRunEveryTime() {
    Graph g = erdosRenyi(300, 5, 1);
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("writer", new Role(0.2, 0.7, 0.3, 0.3, 0.2));
    roles.put("reader", new Role(0.8, 0.4, 0.01, 0.1, 0.05));
    Scenario s = scenario(25, 3, roles, 3, new Seeding(SeedingStrategy.RANDOM, 4, List.of()), DiffusionModel.FEED,
        new Feed(3, 2, 2, FeedRanking.POPULARITY));
    for (int rep = 0; rep < 3; rep++) {
      RunResult first = RunEngine.runOne(s, g, rep);
      Results.assertSame(RunEngine.runOne(s, g, rep), first);
      assertThat(first.metrics().get(RunMetrics.RESHARES)).as("a run where something spreads").isPositive();
    }
  }

  /**
   * Everyone online and resharing everything read, nothing limiting the feed: both models are
   * breadth-first search from the seeds, tick by tick, and record the same cascade.
   */
  @ParameterizedTest(name = "graph seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void certainResharesSpreadAsInTheIndependentCascade(long graphSeed) {
    Graph g = erdosRenyi(400, 1.5, graphSeed);
    Map<String, Role> roles = Map.of("user", new Role(1, 1, 0, 1, 0));
    Seeding seeding = new Seeding(SeedingStrategy.RANDOM, 3, List.of());
    Feed unbounded = new Feed(UNBOUNDED, UNBOUNDED, 1, FeedRanking.NEWEST);
    RunResult cascade = RunEngine.runOne(
        scenario(200, 1, roles, 1, seeding, DiffusionModel.INDEPENDENT_CASCADE, unbounded), g, 0);
    RunResult feed = RunEngine.runOne(
        scenario(200, 1, roles, 1, seeding, DiffusionModel.FEED, unbounded), g, 0);
    // Impressions differ: a feed counts every entry read, the cascade no read after a reshare.
    for (String m : List.of(RunMetrics.REACH, RunMetrics.CASCADE_SIZE, RunMetrics.CASCADE_DEPTH,
        RunMetrics.CASCADE_MAX_BREADTH)) {
      assertThat(feed.metrics().get(m)).as(m).isEqualTo(cascade.metrics().get(m));
    }
    assertThat(feed.series().column(SeriesColumns.REACH)).as("reach tick by tick")
        .containsExactly(cascade.series().column(SeriesColumns.REACH));
    assertThat(feed.ticksRun()).isEqualTo(cascade.ticksRun());
  }

  /**
   * Limited attention (Weng et al. 2012): organic posts compete with the campaign for each user's
   * single read per tick, and usually win, being delivered after it. The campaign spreads well above
   * the threshold with unbounded attention (T = 0.3, z = 8) and reaches clearly fewer users with
   * attention 1: the difference of mean reach exceeds 4 standard errors.
   */
  @Test
  void competingPostsCutTheReachOfACampaignUnderLimitedAttention() {
    int runs = 150;
    Graph g = erdosRenyi(2000, 8, 9);
    // Organic items spread with T = 0.05 (zT = 0.4, small cascades); the campaign's appeal makes it 0.3.
    Map<String, Role> roles = Map.of("user", new Role(1, 1, 0.1, 0.05, 0));
    Seeding seeding = new Seeding(SeedingStrategy.RANDOM, 3, List.of());
    double[] unbounded = reach(scenario(30, runs, roles, 6, seeding, DiffusionModel.FEED,
        new Feed(UNBOUNDED, UNBOUNDED, 1, FeedRanking.NEWEST)), g, runs);
    double[] limited = reach(scenario(30, runs, roles, 6, seeding, DiffusionModel.FEED,
        new Feed(UNBOUNDED, 1, 1, FeedRanking.NEWEST)), g, runs);
    double difference = Moments.mean(unbounded) - Moments.mean(limited);
    double se = Math.sqrt((Moments.variance(unbounded) + Moments.variance(limited)) / runs);
    assertThat(difference).as("mean reach fraction, unbounded %.3f vs attention 1 %.3f (standard error %.3g)",
        Moments.mean(unbounded), Moments.mean(limited), se).isGreaterThan(Moments.Z * se);
  }

  private static double[] reach(Scenario s, Graph g, int runs) {
    double[] out = new double[runs];
    for (int i = 0; i < runs; i++) out[i] = RunEngine.runOne(s, g, i).metrics().get(RunMetrics.REACH_FRACTION);
    return out;
  }
}
