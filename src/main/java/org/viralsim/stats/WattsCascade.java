package org.viralsim.stats;

import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The Watts threshold model on configuration-model and Erdos-Renyi random graphs (Watts 2002, PNAS
 * 99:5766, "A simple model of global cascades on random networks"), the analytic oracle for
 * threshold cascades. A user of degree k adopts once m of its k neighbours have adopted and
 * m / k reaches its threshold phi; thresholds are i.i.d. with CDF F(x) = P(phi <= x).
 *
 * <p><b>The tie and rounding rule.</b> The fraction m / k is always taken as the double
 * {@code (double) m / k} and F is evaluated there, so the oracle describes a simulation that
 * decides {@code (double) m / k >= phi}: a user whose threshold is exactly the double nearest
 * m / k adopts (adopt at >=). {@link #fixedThreshold} follows this rule; so must a simulated model.
 * Thresholds are compared as given: phi = 0.1 * 3 (0.30000000000000004) is not reached by 3 of
 * 10 neighbours, phi = 1.0 / 3 is reached by 1 of 3.
 *
 * <p>A degree distribution is given as non-negative weights indexed by degree ({@code pk[k]}),
 * normalised here, so a degree histogram can be passed as it is. A threshold CDF must map [0, 1]
 * into [0, 1], be non-decreasing, and have F(0) = 0: a user needs at least one adopting neighbour.
 * Results hold for large locally tree-like graphs and describe one seed; users of degree 0 never
 * adopt.
 */
public final class WattsCascade {
  private static final double ACCURACY = 1e-15;
  private static final int MAX_EVALUATIONS = 1_000;
  /** Largest mean degree the Erdos-Renyi forms accept (the truncated Poisson is held in memory). */
  public static final double MAX_MEAN_DEGREE = 1e6;
  /** Grid steps over [zMin, zMax] on which {@link #cascadeWindow} looks for sign changes. */
  private static final int WINDOW_STEPS = 2_000;

  private WattsCascade() {}

  /** An interval of mean degree, lower < upper. */
  public record Window(double lower, double upper) {
    /** True when lower < z < upper. */
    public boolean contains(double z) {
      return z > lower && z < upper;
    }
  }

  /**
   * F(x) = 1 if x >= phi, else 0: every user has the threshold phi, and F((double) m / k) = 1
   * exactly when (double) m / k >= phi.
   *
   * @param phi the threshold, in (0, 1]
   */
  public static DoubleUnaryOperator fixedThreshold(double phi) {
    if (!(phi > 0 && phi <= 1)) throw new IllegalArgumentException("phi must be in (0, 1], was " + phi);
    return x -> x >= phi ? 1 : 0;
  }

  /**
   * rho_k = P(phi <= 1 / k) = F((double) 1 / k), the share of degree-k users that one adopting
   * neighbour tips: the "vulnerable" users of Watts (2002). Users of degree 0 are never vulnerable.
   */
  public static double vulnerableShare(int k, DoubleUnaryOperator thresholdCdf) {
    if (k < 0) throw new IllegalArgumentException("k must be >= 0, was " + k);
    return k == 0 ? 0 : cdf(checkedCdf(thresholdCdf), (double) 1 / k);
  }

  /**
   * sum_k k (k - 1) p_k rho_k / <k> (0 when <k> = 0): the branching factor of the vulnerable
   * cluster, the mean number of further edges out of the end of an edge when that end is a
   * vulnerable user (none otherwise). Watts' (2002) cascade condition, there written
   * sum_k k (k - 1) rho_k p_k = z at the edge: global cascades from a single seed are possible
   * when the value exceeds 1.
   */
  public static double cascadeCondition(double[] pk, DoubleUnaryOperator thresholdCdf) {
    Degrees d = Degrees.of(pk);
    return d.mean == 0 ? 0 : condition(d, vulnerable(checkedCdf(thresholdCdf), d.p.length - 1));
  }

  /** Watts' cascade condition: {@link #cascadeCondition} > 1. */
  public static boolean cascadesPossible(double[] pk, DoubleUnaryOperator thresholdCdf) {
    return cascadeCondition(pk, thresholdCdf) > 1;
  }

  /**
   * The probability that one random seed starts a global cascade, the share of users in the
   * extended vulnerable cluster (Watts 2002: the giant cluster of vulnerable users and their
   * neighbours). With q_k = k p_k / <k>, u solves u = sum_k q_k (1 - rho_k + rho_k u^(k - 1)),
   * smallest root in [0, 1], and P = 1 - sum_k p_k u^k. The seed need not be vulnerable: it
   * triggers when a neighbour leads into the giant vulnerable cluster. 0 unless cascades are
   * possible.
   */
  public static double triggerProbability(double[] pk, DoubleUnaryOperator thresholdCdf) {
    Degrees d = Degrees.of(pk);
    if (d.mean == 0) return 0;
    double[] rho = vulnerable(checkedCdf(thresholdCdf), d.p.length - 1);
    if (condition(d, rho) <= 1) return 0;
    // v = 1 - u solves v = sum_k q_k rho_k (1 - (1 - v)^(k - 1)): coefficients w_j on exponent j = k - 1.
    double[] w = new double[d.p.length - 1];
    for (int k = 1; k < d.p.length; k++) w[k - 1] = k * d.p[k] / d.mean * rho[k];
    DoubleUnaryOperator g = v -> 1 - dropFromOne(w, v) / v;
    double low = Double.MIN_NORMAL;
    if (g.applyAsDouble(low) >= 0) return 0; // rounding at the boundary
    double v = g.applyAsDouble(1) <= 0 ? 1 : brent(g, low, 1); // u = 0: every edge leads in
    return dropFromOne(d.p, v);
  }

  /**
   * The expected share of users that adopt in a global cascade, from Gleeson and Cahalane (2007,
   * Phys. Rev. E 75 056103) with a seed share rho0 -> 0+ (the seed itself does not count). q, the
   * probability that a neighbour reached along an edge has adopted, is the smallest positive fixed
   * point of q = sum_k (k p_k / <k>) sum_{m=0}^{k-1} C(k-1, m) q^m (1 - q)^(k-1-m) F(m / k), the
   * limit of iterating from q = rho0; the size is sum_k p_k sum_{m=0}^{k} C(k, m) q^m (1 - q)^(k-m)
   * F(m / k). 0 when q = 0 is stable, that is unless cascades are possible ({@link
   * #cascadeCondition} is the slope at q = 0). Unlike the trigger probability it does not vanish at
   * the upper edge of the cascade window: there cascades are rare but nearly total.
   *
   * <p>The smallest root of G(q) / q = 1 is located on a grid (20 points a decade from 1e-15 to
   * 0.01, then steps of 0.005) and refined by Brent's method; two roots closer than a grid step, a
   * near-tangency, are not told apart.
   */
  public static double globalCascadeSize(double[] pk, DoubleUnaryOperator thresholdCdf) {
    Degrees d = Degrees.of(pk);
    if (d.mean == 0) return 0;
    DoubleUnaryOperator f = checkedCdf(thresholdCdf);
    int kMax = d.p.length - 1;
    if (condition(d, vulnerable(f, kMax)) <= 1) return 0;
    double[][] table = new double[kMax + 1][]; // table[k][m] = F(m / k) where p_k > 0
    double[] logFactorial = new double[kMax + 1];
    for (int k = 1; k <= kMax; k++) {
      logFactorial[k] = CombinatoricsUtils.factorialLog(k);
      if (d.p[k] == 0) continue;
      table[k] = new double[k + 1];
      for (int m = 0; m <= k; m++) {
        table[k][m] = cdf(f, (double) m / k);
        if (m > 0 && table[k][m] < table[k][m - 1]) {
          throw new IllegalArgumentException("thresholdCdf must be non-decreasing");
        }
      }
    }
    DoubleUnaryOperator g = q -> {
      double sum = 0;
      for (int k = 1; k <= kMax; k++) {
        if (table[k] != null) sum += k * d.p[k] * binomialMean(k - 1, q, table[k], logFactorial);
      }
      return sum / d.mean / q - 1;
    };
    double q = smallestRoot(g);
    if (q == 0) return 0;
    double size = 0;
    for (int k = 1; k <= kMax; k++) {
      if (table[k] != null) size += d.p[k] * binomialMean(k, q, table[k], logFactorial);
    }
    return Math.min(size, 1);
  }

  /**
   * Poisson(z) weights p_k = e^-z z^k / k! for k up to z + 20 sqrt(z) + 30, past which the tail
   * is negligible (below 1e-80): the degree distribution of an Erdos-Renyi graph of mean degree z.
   */
  public static double[] poissonDegrees(double z) {
    if (!(z >= 0 && z <= MAX_MEAN_DEGREE)) {
      throw new IllegalArgumentException("z (mean degree) must be in [0, " + MAX_MEAN_DEGREE + "], was " + z);
    }
    double[] pk = new double[(int) Math.ceil(z + 20 * Math.sqrt(z) + 30) + 1];
    if (z == 0) {
      pk[0] = 1;
      return pk;
    }
    PoissonDistribution poisson = new PoissonDistribution(null, z, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    for (int k = 0; k < pk.length; k++) pk[k] = poisson.probability(k);
    return pk;
  }

  /** {@link #cascadeCondition} on an Erdos-Renyi graph: z sum_j rho_(j+2) e^-z z^j / j!. */
  public static double erdosRenyiCascadeCondition(double z, DoubleUnaryOperator thresholdCdf) {
    return cascadeCondition(poissonDegrees(z), thresholdCdf);
  }

  /** {@link #cascadesPossible} on an Erdos-Renyi graph of mean degree z. */
  public static boolean erdosRenyiCascadesPossible(double z, DoubleUnaryOperator thresholdCdf) {
    return cascadesPossible(poissonDegrees(z), thresholdCdf);
  }

  /** {@link #triggerProbability} on an Erdos-Renyi graph of mean degree z. */
  public static double erdosRenyiTriggerProbability(double z, DoubleUnaryOperator thresholdCdf) {
    return triggerProbability(poissonDegrees(z), thresholdCdf);
  }

  /** {@link #globalCascadeSize} on an Erdos-Renyi graph of mean degree z. */
  public static double erdosRenyiGlobalCascadeSize(double z, DoubleUnaryOperator thresholdCdf) {
    return globalCascadeSize(poissonDegrees(z), thresholdCdf);
  }

  /**
   * The cascade window of Watts (2002): the interval of mean degree z of an Erdos-Renyi
   * graph in which his cascade condition z sum_j rho_(j+2) e^-z z^j / j! > 1 holds, clipped to
   * [zMin, zMax]. Sign changes are found on a grid of 2000 steps and refined by Brent's method. The
   * condition is at most z, so the lower edge is never below 1. For a fixed threshold phi, with
   * K = floor(1 / phi) the largest vulnerable degree, the condition is z P(Poisson(z) <= K - 2): no
   * window for phi > 1/4, and for phi = 0.18 about 1.021 < z < 5.765 (Watts' Fig. 1). Should the
   * condition hold on more than one interval (possible for some threshold distributions), this is
   * the first; empty when it holds nowhere on the grid.
   */
  public static Optional<Window> cascadeWindow(DoubleUnaryOperator thresholdCdf, double zMin, double zMax) {
    if (!(zMin >= 0 && zMin < MAX_MEAN_DEGREE)) {
      throw new IllegalArgumentException("zMin must be in [0, " + MAX_MEAN_DEGREE + "), was " + zMin);
    }
    if (!(zMax > zMin && zMax <= MAX_MEAN_DEGREE)) {
      throw new IllegalArgumentException(
          "zMax must be in (zMin, " + MAX_MEAN_DEGREE + "], was " + zMax + " with zMin " + zMin);
    }
    DoubleUnaryOperator f = checkedCdf(thresholdCdf);
    double[] rho = vulnerable(f, poissonDegrees(zMax).length - 1);
    DoubleUnaryOperator excess = z -> {
      double[] pk = poissonDegrees(z);
      double sum = 0;
      for (int k = 2; k < pk.length; k++) sum += (double) k * (k - 1) * pk[k] * rho[k];
      return z == 0 ? -1 : sum / z - 1;
    };
    double step = (zMax - zMin) / WINDOW_STEPS;
    double lower = Double.NaN;
    double previous = zMin;
    for (int i = 0; i <= WINDOW_STEPS; i++) {
      double z = i == WINDOW_STEPS ? zMax : zMin + i * step;
      boolean inside = excess.applyAsDouble(z) > 0;
      if (Double.isNaN(lower) && inside) {
        lower = i == 0 ? zMin : brent(excess, previous, z);
      } else if (!Double.isNaN(lower) && !inside) {
        return Optional.of(new Window(lower, brent(excess, previous, z)));
      }
      previous = z;
    }
    return Double.isNaN(lower) ? Optional.empty() : Optional.of(new Window(lower, zMax));
  }

  private static double condition(Degrees d, double[] rho) {
    double sum = 0;
    for (int k = 2; k < d.p.length; k++) sum += (double) k * (k - 1) * d.p[k] * rho[k];
    return sum / d.mean;
  }

  /** rho_k = F(1 / k) for k = 0..kMax (rho_0 = 0), checked to be non-increasing in k. */
  private static double[] vulnerable(DoubleUnaryOperator f, int kMax) {
    double[] rho = new double[kMax + 1];
    for (int k = 1; k <= kMax; k++) {
      rho[k] = cdf(f, (double) 1 / k);
      if (k > 1 && rho[k] > rho[k - 1]) throw new IllegalArgumentException("thresholdCdf must be non-decreasing");
    }
    return rho;
  }

  private static DoubleUnaryOperator checkedCdf(DoubleUnaryOperator f) {
    if (f == null) throw new IllegalArgumentException("thresholdCdf must not be null");
    double atZero = cdf(f, 0);
    if (atZero != 0) {
      throw new IllegalArgumentException("thresholdCdf(0) must be 0 (thresholds above 0), was " + atZero);
    }
    return f;
  }

  private static double cdf(DoubleUnaryOperator f, double x) {
    double value = f.applyAsDouble(x);
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          "thresholdCdf must return values in [0, 1], thresholdCdf(" + x + ") was " + value);
    }
    return value;
  }

  /**
   * sum_{m=0}^{n} C(n, m) q^m (1 - q)^(n - m) f[m]. The binomial weights start from the mode in log
   * space and follow the ratio recurrence both ways, so nothing overflows or cancels for large n.
   */
  private static double binomialMean(int n, double q, double[] f, double[] logFactorial) {
    if (q <= 0) return f[0];
    if (q >= 1) return f[n];
    int mode = (int) Math.min(n, Math.floor((n + 1) * q));
    double logWeight = logFactorial[n] - logFactorial[mode] - logFactorial[n - mode];
    if (mode > 0) logWeight += mode * Math.log(q);
    if (mode < n) logWeight += (n - mode) * Math.log1p(-q);
    double atMode = Math.exp(logWeight);
    double odds = q / (1 - q);
    double sum = atMode * f[mode];
    double w = atMode;
    for (int m = mode; m < n && w > 0; m++) {
      w *= odds * (n - m) / (m + 1);
      sum += w * f[m + 1];
    }
    w = atMode;
    for (int m = mode; m > 0 && w > 0; m--) {
      w *= m / (odds * (n - m + 1));
      sum += w * f[m - 1];
    }
    return sum;
  }

  /**
   * The smallest q in (0, 1] where g(q) = G(q) / q - 1 reaches 0, or 0 if g is not positive at the
   * start of the grid. g(1) = G(1) - 1 <= 0 always, so the scan ends with a root.
   */
  private static double smallestRoot(DoubleUnaryOperator g) {
    double previous = 1e-15;
    if (g.applyAsDouble(previous) <= 0) return 0; // rounding at the boundary
    for (int i = 1; ; i++) {
      double q = i <= 260 ? Math.pow(10, -15 + i / 20.0) : Math.min(1, 0.01 + (i - 260) * 0.005);
      double value = g.applyAsDouble(q);
      if (value == 0) return q;
      if (value < 0) return brent(g, previous, q);
      previous = q;
    }
  }

  private static double brent(DoubleUnaryOperator g, double low, double high) {
    return new BrentSolver(ACCURACY, ACCURACY).solve(MAX_EVALUATIONS, g::applyAsDouble, low, high);
  }

  /** sum_k w_k (1 - (1 - v)^k), written with log1p and expm1 to stay accurate for tiny v. */
  private static double dropFromOne(double[] w, double v) {
    if (v >= 1) {
      double sum = 0;
      for (int k = 1; k < w.length; k++) sum += w[k];
      return sum;
    }
    double log = Math.log1p(-v);
    double sum = 0;
    for (int k = 1; k < w.length; k++) sum -= w[k] * Math.expm1(k * log);
    return sum;
  }

  /** A normalised degree distribution p and its mean degree. */
  private record Degrees(double[] p, double mean) {
    static Degrees of(double[] pk) {
      if (pk == null) throw new IllegalArgumentException("pk must not be null");
      double total = 0;
      for (int k = 0; k < pk.length; k++) {
        if (!(pk[k] >= 0) || Double.isInfinite(pk[k])) {
          throw new IllegalArgumentException("pk must be finite and >= 0, pk[" + k + "] was " + pk[k]);
        }
        total += pk[k];
      }
      if (!(total > 0)) throw new IllegalArgumentException("pk must have positive mass");
      double[] p = new double[pk.length];
      double mean = 0;
      for (int k = 0; k < pk.length; k++) {
        p[k] = pk[k] / total;
        mean += k * p[k];
      }
      return new Degrees(p, mean);
    }
  }
}
