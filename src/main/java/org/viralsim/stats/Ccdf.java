package org.viralsim.stats;

/** Empirical complementary distribution of sizes, the usual view of heavy-tailed cascade sizes. */
public final class Ccdf {
  private Ccdf() {}

  /**
   * P(X >= x) at each distinct positive value x, as {x ascending, probability}. Zeros are left out
   * (they have no place on a log axis) but still count in the total, so probabilities are shares
   * of all values. Empty arrays when no value is positive.
   */
  public static double[][] of(long[] values) {
    long[] x = Sorting.ascending(values);
    int n = x.length;
    int first = 0;
    while (first < n && x[first] == 0) first++;
    int distinct = 0;
    for (int i = first; i < n; i++) if (i == first || x[i] != x[i - 1]) distinct++;
    double[] size = new double[distinct];
    double[] p = new double[distinct];
    int k = 0;
    for (int i = first; i < n; i++) {
      if (i == first || x[i] != x[i - 1]) {
        size[k] = x[i];
        p[k++] = (double) (n - i) / n;
      }
    }
    return new double[][] {size, p};
  }
}
