package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import org.viralsim.config.Scenario;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.graph.Graph;

/** Builds the diffusion model a scenario names. */
final class DiffusionRules {
  private DiffusionRules() {}

  static DiffusionRule create(Scenario scenario, Graph graph, byte[] roleOf, Activity activity, MersenneTwisterFast random) {
    int roles = scenario.population().roles().size();
    return switch (scenario.diffusion().model()) {
      case INDEPENDENT_CASCADE -> new IndependentCascade(FollowerIndex.of(graph, roleOf, roles), activity);
      case THRESHOLD -> new ThresholdDiffusion(graph, roleOf, scenario.population().roleArray(),
          thresholds(scenario), activity, random);
      case FEED -> new FeedDiffusion(graph, roleOf, scenario.population().roleArray(),
          scenario.diffusion().feed(), activity);
    };
  }

  /** Each role's threshold distribution, in role order. */
  private static ThresholdDistribution[] thresholds(Scenario scenario) {
    String[] names = scenario.population().roleNames();
    ThresholdDistribution[] out = new ThresholdDistribution[names.length];
    for (int r = 0; r < names.length; r++) out[r] = scenario.diffusion().threshold().of(names[r]);
    return out;
  }
}
