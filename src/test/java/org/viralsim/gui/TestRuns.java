package org.viralsim.gui;

import java.nio.file.Path;
import java.util.List;
import org.viralsim.config.Scenario;
import org.viralsim.io.scenario.ScenarioReader;

/** Small scenarios for the trainer window's tests. */
public final class TestRuns {
  /** 600 users on a fixed Barabasi-Albert network; an appealing campaign that reaches some of them within a few hours. */
  public static final String SCENARIO = """
      name: window
      seed: %d
      steps: 30
      network: {type: barabasi_albert, nodes: 600, mean_degree: 6, seed: 4}
      population:
        roles:
          creator: {share: 0.1}
          contributor: {share: 0.3}
          lurker: {share: 0.6}
      campaign: {appeal: 8, seeding: {strategy: random, count: 10}}
      """;

  private TestRuns() {}

  public static Scenario scenario(long seed, String... overrides) {
    return ScenarioReader.read(SCENARIO.formatted(seed), "window.yaml", Path.of(""), List.of(overrides));
  }
}
