package org.viralsim.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.viralsim.experiment.RunId;

class SweepScheduleTest {
  @Test
  void sharesCoverEveryRunExactlyOnce() {
    Set<RunId> seen = new HashSet<>();
    for (int shard = 0; shard < 3; shard++) {
      for (RunId r : SweepSchedule.pending(5, 4, null, Map.of(), shard, 3)) assertThat(seen.add(r)).isTrue();
    }
    assertThat(seen).hasSize(20);
  }

  @Test
  void doneRunsAreSkipped() {
    Map<RunId, Double> done = new HashMap<>(Map.of(new RunId(0, 0), 0.0, new RunId(1, 1), 0.0));
    assertThat(SweepSchedule.pending(2, 2, null, done, 0, 1)).containsExactly(new RunId(0, 1), new RunId(1, 0));
  }

  @Test
  void aTargetAddsABatchOnlyWhileTheIntervalIsWide() {
    Sweep.TargetCi target = new Sweep.TargetCi("reach", 1, 6);
    Map<RunId, Double> done = new HashMap<>();
    double[] wide = {0, 10};
    double[] narrow = {5, 5};
    for (int r = 0; r < 2; r++) {
      done.put(new RunId(0, r), wide[r]);
      done.put(new RunId(1, r), narrow[r]);
    }
    assertThat(SweepSchedule.pending(2, 2, target, done, 0, 1)).isEqualTo(List.of(new RunId(0, 2), new RunId(0, 3)));
  }
}
