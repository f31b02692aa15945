package org.viralsim.sweep.design;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.MathArrays;

/**
 * Samples of the unit cube [0, 1)^d, one row per point and one column per dimension: the
 * coordinates that designs map to parameter values and that sensitivity analysis works on.
 */
public final class UnitSamples {
  /** The direction numbers Commons Math ships (Joe and Kuo) reach this many dimensions. */
  public static final int MAX_SOBOL_DIMENSIONS = 1000;

  private UnitSamples() {}

  /** Every coordinate uniform and independent, from a Well19937c stream seeded with {@code seed}, row by row. */
  public static double[][] random(int samples, int dimensions, long seed) {
    check(samples, dimensions);
    RandomGenerator random = new Well19937c(seed);
    double[][] rows = new double[samples][dimensions];
    for (double[] row : rows) for (int j = 0; j < dimensions; j++) row[j] = random.nextDouble();
    return rows;
  }

  /**
   * A Latin hypercube (McKay, Beckman and Conover 1979): in every dimension each of the n strata
   * [k/n, (k + 1)/n) holds exactly one point. Dimension by dimension, a random permutation assigns
   * strata to points and each point lies uniformly inside its stratum; all draws come from one
   * Well19937c stream seeded with {@code seed}.
   */
  public static double[][] latinHypercube(int samples, int dimensions, long seed) {
    check(samples, dimensions);
    RandomGenerator random = new Well19937c(seed);
    double[][] rows = new double[samples][dimensions];
    int[] strata = new int[samples];
    for (int j = 0; j < dimensions; j++) {
      for (int k = 0; k < samples; k++) strata[k] = k;
      MathArrays.shuffle(strata, random);
      for (int i = 0; i < samples; i++) rows[i][j] = (strata[i] + random.nextDouble()) / samples;
    }
    return rows;
  }

  /**
   * The first points of the Sobol sequence of Commons Math after its initial point, which is all
   * zeros: that corner would put every parameter at its lowest end at once, and in sensitivity
   * analysis it would give the two base samples the same first row. A common choice; the price is
   * that the first 2^k points are no longer exactly balanced over the dyadic strata (Owen 2020),
   * which matters little next to simulation noise.
   */
  public static double[][] sobol(int samples, int dimensions) {
    check(samples, dimensions);
    if (dimensions > MAX_SOBOL_DIMENSIONS) {
      throw new IllegalArgumentException("dimensions of a Sobol sequence must be at most " + MAX_SOBOL_DIMENSIONS
          + ", was " + dimensions);
    }
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(dimensions);
    sequence.nextVector();
    double[][] rows = new double[samples][];
    for (int i = 0; i < samples; i++) rows[i] = sequence.nextVector();
    return rows;
  }

  private static void check(int samples, int dimensions) {
    if (samples < 1) throw new IllegalArgumentException("samples must be at least 1, was " + samples);
    if (dimensions < 1) throw new IllegalArgumentException("dimensions must be at least 1, was " + dimensions);
  }
}
