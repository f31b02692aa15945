package org.viralsim.gui;

import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * What the trainer window runs: one scenario, or two side by side with the same seed, stepping
 * together one tick per step, until both runs are over. The lanes to run are set before each start.
 */
final class Classroom extends SimState {
  private static final long serialVersionUID = 1L;
  private transient List<Lane> lanes = List.of();

  Classroom() {
    super(1);
  }

  /** The runs of the next start, built and started (their networks drawn) but not yet stepped. */
  void setLanes(List<Lane> next) { lanes = List.copyOf(next); }

  @Override
  public void start() {
    super.start();
    Stoppable[] self = new Stoppable[1];
    self[0] = schedule.scheduleRepeating(Schedule.EPOCH, 0, state -> {
      boolean any = false;
      for (Lane lane : lanes) any |= lane.step();
      if (!any || lanes.stream().allMatch(Lane::finished)) self[0].stop();
    }, 1.0);
  }

  List<Lane> lanes() { return lanes; }

  /** Ticks run so far (of the lane that ran longest). */
  long ticks() {
    long t = 0;
    for (Lane lane : lanes) t = Math.max(t, lane.ticks());
    return t;
  }
}
