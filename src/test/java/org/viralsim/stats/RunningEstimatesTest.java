package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RunningEstimatesTest {
  static IntStream seeds() { return IntStream.range(0, 200); }

  /** Each case: series of counts, levels and NaN; per index the same estimate as over all the index's values. */
  @ParameterizedTest
  @MethodSource("seeds")
  void agreesWithTheEstimateOfAllValues(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int length = 1 + random.nextInt(20);
    int series = 1 + random.nextInt(seed % 4 == 0 ? 3 : 400);
    double[][] values = new double[length][series];
    RunningEstimates running = new RunningEstimates(length);
    for (int s = 0; s < series; s++) {
      double[] one = new double[length];
      for (int i = 0; i < length; i++) {
        one[i] = random.nextInt(8) == 0 ? Double.NaN
            : i % 2 == 0 ? random.nextInt(1 + i * 1000) : random.nextDouble() * 2 - 1;
        values[i][s] = one[i];
      }
      running.add(one);
    }
    for (int i = 0; i < length; i++) {
      Estimate expected = Estimates.of(values[i], -1, Double.POSITIVE_INFINITY);
      Estimate e = running.estimate(i, -1, Double.POSITIVE_INFINITY);
      assertThat(e.n()).isEqualTo(expected.n());
      if (expected.n() == 0) {
        assertThat(e.mean()).isNaN();
        continue;
      }
      double scale = 1e-9 * (1 + Math.abs(expected.mean()) + (Double.isNaN(expected.sd()) ? 0 : expected.sd()));
      assertThat(e.mean()).isCloseTo(expected.mean(), within(scale));
      assertThat(e.ciLow()).isCloseTo(expected.ciLow(), within(scale));
      assertThat(e.ciHigh()).isCloseTo(expected.ciHigh(), within(scale));
      if (expected.n() > 1) assertThat(e.sd()).isCloseTo(expected.sd(), within(scale));
    }
  }

  @Test
  void equalValuesGiveTheirValueExactly() {
    RunningEstimates running = new RunningEstimates(1);
    for (int s = 0; s < 7; s++) running.add(new double[] {0.1});
    assertThat(running.estimate(0, 0, 1)).isEqualTo(new Estimate(7, 0.1, 0, 0.1, 0.1));
    assertThatThrownBy(() -> running.add(new double[2])).hasMessageContaining("series has 2 values, expected 1");
  }
}
