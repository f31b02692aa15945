package org.viralsim.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * How a metric differs between two scenarios run as pairs (replication i of both with the same
 * seed): the means of A and B over the pairs where both have a value, the mean paired difference
 * B - A with its 95% interval, and a two-sided p-value for "no difference".
 *
 * @param test which test gave the p-value
 */
public record PairedDifference(int pairs, double aMean, double bMean, double difference, double ciLow,
    double ciHigh, double pValue, Test test) {

  /** The test behind a p-value. */
  public enum Test {
    /** Student's paired t-test. */
    PAIRED_T,
    /** Wilcoxon's signed-rank test, exact up to 20 pairs: for differences far from normal. */
    WILCOXON,
    /** McNemar's exact test (a binomial test on the discordant pairs): for 0/1 metrics. */
    MCNEMAR,
    /** Every pair agrees: no difference to test, p = 1. */
    NONE
  }

  /** Below this many pairs normality cannot be judged from the differences: the t-test is kept. */
  static final int NORMALITY_MIN_PAIRS = 8;
  /** Up to this many pairs Wilcoxon's p-value is exact. */
  static final int EXACT_MAX_PAIRS = 20;
  /** Jarque-Bera p-value below which the differences count as far from normal. */
  static final double NON_NORMAL = 0.01;

  /**
   * @param a      A's value in each replication (NaN where undefined)
   * @param b      B's value in each replication, in the same order
   * @param binary whether every value is 0 or 1 (paired proportions); else the metric is continuous
   * @param span   the widest a difference can be (max - min of the metric's range, or infinity): the
   *               interval is kept within [-span, span]
   */
  public static PairedDifference of(double[] a, double[] b, boolean binary, double span) {
    if (a.length != b.length) throw new IllegalArgumentException("a has " + a.length + " values, b " + b.length);
    int n = 0;
    for (int i = 0; i < a.length; i++) if (Double.isFinite(a[i]) && Double.isFinite(b[i])) n++;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0, k = 0; i < a.length; i++) {
      if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
        x[k] = a[i];
        y[k++] = b[i];
      }
    }
    if (n == 0) return new PairedDifference(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Test.NONE);
    double aMean = StatUtils.mean(x);
    double bMean = StatUtils.mean(y);
    double[] d = new double[n];
    for (int i = 0; i < n; i++) d[i] = y[i] - x[i];
    double diff = StatUtils.mean(d);
    if (Arrays.stream(d).allMatch(v -> v == 0)) return new PairedDifference(n, aMean, bMean, 0, 0, 0, 1, Test.NONE);
    if (binary) return proportions(x, y, aMean, bMean);
    Estimate e = Estimates.of(d, -span, span);
    if (n == 1) return new PairedDifference(1, aMean, bMean, diff, diff, diff, Double.NaN, Test.NONE);
    boolean constant = Arrays.stream(d).allMatch(v -> v == d[0]);
    if (constant || n >= NORMALITY_MIN_PAIRS && jarqueBera(d) < NON_NORMAL) {
      return new PairedDifference(n, aMean, bMean, diff, e.ciLow(), e.ciHigh(), wilcoxon(d), Test.WILCOXON);
    }
    return new PairedDifference(n, aMean, bMean, diff, e.ciLow(), e.ciHigh(), new TTest().pairedTTest(y, x), Test.PAIRED_T);
  }

  /**
   * Wilcoxon's signed-rank p-value of the differences, pairs that do not differ left out (Wilcoxon's
   * own rule: with them ranked, the test would depend on which scenario is A): exact up to
   * {@link #EXACT_MAX_PAIRS} differing pairs, else the normal approximation.
   */
  static double wilcoxon(double[] d) {
    double[] nonzero = Arrays.stream(d).filter(v -> v != 0).toArray();
    if (nonzero.length < 2) return 1; // one differing pair: either sign is as likely
    double[] zero = new double[nonzero.length];
    // the exact p-value enumerates 2^n sign patterns: beyond 20 pairs the normal approximation serves
    double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(nonzero, zero, nonzero.length <= EXACT_MAX_PAIRS);
    return Math.min(1, p);
  }

  /**
   * Paired proportions: the difference of the shares of 1s, Agresti and Min's (2005) interval (the
   * Wald interval of the 2x2 table of pairs with 0.5 added to each cell), whose coverage stays near
   * 95% down to a few dozen pairs and shares near 0 or 1, where the plain Wald interval collapses;
   * and McNemar's exact p-value from the pairs that disagree.
   */
  private static PairedDifference proportions(double[] x, double[] y, double aMean, double bMean) {
    int n = x.length;
    int onlyA = 0;
    int onlyB = 0;
    for (int i = 0; i < n; i++) {
      if (x[i] > 0 && !(y[i] > 0)) onlyA++;
      if (y[i] > 0 && !(x[i] > 0)) onlyB++;
    }
    double b = onlyB + 0.5;
    double c = onlyA + 0.5;
    double m = n + 2;
    double centre = (b - c) / m;
    double se = Math.sqrt((b + c) - (b - c) * (b - c) / m) / m;
    double p = new BinomialTest().binomialTest(onlyA + onlyB, onlyB, 0.5, AlternativeHypothesis.TWO_SIDED);
    return new PairedDifference(n, aMean, bMean, bMean - aMean, Math.max(-1, centre - Estimates.Z * se),
        Math.min(1, centre + Estimates.Z * se), Math.min(1, p), Test.MCNEMAR);
  }

  /** The p-value of the Jarque-Bera test of normality (chi-squared with 2 degrees of freedom). */
  static double jarqueBera(double[] x) {
    int n = x.length;
    double s = new Skewness().evaluate(x);
    double k = new Kurtosis().evaluate(x); // excess kurtosis
    double jb = n / 6.0 * (s * s + k * k / 4);
    return Double.isFinite(jb) ? 1 - new ChiSquaredDistribution(null, 2).cumulativeProbability(jb) : 1;
  }
}
