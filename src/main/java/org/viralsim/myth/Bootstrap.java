package org.viralsim.myth;

import java.util.Arrays;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals over replications: the replications are resampled together in every
 * variant or value (they share their seeds), the statistic recomputed each time. Resamples where the
 * statistic is undefined (NaN) are left out.
 */
final class Bootstrap {
  /** Resamples per interval. */
  static final int RESAMPLES = 1000;

  private Bootstrap() {}

  /** The statistic on every resample of {@code n} replications, sorted, NaN ones left out. */
  static double[] resample(int n, long seed, ToDoubleFunction<int[]> statistic) {
    Random random = new Random(seed);
    double[] out = new double[RESAMPLES];
    int k = 0;
    for (int b = 0; b < RESAMPLES; b++) {
      int[] pick = new int[n];
      for (int i = 0; i < n; i++) pick[i] = random.nextInt(n);
      double v = statistic.applyAsDouble(pick);
      if (!Double.isNaN(v)) out[k++] = v;
    }
    double[] kept = Arrays.copyOf(out, k);
    Arrays.sort(kept);
    return kept;
  }

  /** The 2.5% and 97.5% quantiles of sorted resamples (NaN when there are none). */
  static double[] interval(double[] sorted) {
    if (sorted.length == 0) return new double[] {Double.NaN, Double.NaN};
    return new double[] {sorted[(int) Math.floor(0.025 * (sorted.length - 1))],
        sorted[(int) Math.ceil(0.975 * (sorted.length - 1))]};
  }

  /** Two-sided bootstrap p-value of "the statistic is {@code value}": twice the smaller tail. */
  static double pValue(double[] sorted, double value) {
    if (sorted.length == 0) return Double.NaN;
    long below = Arrays.stream(sorted).filter(v -> v <= value).count();
    long above = Arrays.stream(sorted).filter(v -> v >= value).count();
    return Math.min(1, 2.0 * Math.min(below, above) / sorted.length);
  }

  static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = i;
    return out;
  }

  /** The mean of the finite values picked. */
  static double mean(double[] x, int[] pick) {
    double sum = 0;
    int k = 0;
    for (int i : pick) {
      if (Double.isFinite(x[i])) {
        sum += x[i];
        k++;
      }
    }
    return k == 0 ? Double.NaN : sum / k;
  }
}
