package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Seeds;
import org.viralsim.job.Networks;
import org.viralsim.observe.RunResult;

/** What the window shows is replication 0 of {@code run}; side by side, the right run is {@code compare}'s B. */
class LaneTest {
  static RunResult playToTheEnd(Scenario scenario, Scenario seedScenario) {
    Lane lane = new Lane("shown", scenario, seedScenario, Networks.shared(scenario));
    int ticks = 0;
    while (lane.step()) ticks++;
    assertThat(lane.finished()).isTrue();
    assertThat(ticks).isEqualTo(lane.ticks()).isLessThanOrEqualTo(scenario.steps());
    return lane.recorder.result(0, Seeds.replication(seedScenario.seed(), 0));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({"1, network.seed=4", "2, network.seed=4", "3, network.seed=", "4, network.seed=", "5, steps=400"})
  void theRunShownIsReplicationZeroOfRun(long seed, String change) {
    Scenario s = TestRuns.scenario(seed, change);
    RunResult shown = playToTheEnd(s, s);
    RunResult run = RunEngine.runOne(s, Networks.shared(s), 0);
    assertThat(shown.metrics()).isEqualTo(run.metrics());
    assertThat(shown.ticksRun()).isEqualTo(run.ticksRun());
    assertThat(shown.items()).as("with the items still spreading at the end, as run records them").isEqualTo(run.items());
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void theRightRunHasTheLeftOnesSeedAsCompareGivesB(long seed) {
    Scenario left = TestRuns.scenario(seed);
    Scenario right = TestRuns.scenario(seed + 100, "campaign.appeal=2");
    RunResult shown = playToTheEnd(right, left);
    RunResult b = RunEngine.runOne(right.withSeed(left.seed()), Networks.shared(right), 0);
    assertThat(shown.metrics()).isEqualTo(b.metrics());
  }
}
