package org.viralsim.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.viralsim.config.Scenario;
import org.viralsim.observe.RunResult;

/** All replications of one scenario, in replication order. */
public record Replications(Scenario scenario, List<RunResult> runs, Instant started, Instant ended, int threads) {
  public Duration runTime() { return Duration.between(started, ended); }
}
