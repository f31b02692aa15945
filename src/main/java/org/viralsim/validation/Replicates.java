package org.viralsim.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Theory and measurement of several quantities over independent graph realisations. Comparing
 * per-graph differences makes the tolerance include the variation between graphs as well as
 * between cascades: 4 standard errors of the mean difference over the graphs.
 */
final class Replicates {
  private final List<String> names;
  private final List<double[]> theory = new ArrayList<>();
  private final List<double[]> measured = new ArrayList<>();

  Replicates(List<String> names) { this.names = names; }

  /** One graph's values, in the order of the names. */
  void add(double[] theoryValues, double[] measuredValues) {
    theory.add(theoryValues);
    measured.add(measuredValues);
  }

  /**
   * @param floor least tolerance per quantity, for quantities whose theory is exactly 0 (where the
   *              spread can be 0): the rule-of-three bound 3 / trials on a proportion never seen
   */
  List<Check> checks(String basis, double[] floor) {
    int g = theory.size();
    List<Check> out = new ArrayList<>();
    for (int q = 0; q < names.size(); q++) {
      double[] diff = new double[g];
      double t = 0;
      double m = 0;
      for (int i = 0; i < g; i++) {
        t += theory.get(i)[q] / g;
        m += measured.get(i)[q] / g;
        diff[i] = measured.get(i)[q] - theory.get(i)[q];
      }
      double tolerance = Math.max(Sampling.of(diff, g).tolerance(), floor[q]);
      out.add(new Check(names.get(q), t, m, tolerance, basis + " over " + g + " graphs"));
    }
    return out;
  }
}
