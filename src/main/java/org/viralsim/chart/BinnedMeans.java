package org.viralsim.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The trend of a scatter of design points: the mean of y in bins of x, a bin per distinct x when
 * there are few (the levels of a Morris plan, a handful of whole numbers), else equal-count bins
 * of consecutive x values with at least {@link #MIN_PER_BIN} points each.
 */
final class BinnedMeans {
  static final int MAX_BINS = 10;
  static final int MIN_PER_BIN = 8;

  /** The bins' mean x (geometric mean on a log axis) and mean y, in order of x; {@code byValue}: a bin per distinct x. */
  record Trend(double[] x, double[] y, boolean byValue) {
    int bins() { return x.length; }

    String label() {
      return byValue ? "mean at each value" : "mean of the points in each of " + bins() + " bins";
    }
  }

  private BinnedMeans() {}

  /**
   * The trend of finite {x, y} points; null when fewer than two bins can be made, or when every bin
   * holds a single point (the line would only join the points).
   */
  static Trend of(List<double[]> points, boolean logX) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(p -> p[0]));
    List<List<double[]>> bins = new ArrayList<>();
    boolean byValue = sorted.stream().mapToDouble(p -> p[0]).distinct().count() <= MAX_BINS;
    if (byValue) {
      for (double[] p : sorted) {
        if (bins.isEmpty() || bins.get(bins.size() - 1).get(0)[0] != p[0]) bins.add(new ArrayList<>());
        bins.get(bins.size() - 1).add(p);
      }
    } else {
      int count = Math.min(MAX_BINS, sorted.size() / MIN_PER_BIN);
      for (int b = 0; b < count; b++) {
        bins.add(sorted.subList(b * sorted.size() / count, (b + 1) * sorted.size() / count));
      }
    }
    if (bins.size() < 2 || bins.size() == sorted.size()) return null;
    double[] x = new double[bins.size()];
    double[] y = new double[bins.size()];
    for (int b = 0; b < bins.size(); b++) {
      List<double[]> bin = bins.get(b);
      for (double[] p : bin) {
        x[b] += (logX ? Math.log(p[0]) : p[0]) / bin.size();
        y[b] += p[1] / bin.size();
      }
      if (logX) x[b] = Math.exp(x[b]);
    }
    return new Trend(x, y, byValue);
  }
}
