package org.viralsim.sweep.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * The points at which an experiment runs a scenario: a full factorial grid, or samples of the unit
 * cube (one dimension per parameter, in the order given) mapped through {@link Parameter#at}.
 * Sampling designs are deterministic: the same parameters, size and seed give the same points.
 */
public final class Design {
  /** A bound on design size that keeps a mistyped range from exhausting memory. */
  public static final int MAX_POINTS = 1_000_000;

  private Design() {}

  /**
   * Every combination of the parameters' {@link Parameter#grid} values, in index order with the
   * last parameter varying fastest (like nested loops, the first parameter outermost).
   */
  public static List<Point> grid(List<Parameter> parameters) {
    check(parameters);
    List<List<Object>> values = new ArrayList<>();
    long size = 1;
    for (Parameter p : parameters) {
      List<Object> v = p.grid();
      values.add(v);
      size *= v.size();
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException("a grid over these parameters has more than " + MAX_POINTS + " points");
      }
    }
    List<Point> points = new ArrayList<>((int) size);
    int[] digit = new int[parameters.size()];
    for (int index = 0; index < size; index++) {
      LinkedHashMap<String, Object> point = new LinkedHashMap<>();
      for (int j = 0; j < digit.length; j++) point.put(parameters.get(j).key(), values.get(j).get(digit[j]));
      points.add(new Point(index, point));
      for (int j = digit.length - 1; j >= 0 && ++digit[j] == values.get(j).size(); j--) digit[j] = 0;
    }
    return points;
  }

  /** {@code samples} points with independent uniform coordinates ({@link UnitSamples#random}). */
  public static List<Point> random(List<Parameter> parameters, int samples, long seed) {
    check(parameters);
    return at(parameters, UnitSamples.random(checked(samples), parameters.size(), seed));
  }

  /** A Latin hypercube of {@code samples} points ({@link UnitSamples#latinHypercube}). */
  public static List<Point> lhs(List<Parameter> parameters, int samples, long seed) {
    check(parameters);
    return at(parameters, UnitSamples.latinHypercube(checked(samples), parameters.size(), seed));
  }

  /** The first {@code samples} points of the Sobol sequence after its all-zeros start ({@link UnitSamples#sobol}). */
  public static List<Point> sobol(List<Parameter> parameters, int samples) {
    check(parameters);
    return at(parameters, UnitSamples.sobol(checked(samples), parameters.size()));
  }

  /**
   * The points at given unit coordinates, one row per point: column j, in [0, 1], is mapped through
   * parameter j. For plans made elsewhere, such as those of sensitivity analysis.
   */
  public static List<Point> at(List<Parameter> parameters, double[][] units) {
    check(parameters);
    checked(units.length);
    List<Point> points = new ArrayList<>(units.length);
    for (int i = 0; i < units.length; i++) {
      if (units[i].length != parameters.size()) {
        throw new IllegalArgumentException("row " + i + " has " + units[i].length + " coordinates for "
            + parameters.size() + " parameters");
      }
      LinkedHashMap<String, Object> point = new LinkedHashMap<>();
      for (int j = 0; j < units[i].length; j++) point.put(parameters.get(j).key(), parameters.get(j).at(units[i][j]));
      points.add(new Point(i, point));
    }
    return points;
  }

  private static void check(List<Parameter> parameters) {
    if (parameters == null || parameters.isEmpty()) throw new IllegalArgumentException("a design needs at least one parameter");
    Set<String> keys = new HashSet<>();
    for (Parameter p : parameters) {
      if (p == null) throw new IllegalArgumentException("parameters must not contain null");
      if (!keys.add(p.key())) throw new IllegalArgumentException("parameter " + p.key() + " is varied twice");
    }
  }

  private static int checked(int samples) {
    if (samples < 1 || samples > MAX_POINTS) {
      throw new IllegalArgumentException("samples must be in [1, " + MAX_POINTS + "], was " + samples);
    }
    return samples;
  }
}
