package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;

/** Builds the diffusion model a scenario names. */
final class Diffusions {
  private Diffusions() {}

  static Spreading create(Scenario scenario, Graph graph, byte[] roleOf, Activity activity, MersenneTwisterFast random) {
    int roles = scenario.population().roles().size();
    return switch (scenario.diffusion().model()) {
      case INDEPENDENT_CASCADE -> new IndependentCascade(FollowerIndex.of(graph, roleOf, roles), activity);
      case FEED -> new FeedSpreading(graph, roleOf, scenario.population().roleArray(),
          scenario.diffusion().feed(), activity);
      case THRESHOLD -> throw new UnsupportedOperationException("diffusion model " + scenario.diffusion().model());
    };
  }
}
