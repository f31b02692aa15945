package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Ccdf;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.testing.RandomScenarios;
import org.viralsim.testing.RandomScenarios.Case;

/** The aggregates give what all the replications, kept, would give. */
class RunAggregatesTest {
  private static final double TAIL = 0.025;

  static List<Case> cases() {
    return RandomScenarios.seeds(71_003L, 12).stream().map(seed -> RandomScenarios.of(seed, 9)).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void giveWhatTheKeptReplicationsGive(Case c) {
    Replications kept = RunEngine.replications(c.scenario(), c.graph(), 1, done -> { });
    RunAggregates streamed = new RunAggregates(c.scenario(), TAIL);
    RunEngine.replications(c.scenario(), c.graph(), 3, streamed::add, done -> { });
    List<RunResult> runs = kept.runs();

    assertThat(Summary.of(streamed)).isEqualTo(Summary.of(kept));
    assertThat(streamed.runs()).isEqualTo(runs.size());
    long users = 0;
    for (long u : runs.get(0).contributionHistogram()) users += u;
    assertThat(streamed.users()).isEqualTo(users);

    int steps = c.scenario().steps();
    for (String column : runs.get(0).series().names()) {
      Estimate[] overTime = streamed.overTime(column, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      for (int t = 0; t < steps; t++) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) values[i] = runs.get(i).series().column(column)[t];
        Estimate expected = Estimates.of(values);
        assertThat(overTime[t].n()).isEqualTo(expected.n());
        if (expected.n() > 0) {
          assertThat(overTime[t].mean()).as("%s at %d", column, t)
              .isCloseTo(expected.mean(), within(1e-9 * (1 + Math.abs(expected.mean()))));
        }
        if (column.equals(SeriesColumns.REACH)) {
          assertThat(streamed.reachBand(false)[t]).isEqualTo(Estimates.quantile(values, TAIL));
          assertThat(streamed.reachBand(true)[t]).isEqualTo(Estimates.quantile(values, 1 - TAIL));
        }
      }
    }

    long[] campaign = runs.stream().flatMap(r -> r.items().stream()).filter(ItemRecord::isCampaign)
        .mapToLong(ItemRecord::size).toArray();
    assertThat(Ccdf.ofCounts(streamed.cascadeSizes(true))).isDeepEqualTo(Ccdf.of(campaign));
    long[] pooled = new long[streamed.contributions().length];
    for (RunResult r : runs) for (int k = 0; k < r.contributionHistogram().length; k++) pooled[k] += r.contributionHistogram()[k];
    assertThat(streamed.contributions()).isEqualTo(pooled);
  }

  @Test
  void takesReplicationsInOrderAndOnlyAllOfThem() {
    Case c = cases().get(0);
    RunAggregates aggregates = new RunAggregates(c.scenario(), TAIL);
    assertThatThrownBy(() -> aggregates.add(RunEngine.runOne(c.scenario(), c.graph(), 1)))
        .hasMessageContaining("replication 1 out of order, expected 0");
    aggregates.add(RunEngine.runOne(c.scenario(), c.graph(), 0));
    assertThatThrownBy(aggregates::metrics).hasMessageContaining("1 of 9 replications added");
  }
}
