package org.viralsim.gui;

import org.viralsim.config.Scenario;
import org.viralsim.experiment.Seeds;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunRecorder;

/**
 * One scenario as the class watches it: the first replication of {@code run}, with its seed and its
 * recorder, stepped one tick at a time and stopped as {@code run} stops it (its steps done, or
 * nothing left to happen).
 */
final class Lane {
  final String label;
  final Scenario scenario;
  final CampaignSim sim;
  final RunRecorder recorder;
  private boolean ended;

  /**
   * @param seedScenario the scenario whose seed drives the run (the left one's, side by side)
   * @param network      the network, or null when each run draws its own
   */
  Lane(String label, Scenario scenario, Scenario seedScenario, Graph network) {
    this.label = label;
    this.scenario = scenario;
    this.sim = new CampaignSim(Seeds.replication(seedScenario.seed(), 0), scenario, network);
    this.sim.start();
    this.recorder = new RunRecorder(sim);
    this.recorder.attach();
    endIfOver();
  }

  /** Runs one tick, unless the run is over; false when it is. */
  boolean step() {
    if (ended) return false;
    sim.schedule.step(sim);
    endIfOver();
    return true;
  }

  /** As {@code run} ends a run: the items still spreading are recorded as such, once. */
  private void endIfOver() {
    if (!ended && (sim.schedule.getSteps() >= scenario.steps() || sim.quiet())) {
      ended = true;
      sim.endInFlight();
    }
  }

  boolean finished() { return ended; }

  /** Ticks run so far. */
  long ticks() { return sim.schedule.getSteps(); }
}
