package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.campaign;
import static org.viralsim.model.Markets.readers;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Consumers;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.experiment.Seeds;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.Copies;
import org.viralsim.testing.TestGraphs;

/**
 * A run whose market has nothing due by the last tick ends early, and records what running to the
 * end records: every leaf of a star reads the hub's campaign and buys within a few hundred ticks,
 * some churn after reading a dissatisfied buyer's review, and then nothing can happen any more.
 */
class MarketIdleTest {
  private static final int STEPS = 3000;

  @ParameterizedTest(name = "purchase rate {0}, satisfaction {1}")
  @CsvSource({"0.05, 1", "0.02, 0.5", "0.2, 0.2"})
  void aRunThatGoesIdleRecordsWhatRunningToTheEndRecords(double rate, double satisfaction) {
    Consumers consumers = Copies.with(QUIET, "purchaseRate", rate, "reviewPost", 1.0, "churnBelow", -0.3,
        "churnAnnounce", 1.0, "consult", 1.0, "consultAlways", 1.0, "reviewsRead", 3, "reviewAppeal", 1.0);
    Scenario s = Markets.scenario(STEPS, readers(1), List.of(campaign("c", "acme", Sentiment.POSITIVE, 0, "0")),
        List.of(Markets.brand("acme", 50, 0, satisfaction, Markets.ignore())), consumers);
    Graph star = TestGraphs.directedStar(80);
    for (int rep = 0; rep < 5; rep++) {
      Markets.Run early = Markets.run(s, star, rep);
      assertThat(early.sim().schedule.getSteps()).as("ended early").isLessThan(STEPS);
      RunResult full = runAllSteps(s, star, rep);
      assertThat(early.result().metrics()).isEqualTo(full.metrics());
      for (String column : full.series().names()) {
        assertThat(early.result().series().column(column)).as(column).containsExactly(full.series().column(column));
      }
    }
  }

  /** As {@link Markets#run}, but never stopping before the last step. */
  private static RunResult runAllSteps(Scenario scenario, Graph graph, int replication) {
    long seed = Seeds.replication(scenario.seed(), replication);
    CampaignSim sim = new CampaignSim(seed, scenario, graph);
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    recorder.attach();
    while (sim.schedule.getSteps() < scenario.steps()) sim.schedule.step(sim);
    sim.endInFlight();
    sim.finish();
    return recorder.result(replication, seed);
  }
}
