package org.viralsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Variance-based sensitivity indices (Sobol' 1993) of one output to d inputs, each uniform on
 * [0, 1) (the caller maps them to parameter values), by the sampling scheme of Saltelli et al.
 * (2010, Comput. Phys. Commun. 181, 259-270). Two independent N x d base samples A and B are the
 * first and the last d columns of N points of the Sobol sequence of dimension 2d (after its
 * all-zeros start); the model is evaluated on A, on B, and on each A_B^(i), A with column i taken
 * from B: N (d + 2) evaluations. {@link #plan} says where to evaluate, {@link #estimate} turns the
 * outputs into indices, so the evaluations can be simulation runs made in between.
 *
 * <p>With f_A, f_B and f_AB^i the outputs of base row j, and V the variance of all 2N outputs on A
 * and B (divided by 2N), the estimators are those the paper recommends:
 * first order S_i = mean_j(f_B (f_AB^i - f_A)) / V (Saltelli et al. 2010) and total
 * ST_i = mean_j((f_A - f_AB^i)^2) / (2 V) (Jansen 1999).
 */
public final class SobolIndices {
  public static final int DEFAULT_BOOTSTRAP = 1000;
  /** The Sobol sequence of Commons Math reaches 1000 dimensions, 2d here. */
  public static final int MAX_DIMENSIONS = 500;

  private SobolIndices() {}

  /**
   * Where to evaluate: {@link #rows} in [0, 1)^d, grouped by base row j = 0..N-1 as A_j, B_j,
   * A_B^(1)_j, ..., A_B^(d)_j, so that the rows of base row j start at j (d + 2).
   */
  public static final class Plan {
    private final int n;
    private final int d;
    private final double[][] rows;

    private Plan(int n, int d, double[][] rows) {
      this.n = n;
      this.d = d;
      this.rows = rows;
    }

    /** N, the rows of each base sample. */
    public int baseRows() { return n; }

    public int dimensions() { return d; }

    /** N (d + 2), the number of evaluations. */
    public int size() { return rows.length; }

    /** A copy of the unit coordinates to evaluate, one row per evaluation. */
    public double[][] rows() {
      double[][] copy = new double[rows.length][];
      for (int k = 0; k < rows.length; k++) copy[k] = rows[k].clone();
      return copy;
    }

    public int rowOfA(int j) { return j * (d + 2); }

    public int rowOfB(int j) { return j * (d + 2) + 1; }

    /** The row of A_B^(i) for base row j, i 0-based. */
    public int rowOfAB(int j, int i) { return j * (d + 2) + 2 + i; }
  }

  /** An index with its bootstrap standard error and 95% percentile interval. */
  public record Index(double estimate, double se, double low, double high) {}

  /** The first-order and total indices of one input. */
  public record Indices(Index first, Index total) {}

  /**
   * @param variance V, the output variance the indices are shares of
   * @param indices  one entry per input, in column order; NaN throughout when the output does not vary
   */
  public record Result(double variance, List<Indices> indices) {}

  /** The evaluations for N base rows and d inputs, 1 <= d <= {@value #MAX_DIMENSIONS}. */
  public static Plan plan(int n, int d) {
    if (n < 2) throw new IllegalArgumentException("n (base rows) must be at least 2, was " + n);
    if (d < 1 || d > MAX_DIMENSIONS) throw new IllegalArgumentException("d must be in [1, " + MAX_DIMENSIONS + "], was " + d);
    if ((long) n * (d + 2) > Integer.MAX_VALUE) throw new IllegalArgumentException("n (d + 2) must fit in an int");
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
    sequence.nextVector(); // all zeros: would make A_0 = B_0
    double[][] rows = new double[n * (d + 2)][];
    for (int j = 0; j < n; j++) {
      double[] point = sequence.nextVector();
      double[] a = Arrays.copyOfRange(point, 0, d);
      double[] b = Arrays.copyOfRange(point, d, 2 * d);
      rows[j * (d + 2)] = a;
      rows[j * (d + 2) + 1] = b;
      for (int i = 0; i < d; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        rows[j * (d + 2) + 2 + i] = ab;
      }
    }
    return new Plan(n, d, rows);
  }

  /** {@link #estimate(Plan, double[], int, long)} with {@value #DEFAULT_BOOTSTRAP} resamples. */
  public static Result estimate(Plan plan, double[] outputs, long seed) {
    return estimate(plan, outputs, DEFAULT_BOOTSTRAP, seed);
  }

  /**
   * The indices from the outputs at the plan's rows (same order), with intervals from
   * {@code bootstrap} resamples of the N base rows with replacement, drawn from a Well19937c stream
   * seeded with {@code seed}. Quasi-random base rows are not independent, so the bootstrap, which
   * treats them as if they were, errs on the wide side.
   */
  public static Result estimate(Plan plan, double[] outputs, int bootstrap, long seed) {
    if (outputs.length != plan.size()) {
      throw new IllegalArgumentException("the plan has " + plan.size() + " rows, got " + outputs.length + " outputs");
    }
    for (int k = 0; k < outputs.length; k++) {
      if (!Double.isFinite(outputs[k])) throw new IllegalArgumentException("output " + k + " is not finite: " + outputs[k]);
    }
    if (bootstrap < 2) throw new IllegalArgumentException("bootstrap must be at least 2, was " + bootstrap);
    int n = plan.n;
    int d = plan.d;
    double[] fA = new double[n];
    double[] fB = new double[n];
    double[][] fAB = new double[d][n];
    for (int j = 0; j < n; j++) {
      fA[j] = outputs[plan.rowOfA(j)];
      fB[j] = outputs[plan.rowOfB(j)];
      for (int i = 0; i < d; i++) fAB[i][j] = outputs[plan.rowOfAB(j, i)];
    }
    int[] rows = new int[n];
    for (int j = 0; j < n; j++) rows[j] = j;
    double[] point = indices(fA, fB, fAB, rows);
    double[][] replicates = new double[2 * d][bootstrap];
    RandomGenerator random = new Well19937c(seed);
    for (int r = 0; r < bootstrap; r++) {
      for (int j = 0; j < n; j++) rows[j] = random.nextInt(n);
      double[] again = indices(fA, fB, fAB, rows);
      for (int k = 0; k < 2 * d; k++) replicates[k][r] = again[k];
    }
    List<Indices> indices = new ArrayList<>(d);
    for (int i = 0; i < d; i++) {
      indices.add(new Indices(index(point[i], replicates[i]), index(point[d + i], replicates[d + i])));
    }
    return new Result(point[2 * d], List.copyOf(indices));
  }

  /** {S_1..S_d, ST_1..ST_d, V} over the given base rows (repeats allowed). */
  private static double[] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
    int n = rows.length;
    int d = fAB.length;
    double mean = 0;
    for (int j : rows) mean += fA[j] + fB[j];
    mean /= 2 * n;
    double variance = 0;
    for (int j : rows) variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
    variance /= 2 * n;
    double[] out = new double[2 * d + 1];
    for (int i = 0; i < d; i++) {
      double first = 0;
      double total = 0;
      for (int j : rows) {
        double change = fAB[i][j] - fA[j];
        first += fB[j] * change;
        total += change * change;
      }
      out[i] = first / n / variance;
      out[d + i] = total / (2.0 * n) / variance;
    }
    out[2 * d] = variance;
    return out;
  }

  private static Index index(double estimate, double[] replicates) {
    double se = Math.sqrt(StatUtils.variance(replicates));
    return new Index(estimate, se, Estimates.quantile(replicates, 0.025), Estimates.quantile(replicates, 0.975));
  }
}
