package org.viralsim.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Estimates across replications, all at the 95% level. */
public final class Estimates {
  private static final double LEVEL = 0.95;
  private static final double UPPER_TAIL = 1 - (1 - LEVEL) / 2;
  /** The standard normal quantile of a two-sided 95% interval. */
  static final double Z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(UPPER_TAIL);

  private Estimates() {}

  /**
   * Mean, sample sd (n - 1) and Student-t 95% interval of the mean over the finite values; NaN and
   * infinite values (a replication that has no value) are skipped. One value: sd NaN and the
   * interval collapses to the mean. No value: everything NaN.
   */
  public static Estimate of(double[] values) {
    double[] x = finite(values);
    int n = x.length;
    if (n == 0) return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double mean = StatUtils.mean(x);
    return ofMoments(n, mean, n == 1 ? Double.NaN : StatUtils.variance(x, mean));
  }

  /**
   * As {@link #of(double[])} from the count, mean and sample variance of the finite values, as a
   * stream of values gives them ({@link RunningEstimates}).
   */
  public static Estimate ofMoments(int n, double mean, double variance) {
    if (n == 0) return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    if (n == 1) return new Estimate(1, mean, Double.NaN, mean, mean);
    double sd = Math.sqrt(variance);
    // A null random generator: the distribution is only used for its quantile, never sampled.
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(UPPER_TAIL);
    double half = t * sd / Math.sqrt(n);
    return new Estimate(n, mean, sd, mean - half, mean + half);
  }

  /**
   * As {@link #of(double[])} for values that lie in [min, max]: the Student-t interval clipped to
   * that range (and the mean, which can only leave it by rounding). Clipping rather than a bootstrap
   * percentile interval: the true mean lies in the range, so cutting off the impossible part never
   * changes whether the interval covers it, and the coverage stays that of the t interval, which at
   * the few replications usual here is nearer 95% than a percentile bootstrap's (too narrow for small
   * n); where the range does not bind, the interval is the t interval unchanged.
   */
  public static Estimate of(double[] values, double min, double max) {
    return clipped(of(values), min, max);
  }

  /** The estimate with its mean and interval kept within [min, max] (see {@link #of(double[], double, double)}). */
  public static Estimate clipped(Estimate e, double min, double max) {
    if (e.n() == 0) return e;
    return new Estimate(e.n(), clip(e.mean(), min, max), e.sd(), clip(e.ciLow(), min, max), clip(e.ciHigh(), min, max));
  }

  private static double clip(double v, double min, double max) {
    return Math.min(max, Math.max(min, v));
  }

  /**
   * The finite values, each 0 or 1 (any value above 0 counts as 1), as a proportion with its Wilson
   * score interval ({@link #proportion}).
   */
  public static Estimate binary(double[] values) {
    double[] x = finite(values);
    int ones = 0;
    for (double v : x) if (v > 0) ones++;
    return proportion(ones, x.length);
  }

  /**
   * A proportion with its Wilson score 95% interval, which stays inside [0, 1] and keeps its
   * coverage when the proportion is near 0 or 1 (most runs not viral), unlike the normal
   * approximation. The sd is the sample sd of the 0/1 outcomes, sqrt(p (1 - p) n / (n - 1)), so that
   * it equals what {@link #of} gives on the outcomes themselves.
   */
  public static Estimate proportion(int successes, int n) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
    }
    if (n == 0) return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double p = (double) successes / n;
    double sd = n == 1 ? Double.NaN : Math.sqrt(p * (1 - p) * n / (n - 1));
    double z2n = Z * Z / n;
    double centre = (p + z2n / 2) / (1 + z2n);
    double half = Z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
    // The interval holds p exactly; bounds are kept on p's side of it where rounding would cross
    // (at p = 0, centre - half comes out as 1e-17, not 0).
    return new Estimate(n, p, sd, Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half)));
  }

  /**
   * The p-th quantile (0 < p <= 1) of the finite values, interpolated linearly between order
   * statistics (R's default, type 7); NaN when there is no finite value.
   */
  public static double quantile(double[] values, double p) {
    double[] x = finite(values);
    if (x.length == 0) return Double.NaN;
    return new Percentile().withEstimationType(EstimationType.R_7).evaluate(x, p * 100);
  }

  private static double[] finite(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).toArray();
  }
}
