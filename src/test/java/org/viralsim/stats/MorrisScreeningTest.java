package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MorrisScreeningTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).map(i -> 15_485_863L * i + 11).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void trajectoriesMoveEachInputOnceByDeltaOnTheGrid(long seed) {
    Well19937c random = new Well19937c(seed);
    int r = 2 + random.nextInt(20);
    int d = 1 + random.nextInt(10);
    int p = 2 * (1 + random.nextInt(5));
    MorrisScreening.Plan plan = MorrisScreening.plan(r, d, p, seed);
    double[][] rows = plan.rows();
    assertThat(rows).hasNumberOfRows(r * (d + 1));
    assertThat(plan.delta()).isEqualTo(p / (2.0 * (p - 1)));
    for (double[] row : rows) {
      for (double x : row) {
        double level = x * (p - 1);
        assertThat(x).isBetween(0.0, 1.0);
        assertThat(level).as("on the grid").isCloseTo(Math.rint(level), within(1e-9));
      }
    }
    for (int t = 0; t < r; t++) {
      boolean[] movedOnce = new boolean[d];
      for (int k = 0; k < d; k++) {
        double[] before = rows[t * (d + 1) + k];
        double[] after = rows[t * (d + 1) + k + 1];
        int i = plan.moved(t, k);
        assertThat(movedOnce[i]).as("input %d moves once in trajectory %d", i, t).isFalse();
        movedOnce[i] = true;
        for (int j = 0; j < d; j++) {
          if (j == i) assertThat(Math.abs(after[j] - before[j])).isCloseTo(plan.delta(), within(1e-12));
          else assertThat(after[j]).isEqualTo(before[j]);
        }
      }
    }
  }

  @Test
  void linearOutputHasEffectsEqualToItsCoefficients() {
    // f = sum c_i x_i: every elementary effect of input i is c_i, so mu = c_i, mu* = |c_i|, sigma = 0.
    double[] c = {3, -2, 0, 0.5, -7};
    MorrisScreening.Plan plan = MorrisScreening.plan(25, c.length, 6, 42);
    double[] outputs = Arrays.stream(plan.rows()).mapToDouble(x -> {
      double f = 0;
      for (int i = 0; i < c.length; i++) f += c[i] * x[i];
      return f;
    }).toArray();
    List<MorrisScreening.Effects> effects = MorrisScreening.estimate(plan, outputs);
    for (int i = 0; i < c.length; i++) {
      assertThat(effects.get(i).mu()).isCloseTo(c[i], within(1e-12));
      assertThat(effects.get(i).muStar()).isCloseTo(Math.abs(c[i]), within(1e-12));
      assertThat(effects.get(i).sigma()).isCloseTo(0, within(1e-12));
    }
  }

  /**
   * On 4 levels x_i in {-pi, -pi/3, pi/3, pi} and Delta = 2/3, so every step is a change of 4 pi / 3
   * in x. Each level is equally likely where an input moves or is looked at, which gives the expected
   * mu*: x2 changes sin^2 x2 by 3/4 at every step, mu*_2 = 7 (3/4) / (2/3) = 7.875 exactly; x1
   * changes sin x1 by sqrt(3)/2 times 1 + 0.1 x3^4, with x3^4 = pi^4 or (pi/3)^4 equally likely;
   * x3 changes 0.1 x3^4 sin x1 by 0.1 (pi^4 - (pi/3)^4) |sin x1|, and |sin x1| is 0 half of the time.
   * Effects of x1 and x3 each take two values equally often, so their sd is half the gap.
   */
  @ParameterizedTest
  @MethodSource("ishigamiSeeds")
  void ishigamiScreensX1AndX2AboveX3(long seed) {
    int r = 2000;
    MorrisScreening.Plan plan = MorrisScreening.plan(r, 3, 4, seed);
    double[] outputs = Arrays.stream(plan.rows()).mapToDouble(SobolIndicesTest::ishigami).toArray();
    List<MorrisScreening.Effects> effects = MorrisScreening.estimate(plan, outputs);
    double pi4 = Math.pow(Math.PI, 4);
    double step = Math.sqrt(3) / 2 / (2.0 / 3);
    double[] x1 = {step * (1 + 0.1 * pi4), step * (1 + 0.1 * pi4 / 81)};
    double[] x3 = {0, step * 0.1 * (pi4 - pi4 / 81)};
    assertThat(effects.get(1).muStar()).isCloseTo(7.875, within(1e-9));
    assertMeanOfTwo(effects.get(0).muStar(), x1, r);
    assertMeanOfTwo(effects.get(2).muStar(), x3, r);
    assertThat(effects.get(0).muStar()).isGreaterThan(effects.get(2).muStar());
    assertThat(effects.get(1).muStar()).isGreaterThan(effects.get(2).muStar());
  }

  static Stream<Long> ishigamiSeeds() {
    return LongStream.of(1, 2, 3, 2024, -77).boxed();
  }

  private static void assertMeanOfTwo(double muStar, double[] values, int r) {
    double se = Math.abs(values[0] - values[1]) / 2 / Math.sqrt(r);
    assertThat(muStar).isCloseTo((values[0] + values[1]) / 2, within(4 * se));
  }

  @Test
  void sameSeedSamePlanAndBadArgumentsAreRejected() {
    assertThat(MorrisScreening.plan(5, 3, 4, 9).rows()).isDeepEqualTo(MorrisScreening.plan(5, 3, 4, 9).rows());
    assertThat(Arrays.deepEquals(MorrisScreening.plan(5, 3, 4, 9).rows(), MorrisScreening.plan(5, 3, 4, 10).rows())).isFalse();
    assertThatThrownBy(() -> MorrisScreening.plan(5, 3, 5, 1)).hasMessageContaining("levels must be even");
    assertThatThrownBy(() -> MorrisScreening.plan(1, 3, 4, 1)).hasMessageContaining("trajectories must be at least 2");
    MorrisScreening.Plan plan = MorrisScreening.plan(2, 2, 4, 1);
    assertThatThrownBy(() -> MorrisScreening.estimate(plan, new double[5])).hasMessageContaining("6 rows, got 5");
  }
}
