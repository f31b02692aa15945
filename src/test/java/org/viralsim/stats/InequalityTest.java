package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InequalityTest {
  private static final long SEED = 19060101L;

  @Test
  void equalCountsHaveNoInequality() {
    assertThat(Inequality.gini(new long[] {3, 3, 3, 3})).isEqualTo(0.0);
    assertThat(Inequality.gini(new long[] {0, 0, 0})).isEqualTo(0.0);
  }

  @Test
  void oneUserHoldingEverythingGivesNMinusOneOverN() {
    long[] x = new long[1000];
    x[417] = 12;
    assertThat(Inequality.gini(x)).isCloseTo(999.0 / 1000, within(1e-15));
  }

  @Test
  void handComputedExampleInAnyOrder() {
    // sum (2i - 5) x_i = -3 - 2 + 3 + 12 = 10, over n sum x = 40.
    long[] x = {4, 1, 3, 2};
    assertThat(Inequality.gini(x)).isCloseTo(0.25, within(1e-15));
    assertThat(x).containsExactly(4, 1, 3, 2);
    assertThat(Inequality.gini(new long[0])).isNaN();
  }

  @Test
  void scaleInvarianceHoldsAcrossBothSortingPaths() {
    Random random = new Random(SEED);
    long[] small = random.ints(5_000, 0, 40).asLongStream().toArray();
    long[] large = Arrays.stream(small).map(v -> v * 1_000_000_007L).toArray();
    assertThat(Inequality.gini(large)).isCloseTo(Inequality.gini(small), within(1e-12));
  }

  @Test
  void paretoSampleApproachesOneOverTwoAMinusOne() {
    // a = 2: G = 1/3. Its variance is infinite, so the sample Gini converges more slowly than
    // 1/sqrt(n) and has a heavy upper tail: at n = 10^6 its sd over 40 seeds was 0.0013 and its
    // largest deviation 0.0054 (one draw near 1000 scales among 2 10^6 moves G by 0.0005).
    // Rounding draws of scale 1000 to whole counts shifts G by under 0.0005. Hence 0.01.
    Random random = new Random(SEED);
    long[] x = new long[1_000_000];
    // Inverse CDF of a Pareto with scale 1000 and a = 2: x = 1000 (1 - U)^(-1/2).
    for (int i = 0; i < x.length; i++) x[i] = Math.round(1000 / Math.sqrt(1 - random.nextDouble()));
    assertThat(Inequality.gini(x)).isCloseTo(1.0 / 3, within(0.01));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> Inequality.gini(new long[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lorenzOfASmallSampleHasEveryVertex() {
    double[][] c = Inequality.lorenz(new long[] {4, 1, 3, 2}, 10);
    assertThat(c[0]).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThat(c[1]).containsExactly(new double[] {0, 0.1, 0.3, 0.6, 1}, within(1e-15));
    // Gini is one minus twice the area under the curve.
    assertThat(1 - 2 * area(c)).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void sampledLorenzCurveRunsFromOriginToOneAndIsMonotoneAndConvex() {
    Random random = new Random(SEED);
    long[] x = new long[100_003];
    for (int i = 0; i < x.length; i++) x[i] = random.nextInt(100) < 90 ? 0 : random.nextInt(1 + i % 50);
    double[][] c = Inequality.lorenz(x, 200);
    assertThat(c[0]).hasSizeLessThanOrEqualTo(201).hasSameSizeAs(c[1]);
    assertThat(c[0][0]).isZero();
    assertThat(c[1][0]).isZero();
    assertThat(c[0][c[0].length - 1]).isEqualTo(1.0);
    assertThat(c[1][c[1].length - 1]).isCloseTo(1.0, within(1e-12));
    for (int i = 1; i < c[0].length; i++) {
      assertThat(c[0][i]).isGreaterThan(c[0][i - 1]);
      assertThat(c[1][i]).isGreaterThanOrEqualTo(c[1][i - 1]).isLessThanOrEqualTo(c[0][i]);
    }
    for (int i = 2; i < c[0].length; i++) {
      double before = (c[1][i - 1] - c[1][i - 2]) / (c[0][i - 1] - c[0][i - 2]);
      double after = (c[1][i] - c[1][i - 1]) / (c[0][i] - c[0][i - 1]);
      assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }
    assertThat(1 - 2 * area(c)).isCloseTo(Inequality.gini(x), within(0.01));
  }

  @Test
  void lorenzOfZerosIsTheDiagonalAndBadArgumentsAreRejected() {
    double[][] c = Inequality.lorenz(new long[] {0, 0, 0, 0}, 2);
    assertThat(c[0]).containsExactly(0, 0.5, 1);
    assertThat(c[1]).containsExactly(0, 0.5, 1);
    assertThatThrownBy(() -> Inequality.lorenz(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Inequality.lorenz(new long[0], 5)).isInstanceOf(IllegalArgumentException.class);
  }

  private static double area(double[][] c) {
    double area = 0;
    for (int i = 1; i < c[0].length; i++) area += (c[0][i] - c[0][i - 1]) * (c[1][i] + c[1][i - 1]) / 2;
    return area;
  }

  /** The values a histogram stands for, in ascending order. */
  private static long[] expand(long[] histogram) {
    long[] values = new long[(int) Arrays.stream(histogram).sum()];
    int i = 0;
    for (int c = 0; c < histogram.length; c++) for (long k = 0; k < histogram[c]; k++) values[i++] = c;
    return values;
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void fromAHistogramAsFromTheValuesItStandsFor(long seed) {
    Random random = new Random(SEED + seed);
    long[] histogram = new long[1 + random.nextInt(30)];
    for (int c = 0; c < histogram.length; c++) histogram[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(1 + 500 / (c + 1));
    if (Arrays.stream(histogram).sum() == 0) histogram[0] = 1;
    long[] values = expand(histogram);
    assertThat(Inequality.giniOfHistogram(histogram)).isCloseTo(Inequality.gini(values), within(1e-12));
    for (int points : new int[] {1, 7, 200, 100_000}) {
      double[][] expected = Inequality.lorenz(values, points);
      double[][] actual = Inequality.lorenzOfHistogram(histogram, points);
      assertThat(actual[0]).containsExactly(expected[0], within(1e-12));
      assertThat(actual[1]).containsExactly(expected[1], within(1e-12));
    }
  }

  @Test
  void histogramEdgeCases() {
    assertThat(Inequality.giniOfHistogram(new long[] {5})).isEqualTo(0.0);
    assertThat(Inequality.giniOfHistogram(new long[] {0, 0})).isNaN();
    assertThat(Inequality.giniOfHistogram(new long[] {999, 0, 0, 1})).isCloseTo(999.0 / 1000, within(1e-15));
    assertThat(Inequality.lorenzOfHistogram(new long[] {4}, 10)[1]).containsExactly(0, 0.25, 0.5, 0.75, 1);
    assertThatThrownBy(() -> Inequality.lorenzOfHistogram(new long[] {0}, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
