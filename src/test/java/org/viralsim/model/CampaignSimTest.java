package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/** The scheduled model against the rates and timing the scenario format documents. */
class CampaignSimTest {
  private static final int REPLICATIONS = 1500;

  /** Consumers who never buy, so that only the campaign and organic posts happen. */
  static final Consumers NO_PURCHASES = new Consumers(0, 0.1, 7.5 / 6.9, 0.2, 0, 1, 0.55, 0.2, 5, 0.1, -0.5, 0.3,
      0.1, 1.34, 1.34);

  private static Scenario scenario(int steps, int start, Map<String, Role> roles, double appeal, Seeding seeding) {
    return new Scenario("sim", 17, steps, REPLICATIONS, 0.5, new NetworkSpec.EdgeList("given", "given", true),
        new Population(roles, Assignment.RANDOM, 0), List.of(new Campaign(appeal, start, seeding)),
        List.of(Defaults.brand(Defaults.BRAND_NAME)), NO_PURCHASES, new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
  }

  /**
   * The hub of a directed star posts the campaign at tick `start`; at the next tick each of its n
   * followers reads it with chance activity and reshares with min(1, reshare x appeal). Leaves have
   * no followers, so the cascade ends there: impressions ~ Binomial(n, a), reach = 1 + impressions, and
   * all reads fall on tick start + 1.
   */
  @ParameterizedTest(name = "n = {0}, activity = {1}, appeal = {2}, start = {3}")
  @CsvSource({"200, 0.3, 1, 0", "60, 0.8, 4, 3", "500, 0.05, 2, 1"})
  void aCampaignOnAStarReachesABinomialAudience(int n, double activity, double appeal, int start) {
    Graph star = TestGraphs.directedStar(n);
    Map<String, Role> roles = Map.of("user", new Role(1, activity, 0, 0.2, 0.1));
    Scenario s = scenario(start + 6, start, roles, appeal, new Seeding(SeedingStrategy.USERS, 0, List.of("0")));
    double[] impressions = new double[REPLICATIONS];
    double[] reshares = new double[REPLICATIONS];
    for (int i = 0; i < REPLICATIONS; i++) {
      RunResult r = RunEngine.runOne(s, star, i);
      Map<String, Double> m = r.metrics();
      impressions[i] = m.get(RunMetrics.IMPRESSIONS);
      reshares[i] = m.get(RunMetrics.RESHARES);
      assertThat(m.get(RunMetrics.REACH)).isEqualTo(1 + impressions[i]);
      assertThat(m.get(RunMetrics.CASCADE_DEPTH)).isEqualTo(reshares[i] > 0 ? 1.0 : 0.0);
      if (impressions[i] > 0) assertThat(m.get(RunMetrics.TIME_TO_PEAK)).isEqualTo(1.0);
      // Quiet once the last generation has passed it on: the hub at start + 1, resharing leaves
      // (who have no followers) at start + 2.
      assertThat(r.ticksRun()).isEqualTo(start + 2 + (reshares[i] > 0 ? 1 : 0));
    }
    double[] b = Moments.binomial(n, activity);
    Moments.assertMean("impressions", impressions, b[0], Math.sqrt(b[1]));
    Moments.assertVariance("impressions", impressions, b[1], b[2]);
    double[] br = Moments.binomial(n, activity * Math.min(1, 0.2 * appeal));
    Moments.assertMean("reshares", reshares, br[0], Math.sqrt(br[1]));
  }

  /** Each role posts Poisson(n_role x activity x post_rate) original items per tick, whatever the network. */
  @Test
  void organicPostsFollowEachRolesPoissonRate() {
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(400, 3, null), CampaignSim.streamFor(8));
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("writer", new Role(0.1, 0.8, 0.5, 0.0, 0.0));
    roles.put("occasional", new Role(0.3, 0.5, 0.04, 0.0, 0.0));
    roles.put("silent", new Role(0.6, 0.4, 0.0, 0.0, 0.0));
    int steps = 10;
    Scenario s = scenario(steps, 0, roles, 1, new Seeding(SeedingStrategy.USERS, 0, List.of("1", "2")));
    int[] members = RoleAssigner.counts(new double[] {0.1, 0.3, 0.6}, 400);
    double[][] posts = new double[3][REPLICATIONS];
    String[] names = {"writer", "occasional", "silent"};
    for (int i = 0; i < REPLICATIONS; i++) {
      RunResult r = RunEngine.runOne(s, g, i);
      for (int k = 0; k < 3; k++) {
        // The two seeds' campaign posts are counted with their roles at tick 0; later ticks are organic.
        posts[k][i] = DoubleStream.of(r.series().column("posts_" + names[k])).skip(1).sum();
      }
      assertThat(r.items().stream().filter(it -> !it.isCampaign()).count())
          .isEqualTo((long) (posts[0][i] + posts[1][i] + posts[2][i] + r.series().column("posts_writer")[0]
              + r.series().column("posts_occasional")[0] + r.series().column("posts_silent")[0]) - 2);
    }
    for (int k = 0; k < 3; k++) {
      Role role = roles.get(names[k]);
      double rate = (steps - 1) * members[k] * role.activity() * role.postRate();
      Moments.assertMean("organic posts of " + names[k] + " in ticks 1-9", posts[k], rate, Math.sqrt(rate));
    }
  }
}
