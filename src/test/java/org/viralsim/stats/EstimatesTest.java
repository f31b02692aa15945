package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EstimatesTest {
  private static final long SEED = 20160101L;
  // Student t quantiles at 0.975 (R: qt(0.975, df)).
  private static final double T4 = 2.7764451051977934;
  private static final double T1 = 12.706204736174694;

  @Test
  void meanSdAndStudentInterval() {
    Estimate e = Estimates.of(new double[] {1, 2, 3, 4, 5});
    double sd = Math.sqrt(2.5);
    double half = T4 * sd / Math.sqrt(5);
    assertThat(e.n()).isEqualTo(5);
    assertThat(e.mean()).isEqualTo(3.0);
    assertThat(e.sd()).isCloseTo(sd, within(1e-14));
    assertThat(e.ciLow()).isCloseTo(3 - half, within(1e-9));
    assertThat(e.ciHigh()).isCloseTo(3 + half, within(1e-9));
  }

  @Test
  void skipsValuesThatAreNotFinite() {
    Estimate e = Estimates.of(new double[] {1, Double.NaN, 3, Double.POSITIVE_INFINITY});
    assertThat(e.n()).isEqualTo(2);
    assertThat(e.mean()).isEqualTo(2.0);
    assertThat(e.sd()).isCloseTo(Math.sqrt(2), within(1e-14));
    assertThat(e.ciHigh()).isCloseTo(2 + T1, within(1e-9));
  }

  @Test
  void oneValueHasNoSpreadAndNoValueHasNothing() {
    assertThat(Estimates.of(new double[] {Double.NaN, 7})).isEqualTo(new Estimate(1, 7, Double.NaN, 7, 7));
    Estimate none = Estimates.of(new double[] {Double.NaN});
    assertThat(none.n()).isZero();
    assertThat(new double[] {none.mean(), none.sd(), none.ciLow(), none.ciHigh()}).containsOnly(Double.NaN);
    assertThat(Estimates.of(new double[0]).n()).isZero();
  }

  @Test
  void identicalValuesGiveAZeroWidthInterval() {
    assertThat(Estimates.of(new double[] {4, 4, 4})).isEqualTo(new Estimate(3, 4, 0, 4, 4));
  }

  @Test
  void intervalCoversTheTrueMeanAboutNineteenTimesInTwenty() {
    Random random = new Random(SEED);
    int trials = 4000;
    int covered = 0;
    for (int t = 0; t < trials; t++) {
      double[] x = new double[5];
      for (int i = 0; i < x.length; i++) x[i] = 10 + 3 * random.nextGaussian();
      Estimate e = Estimates.of(x);
      if (e.ciLow() <= 10 && 10 <= e.ciHigh()) covered++;
    }
    // Binomial sd of the coverage is sqrt(0.95 * 0.05 / 4000) = 0.0034: allow about 3 of them.
    assertThat(covered / (double) trials).isCloseTo(0.95, within(0.01));
  }

  @Test
  void wilsonIntervalMatchesPublishedValues() {
    assertInterval(Estimates.proportion(5, 10), 0.236593090512564, 0.7634069094874361);
    assertInterval(Estimates.proportion(0, 10), 0.0, 0.2775327998628892);
    assertInterval(Estimates.proportion(1, 20), 0.008881448800795402, 0.23613119344674205);
    assertInterval(Estimates.proportion(20, 20), 0.8388748419471806, 1.0);
  }

  @Test
  void proportionSdIsTheSampleSdOfTheOutcomes() {
    double[] outcomes = {1, 0, 0, 1, 0, 0, 0};
    assertThat(Estimates.proportion(2, 7).sd()).isCloseTo(Estimates.of(outcomes).sd(), within(1e-15));
    assertThat(Estimates.proportion(2, 7).mean()).isEqualTo(2.0 / 7);
    assertThat(Estimates.proportion(1, 1).sd()).isNaN();
    assertThat(Estimates.proportion(0, 0).mean()).isNaN();
  }

  @Test
  void proportionRejectsImpossibleCounts() {
    assertThatThrownBy(() -> Estimates.proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Estimates.proportion(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quantileInterpolatesLikeRAndSkipsNaN() {
    double[] x = {5, Double.NaN, 1, 3, 2, 4};
    assertThat(Estimates.quantile(x, 0.025)).isCloseTo(1.1, within(1e-12));
    assertThat(Estimates.quantile(x, 0.975)).isCloseTo(4.9, within(1e-12));
    assertThat(Estimates.quantile(x, 0.5)).isEqualTo(3.0);
    assertThat(Estimates.quantile(new double[] {Double.NaN}, 0.5)).isNaN();
  }

  /** Seeds of the property tests below: each draws its own sample sizes and values. */
  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> SEED + 7919 * i);
  }

  /** n values in [min, max] (either may be infinite), often on or near a bound, where clipping matters. */
  static double[] boundedSample(Random random, int n, double min, double max) {
    double[] x = new double[n];
    double scale = Math.pow(10, random.nextInt(6) - 2);
    double atBound = random.nextDouble();
    for (int i = 0; i < n; i++) {
      double gap = random.nextDouble() < atBound ? 0 : scale * -Math.log(1 - random.nextDouble());
      boolean fromMin = Double.isFinite(min) && (!Double.isFinite(max) || random.nextBoolean());
      x[i] = fromMin ? Math.min(max, min + gap) : Double.isFinite(max) ? Math.max(min, max - gap) : gap * (random.nextBoolean() ? 1 : -1);
      if (random.nextDouble() < 0.05) x[i] = Double.NaN; // a run where the metric is undefined
    }
    return x;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aClippedIntervalLiesInTheRangeAndHoldsTheMean(long seed) {
    Random random = new Random(seed);
    double[][] ranges = {{0, 1}, {-1, 1}, {0, Double.POSITIVE_INFINITY}, {-1, Double.POSITIVE_INFINITY}, {5, 6}};
    for (double[] range : ranges) {
      double[] x = boundedSample(random, 1 + random.nextInt(40), range[0], range[1]);
      Estimate e = Estimates.of(x, range[0], range[1]);
      Estimate t = Estimates.of(x);
      String what = java.util.Arrays.toString(range) + " " + java.util.Arrays.toString(x);
      assertThat(e.n()).as(what).isEqualTo(t.n());
      if (e.n() == 0) continue;
      assertThat(e.ciLow()).as(what).isBetween(range[0], range[1]);
      assertThat(e.ciHigh()).as(what).isBetween(range[0], range[1]);
      assertThat(e.mean()).as(what).isBetween(e.ciLow(), e.ciHigh());
      assertThat(e.mean()).as(what).isCloseTo(t.mean(), within(1e-12 * Math.max(1, Math.abs(t.mean()))));
      assertThat(Double.valueOf(e.sd())).as(what).isEqualTo(Double.valueOf(t.sd()));
      // Where the range does not bind, the t interval is unchanged.
      if (t.ciLow() >= range[0]) assertThat(e.ciLow()).as(what).isEqualTo(t.ciLow());
      if (t.ciHigh() <= range[1]) assertThat(e.ciHigh()).as(what).isEqualTo(t.ciHigh());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aBinaryIntervalIsWilsonsInsideZeroOneAndHoldsTheMean(long seed) {
    Random random = new Random(seed);
    int n = 1 + random.nextInt(60);
    double p = random.nextInt(4) == 0 ? 0 : random.nextDouble() * random.nextDouble();
    double[] x = new double[n];
    int ones = 0;
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble() < p ? 1 : 0;
      if (x[i] == 1) ones++;
    }
    Estimate e = Estimates.binary(x);
    assertThat(e).isEqualTo(Estimates.proportion(ones, n));
    assertThat(e.ciLow()).isBetween(0.0, 1.0);
    assertThat(e.ciHigh()).isBetween(0.0, 1.0);
    assertThat(e.mean()).isBetween(e.ciLow(), e.ciHigh());
  }

  @Test
  void clippingCutsOnlyThePartOutsideTheRange() {
    Estimate e = Estimates.of(new double[] {0, 0, 0, 0.3}, 0, 1);
    Estimate t = Estimates.of(new double[] {0, 0, 0, 0.3});
    assertThat(t.ciLow()).isNegative();
    assertThat(e).isEqualTo(new Estimate(4, t.mean(), t.sd(), 0, t.ciHigh()));
    assertThat(Estimates.of(new double[] {1, 1, 0.9}, 0, 1).ciHigh()).isEqualTo(1.0);
    assertThat(Estimates.of(new double[] {Double.NaN}, 0, 1).n()).isZero();
    assertThat(Estimates.binary(new double[] {1, Double.NaN, 0, 0})).isEqualTo(Estimates.proportion(1, 3));
  }

  private static void assertInterval(Estimate e, double low, double high) {
    assertThat(e.ciLow()).isCloseTo(low, within(1e-12));
    assertThat(e.ciHigh()).isCloseTo(high, within(1e-12));
  }
}
