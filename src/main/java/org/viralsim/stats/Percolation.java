package org.viralsim.stats;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Bond percolation on random graphs (Newman 2002, Phys. Rev. E 66 016128), the analytic oracle for
 * the independent cascade: each edge passes an item on with probability T. Results hold for large
 * graphs and describe one seed: the probability of a large outbreak, which is also the share of
 * users it reaches; the epidemic threshold; and the mean outbreak size below it.
 *
 * <p>A degree distribution is given as non-negative weights indexed by degree ({@code pk[k]}),
 * normalised here, so a degree histogram can be passed as it is.
 */
public final class Percolation {
  private static final double ACCURACY = 1e-15;
  private static final int MAX_EVALUATIONS = 1_000;

  private Percolation() {}

  /** T_c = 1 / z on an Erdos-Renyi graph of mean degree z (infinite for z = 0). */
  public static double erdosRenyiThreshold(double z) {
    return 1 / checkedMeanDegree(z);
  }

  /** S solving S = 1 - exp(-z T S), the largest root in [0, 1]: 0 at or below the threshold. */
  public static double erdosRenyiOutbreak(double z, double T) {
    if (checkedMeanDegree(z) * checkedTransmissibility(T) <= 1) return 0;
    // Poisson: G0 = G1 = exp(z (x - 1)), so v = 1 - u solves v = T (1 - exp(-z v)) and S = v / T.
    return largestRoot(T, v -> -Math.expm1(-z * v)) / T;
  }

  /**
   * Erdos-Renyi with susceptibility varying by group: a user of group r takes the item from each
   * sharer it follows with probability T_r. The share a large outbreak reaches solves
   * S = sum_r share_r (1 - exp(-z T_r S)); by Jensen's inequality it is smaller than with every
   * T_r at the mean, although the threshold (z mean(T) = 1) and the chance that one seed starts a
   * large outbreak are those of the mean.
   */
  public static double erdosRenyiOutbreak(double z, double[] shares, double[] T) {
    if (shares.length != T.length) throw new IllegalArgumentException("one transmissibility per share");
    double mean = 0;
    for (int r = 0; r < T.length; r++) mean += shares[r] * checkedTransmissibility(T[r]);
    if (checkedMeanDegree(z) * mean <= 1) return 0;
    return largestRoot(1, v -> {
      double sum = 0;
      for (int r = 0; r < T.length; r++) sum -= shares[r] * Math.expm1(-z * T[r] * v);
      return sum;
    });
  }

  /** 1 / (1 - z T) below the threshold; infinite at and above it. */
  public static double erdosRenyiMeanSmallOutbreak(double z, double T) {
    double c = checkedMeanDegree(z) * checkedTransmissibility(T);
    return c < 1 ? 1 / (1 - c) : Double.POSITIVE_INFINITY;
  }

  /** T_c = <k> / (<k^2> - <k>); infinite when no degree exceeds 1 and no outbreak can spread. */
  public static double configThreshold(double[] pk) {
    Degrees d = Degrees.of(pk);
    return d.excess > 0 ? 1 / d.excess : Double.POSITIVE_INFINITY;
  }

  /**
   * S = 1 - G0(u) with u the smallest root in [0, 1] of u = 1 - T + T G1(u): 0 at or below the
   * threshold.
   */
  public static double configOutbreak(double[] pk, double T) {
    checkedTransmissibility(T);
    Degrees d = Degrees.of(pk);
    if (T * d.excess <= 1) return 0;
    double v = largestRoot(T, w -> dropFromOne(d.q, w));
    return dropFromOne(d.p, v);
  }

  /**
   * 1 + T G0'(1) / (1 - T G1'(1)) below the threshold; infinite at and above it, where the mean
   * over all outbreaks diverges as the graph grows.
   */
  public static double configMeanSmallOutbreak(double[] pk, double T) {
    checkedTransmissibility(T);
    Degrees d = Degrees.of(pk);
    if (d.mean == 0) return 1;
    double r = T * d.excess;
    return r < 1 ? 1 + T * d.mean / (1 - r) : Double.POSITIVE_INFINITY;
  }

  /**
   * The root v in (0, 1] of v = T drop(v), where drop(v) = 1 - G1(1 - v) (so u = 1 - v), or 0 if
   * there is none. Dividing by v removes the trivial root v = 0: g(v) = 1 - T drop(v) / v is
   * increasing because drop is concave with drop(0) = 0, so the other root is unique and bracketed.
   */
  private static double largestRoot(double T, DoubleUnaryOperator drop) {
    DoubleUnaryOperator g = v -> 1 - T * drop.applyAsDouble(v) / v;
    double low = Double.MIN_NORMAL;
    if (g.applyAsDouble(low) >= 0) return 0; // rounding at the threshold
    if (g.applyAsDouble(1) <= 0) return 1;   // T = 1 and no leaves: u = 0 exactly
    return new BrentSolver(ACCURACY, ACCURACY).solve(MAX_EVALUATIONS, g::applyAsDouble, low, 1);
  }

  /**
   * sum_k w_k (1 - (1 - v)^k), that is 1 - G(1 - v) for the generating function with coefficients
   * w. Written with log1p and expm1 so that it stays accurate for tiny v, where 1 - G would cancel.
   */
  private static double dropFromOne(double[] w, double v) {
    double log = Math.log1p(-v);
    double sum = 0;
    for (int k = 1; k < w.length; k++) sum -= w[k] * Math.expm1(k * log);
    return sum;
  }

  private static double checkedMeanDegree(double z) {
    if (!(z >= 0) || Double.isInfinite(z)) throw new IllegalArgumentException("mean degree must be >= 0, was " + z);
    return z;
  }

  private static double checkedTransmissibility(double T) {
    if (!(T >= 0 && T <= 1)) throw new IllegalArgumentException("transmissibility must be in [0, 1], was " + T);
    return T;
  }

  /**
   * A normalised degree distribution p, its excess-degree distribution q_k = (k + 1) p_(k+1) / <k>
   * (coefficients of G1), the mean degree G0'(1) and the mean excess degree G1'(1).
   */
  private record Degrees(double[] p, double[] q, double mean, double excess) {
    static Degrees of(double[] pk) {
      double total = 0;
      for (int k = 0; k < pk.length; k++) {
        if (!(pk[k] >= 0) || Double.isInfinite(pk[k])) {
          throw new IllegalArgumentException("p_k must be finite and >= 0, p_" + k + " was " + pk[k]);
        }
        total += pk[k];
      }
      if (!(total > 0)) throw new IllegalArgumentException("degree distribution must have positive mass");
      double[] p = new double[pk.length];
      double mean = 0;
      double second = 0;
      for (int k = 0; k < pk.length; k++) {
        p[k] = pk[k] / total;
        mean += k * p[k];
        second += (double) k * k * p[k];
      }
      double[] q = new double[Math.max(pk.length - 1, 0)];
      for (int k = 0; k < q.length && mean > 0; k++) q[k] = (k + 1) * p[k + 1] / mean;
      return new Degrees(p, q, mean, mean > 0 ? (second - mean) / mean : 0);
    }
  }
}
