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

  /**
   * {@link #of} of the values that counts stand for (entry v: the number of values equal to v),
   * without listing them.
   */
  public static double[][] ofCounts(long[] countsByValue) {
    long n = 0;
    int distinct = 0;
    for (int v = 0; v < countsByValue.length; v++) {
      n += countsByValue[v];
      if (v > 0 && countsByValue[v] > 0) distinct++;
    }
    double[] size = new double[distinct];
    double[] p = new double[distinct];
    long below = countsByValue.length > 0 ? countsByValue[0] : 0;
    for (int v = 1, k = 0; v < countsByValue.length; v++) {
      if (countsByValue[v] == 0) continue;
      size[k] = v;
      p[k++] = (double) (n - below) / n;
      below += countsByValue[v];
    }
    return new double[][] {size, p};
  }
}
