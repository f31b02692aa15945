package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.TestGraphs;

/**
 * Roles may set activity or reshare chances as small as they like. Below about 1e-16, 1 - p
 * rounds to 1 in double precision, so the gap to the next hit must not be computed from log(1 - p).
 */
class TinyProbabilityTest {

  @ParameterizedTest(name = "activity {0}")
  @ValueSource(doubles = {1e-300, 1e-20, 1e-17, 5e-17, 1e-16, 1e-15, 1e-12})
  void tinyReadingChancesReachAlmostNobody(double activity) {
    int n = 1000;
    Graph star = TestGraphs.directedStar(n);
    SingleCascade campaign = new SingleCascade(star, new byte[n + 1], new Role[] {new Role(1, activity, 0, 0.5, 0.5)}, 1, true);
    MersenneTwisterFast random = new MersenneTwisterFast(3);
    long reads = 0;
    for (int run = 0; run < 2000; run++) reads += campaign.run(new int[] {0}, random).impressions();
    // Expected reads 2e6 * activity <= 2e-6: any read at all would be a one-in-500,000 event.
    assertThat(reads).isZero();
  }

  @ParameterizedTest(name = "reshare {0}")
  @ValueSource(doubles = {1e-300, 1e-18, 1e-17, 1e-16, 1e-13})
  void tinyResharingChancesSpreadAlmostNowhere(double reshare) {
    int n = 1000;
    SingleCascade organic = SingleCascade.uniform(TestGraphs.directedStar(n), reshare);
    MersenneTwisterFast random = new MersenneTwisterFast(4);
    long shares = 0;
    for (int run = 0; run < 2000; run++) shares += organic.run(new int[] {0}, random).reshares();
    assertThat(shares).isZero();
  }

  @Test
  void aWholeRunWithANearlySilentRoleCompletes() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("creator", new Role(0.1, 0.8, 0.3, 0.2, 0.1));
    roles.put("lurker", new Role(0.9, 0.3, 0, 1e-17, 0)); // organic items: hit chance 0.3 x 1e-17
    Scenario s = new Scenario("quiet", 3, 24, 1, 0.1, new NetworkSpec.BarabasiAlbert(300, 6, null),
        new Population(roles, Assignment.RANDOM, 0), new Campaign(1, 0, new Seeding(SeedingStrategy.CREATORS, 3, List.of())),
        new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
    RunResult r = RunEngine.runOne(s, null, 0);
    assertThat(r.ticksRun()).isEqualTo(24);
    assertThat(r.series().column("reshares_lurker")).containsOnly(0.0);
  }
}
