package org.viralsim.stats;

/**
 * Per-index estimates over a stream of equally long series (a measure per tick, over runs): the
 * count, mean and variance of each index's finite values, updated series by series (Welford), so
 * that the series need not be kept. The estimates are those of {@link Estimates#of(double[])} on
 * each index's values, up to rounding in the last digits.
 */
public final class RunningEstimates {
  private final int[] n;
  private final double[] mean;
  private final double[] squares; // sum of squared deviations from the mean

  public RunningEstimates(int length) {
    n = new int[length];
    mean = new double[length];
    squares = new double[length];
  }

  public int length() { return n.length; }

  /** Adds a series; NaN and infinite values are skipped, as in {@link Estimates#of(double[])}. */
  public void add(double[] series) {
    if (series.length != n.length) {
      throw new IllegalArgumentException("series has " + series.length + " values, expected " + n.length);
    }
    for (int i = 0; i < series.length; i++) {
      double v = series[i];
      if (!Double.isFinite(v)) continue;
      double delta = v - mean[i];
      mean[i] += delta / ++n[i];
      squares[i] += delta * (v - mean[i]);
    }
  }

  /** The estimate at an index, its mean and interval kept within [min, max]. */
  public Estimate estimate(int i, double min, double max) {
    return Estimates.clipped(Estimates.ofMoments(n[i], mean[i], n[i] < 2 ? Double.NaN : squares[i] / (n[i] - 1)), min, max);
  }
}
