package org.viralsim.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.MathArrays;

/**
 * Screening by elementary effects (Morris 1991, Technometrics 33, 161-174) with the mean absolute
 * effect mu* of Campolongo, Cariboni and Saltelli (2007, Environ. Model. Softw. 22, 1509-1518): a
 * cheap ranking of d inputs, each on [0, 1] (the caller maps them to parameter values), by r (d + 1)
 * evaluations. Each of r trajectories starts at a random point of the p-level grid
 * {0, 1/(p - 1), ..., 1} and moves one input at a time, in random order, by Delta = p / (2 (p - 1));
 * the elementary effect of input i is the change of the output over the change of x_i, per unit of
 * x_i. {@link #plan} says where to evaluate, {@link #estimate} turns the outputs into effects.
 */
public final class MorrisScreening {
  private MorrisScreening() {}

  /**
   * Where to evaluate: {@link #rows} in [0, 1]^d, trajectory by trajectory, d + 1 rows each, so
   * step k of trajectory t is row t (d + 1) + k; consecutive rows of a trajectory differ in one input.
   */
  public static final class Plan {
    private final int levels;
    private final double[][] rows;
    private final int[][] moved;

    private Plan(int levels, double[][] rows, int[][] moved) {
      this.levels = levels;
      this.rows = rows;
      this.moved = moved;
    }

    public int trajectories() { return moved.length; }

    public int dimensions() { return moved[0].length; }

    public int levels() { return levels; }

    /** Delta = p / (2 (p - 1)), the step of every move. */
    public double delta() { return levels / (2.0 * (levels - 1)); }

    /** r (d + 1), the number of evaluations. */
    public int size() { return rows.length; }

    /** A copy of the unit coordinates to evaluate, one row per evaluation. */
    public double[][] rows() {
      double[][] copy = new double[rows.length][];
      for (int k = 0; k < rows.length; k++) copy[k] = rows[k].clone();
      return copy;
    }

    /** The input (0-based) that changes between steps k and k + 1 of trajectory t. */
    public int moved(int t, int k) { return moved[t][k]; }
  }

  /**
   * The elementary effects of one input over the trajectories: their mean mu, the mean of their
   * absolute values mu* (Campolongo et al. 2007; effects of opposite sign do not cancel) and their
   * sample standard deviation sigma, large for inputs that act nonlinearly or in interactions.
   */
  public record Effects(double mu, double muStar, double sigma) {}

  /**
   * r trajectories over d inputs on a p-level grid, p even so that Delta is a whole number of
   * levels, drawn from a Well19937c stream seeded with {@code seed}. Each input starts at a level
   * from which a step of Delta stays in [0, 1] and moves up or down, each equally likely, so every
   * level is visited equally often on average (Morris 1991).
   */
  public static Plan plan(int trajectories, int d, int levels, long seed) {
    if (trajectories < 2) throw new IllegalArgumentException("trajectories must be at least 2, was " + trajectories);
    if (d < 1) throw new IllegalArgumentException("d must be at least 1, was " + d);
    if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels must be even and at least 2, was " + levels);
    if ((long) trajectories * (d + 1) > Integer.MAX_VALUE) throw new IllegalArgumentException("r (d + 1) must fit in an int");
    RandomGenerator random = new Well19937c(seed);
    int jump = levels / 2; // Delta in levels
    double[][] rows = new double[trajectories * (d + 1)][];
    int[][] moved = new int[trajectories][];
    for (int t = 0; t < trajectories; t++) {
      int[] level = new int[d];
      int[] direction = new int[d];
      for (int i = 0; i < d; i++) {
        int low = random.nextInt(levels - jump);
        boolean up = random.nextBoolean();
        level[i] = up ? low : low + jump;
        direction[i] = up ? jump : -jump;
      }
      int[] order = MathArrays.natural(d);
      MathArrays.shuffle(order, random);
      moved[t] = order;
      rows[t * (d + 1)] = coordinates(level, levels);
      for (int k = 0; k < d; k++) {
        level[order[k]] += direction[order[k]];
        rows[t * (d + 1) + k + 1] = coordinates(level, levels);
      }
    }
    return new Plan(levels, rows, moved);
  }

  /** The effects of each input, in column order, from the outputs at the plan's rows (same order). */
  public static List<Effects> estimate(Plan plan, double[] outputs) {
    if (outputs.length != plan.size()) {
      throw new IllegalArgumentException("the plan has " + plan.size() + " rows, got " + outputs.length + " outputs");
    }
    for (int k = 0; k < outputs.length; k++) {
      if (!Double.isFinite(outputs[k])) throw new IllegalArgumentException("output " + k + " is not finite: " + outputs[k]);
    }
    int r = plan.trajectories();
    int d = plan.dimensions();
    double[][] effects = new double[d][r];
    for (int t = 0; t < r; t++) {
      for (int k = 0; k < d; k++) {
        int before = t * (d + 1) + k;
        int i = plan.moved(t, k);
        double step = plan.rows[before + 1][i] - plan.rows[before][i];
        effects[i][t] = (outputs[before + 1] - outputs[before]) / step;
      }
    }
    List<Effects> result = new ArrayList<>(d);
    for (double[] e : effects) {
      double[] absolute = new double[r];
      for (int t = 0; t < r; t++) absolute[t] = Math.abs(e[t]);
      double mu = StatUtils.mean(e);
      result.add(new Effects(mu, StatUtils.mean(absolute), Math.sqrt(StatUtils.variance(e, mu))));
    }
    return List.copyOf(result);
  }

  private static double[] coordinates(int[] level, int levels) {
    double[] x = new double[level.length];
    for (int i = 0; i < level.length; i++) x[i] = (double) level[i] / (levels - 1);
    return x;
  }
}
