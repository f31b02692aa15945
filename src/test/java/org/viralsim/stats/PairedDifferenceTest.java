package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.viralsim.stats.PairedDifference.Test.MCNEMAR;
import static org.viralsim.stats.PairedDifference.Test.PAIRED_T;
import static org.viralsim.stats.PairedDifference.Test.WILCOXON;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PairedDifferenceTest {
  static LongStream seeds() { return LongStream.range(0, 60).map(i -> 7919L * i + 3); }

  @ParameterizedTest
  @MethodSource("seeds")
  void aScenarioAgainstItselfDiffersByNothingWithAZeroWidthInterval(long seed) {
    Random r = new Random(seed);
    double[] x = new double[5 + r.nextInt(40)];
    for (int i = 0; i < x.length; i++) x[i] = r.nextInt(3) == 0 ? Double.NaN : r.nextGaussian() * 100;
    PairedDifference d = PairedDifference.of(x, x.clone(), false, Double.POSITIVE_INFINITY);
    assertThat(new double[] {d.difference(), d.ciLow(), d.ciHigh()}).containsExactly(0, 0, 0);
    assertThat(d.pValue()).isEqualTo(1);
    assertThat(d.aMean()).isEqualTo(d.bMean());
    double[] viral = new double[x.length];
    for (int i = 0; i < viral.length; i++) viral[i] = r.nextBoolean() ? 1 : 0;
    PairedDifference v = PairedDifference.of(viral, viral.clone(), true, 1);
    assertThat(new double[] {v.difference(), v.ciLow(), v.ciHigh()}).containsExactly(0, 0, 0);
    assertThat(v.pairs()).isEqualTo(viral.length);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theIntervalHoldsTheDifferenceAndTheRange(long seed) {
    Random r = new Random(seed);
    int n = 2 + r.nextInt(50);
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble();
      b[i] = Math.min(1, Math.max(0, a[i] + 0.3 * r.nextGaussian()));
    }
    PairedDifference d = PairedDifference.of(a, b, false, 1);
    assertThat(d.difference()).isBetween(d.ciLow(), d.ciHigh()).isCloseTo(d.bMean() - d.aMean(), within(1e-12));
    assertThat(d.ciLow()).isGreaterThanOrEqualTo(-1);
    assertThat(d.ciHigh()).isLessThanOrEqualTo(1);
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble() < 0.4 ? 1 : 0;
      b[i] = r.nextDouble() < 0.2 ? 1 - a[i] : a[i];
    }
    PairedDifference p = PairedDifference.of(a, b, true, 1);
    assertThat(p.difference()).isBetween(p.ciLow(), p.ciHigh());
    assertThat(p.ciLow()).isGreaterThanOrEqualTo(-1);
    assertThat(p.ciHigh()).isLessThanOrEqualTo(1);
    assertThat(p.pValue()).isBetween(0.0, 1.0);
  }

  /**
   * Over 1,000 samples of 20 pairs with a known mean difference, the 95% interval covers it in 95%
   * of them, within three standard errors of a coverage estimated from 1,000 samples (0.021).
   */
  @Test
  void intervalsOfNormalDifferencesCover95Percent() {
    Random r = new Random(11);
    int covered = 0;
    int samples = 1000;
    for (int s = 0; s < samples; s++) {
      double[] a = new double[20];
      double[] b = new double[20];
      for (int i = 0; i < a.length; i++) {
        a[i] = 50 + 10 * r.nextGaussian();
        b[i] = a[i] + 2 + 3 * r.nextGaussian(); // paired: the common part cancels
      }
      PairedDifference d = PairedDifference.of(a, b, false, Double.POSITIVE_INFINITY);
      if (d.ciLow() <= 2 && 2 <= d.ciHigh()) covered++;
    }
    double se = Math.sqrt(0.95 * 0.05 / samples);
    assertThat(covered / (double) samples).isCloseTo(0.95, within(3 * se));
  }

  /** The interval for paired proportions covers 95%, within three standard errors of the estimate. */
  @Test
  void intervalsOfPairedProportionsCoverAtLeast95Percent() {
    Random r = new Random(12);
    int covered = 0;
    int samples = 1000;
    for (int s = 0; s < samples; s++) {
      double[] a = new double[40];
      double[] b = new double[40];
      for (int i = 0; i < a.length; i++) {
        double u = r.nextDouble();
        a[i] = u < 0.3 ? 1 : 0; // P(a) = 0.3
        b[i] = u < 0.3 ? (r.nextDouble() < 0.8 ? 1 : 0) : (r.nextDouble() < 0.3 ? 1 : 0); // P(b) = 0.24 + 0.21
      }
      PairedDifference d = PairedDifference.of(a, b, true, 1);
      if (d.ciLow() <= 0.15 && 0.15 <= d.ciHigh()) covered++;
    }
    assertThat(covered / (double) samples).as("coverage").isCloseTo(0.95, within(3 * Math.sqrt(0.95 * 0.05 / samples)));
  }

  @Test
  void testsFollowTheDifferences() {
    double[] a = new double[10];
    double[] b = new double[10];
    for (int i = 0; i < 10; i++) b[i] = 1; // B viral in every run, A in none
    PairedDifference viral = PairedDifference.of(a, b, true, 1);
    assertThat(viral.test()).isEqualTo(MCNEMAR);
    assertThat(viral.pValue()).isCloseTo(2 * Math.pow(0.5, 10), within(1e-12));
    assertThat(viral.difference()).isEqualTo(1);

    Random r = new Random(5);
    double[] x = new double[30];
    double[] normal = new double[30];
    double[] skewed = new double[30];
    for (int i = 0; i < 30; i++) {
      x[i] = 100 * r.nextDouble();
      normal[i] = x[i] + 1 + r.nextGaussian();
      skewed[i] = x[i] + (i == 0 ? 500 : 0.1 * r.nextGaussian()); // one run far out
    }
    assertThat(PairedDifference.of(x, normal, false, Double.POSITIVE_INFINITY).test()).isEqualTo(PAIRED_T);
    assertThat(PairedDifference.of(x, skewed, false, Double.POSITIVE_INFINITY).test()).isEqualTo(WILCOXON);
    double[] shifted = x.clone();
    for (int i = 0; i < 30; i++) shifted[i] += 3;
    PairedDifference constant = PairedDifference.of(x, shifted, false, Double.POSITIVE_INFINITY);
    assertThat(constant.test()).isEqualTo(WILCOXON);
    assertThat(constant.ciLow()).isCloseTo(3, within(1e-9));
    assertThat(constant.pValue()).isLessThan(1e-5);
  }

  /** Tied pairs (common with common random numbers) are left out of Wilcoxon's test, so A and B can swap. */
  @Test
  void wilcoxonLeavesTiedPairsOutAndIsTheSameBothWays() {
    double[] a = new double[20];
    double[] b = new double[20];
    double[] moves = {1, 2, 3, 4, 30};
    for (int i = 0; i < 5; i++) b[15 + i] = moves[i];
    PairedDifference ab = PairedDifference.of(a, b, false, Double.POSITIVE_INFINITY);
    PairedDifference ba = PairedDifference.of(b, a, false, Double.POSITIVE_INFINITY);
    assertThat(ab.test()).isEqualTo(WILCOXON);
    assertThat(ab.pValue()).isEqualTo(ba.pValue()).isCloseTo(0.0625, within(1e-12)); // 5 positive of 5: 2 / 2^5
  }

  @Test
  void onlyPairsWithBothValuesCount() {
    PairedDifference d = PairedDifference.of(new double[] {1, Double.NaN, 3, 5}, new double[] {2, 4, Double.NaN, 9},
        false, Double.POSITIVE_INFINITY);
    assertThat(d.pairs()).isEqualTo(2);
    assertThat(d.aMean()).isEqualTo(3);
    assertThat(d.bMean()).isEqualTo(5.5);
    assertThat(d.difference()).isEqualTo(2.5);
    PairedDifference none = PairedDifference.of(new double[] {Double.NaN}, new double[] {1}, false, 1);
    assertThat(none.pairs()).isZero();
    assertThat(none.difference()).isNaN();
  }
}
