package org.viralsim.stats;

/** How unequally contributions are spread over users: Gini coefficient and Lorenz curve. */
public final class Inequality {
  private Inequality() {}

  /**
   * Gini coefficient of non-negative counts, G = sum_i (2i - n - 1) x_(i) / (n sum x) over the
   * values in ascending order (i from 1): 0 when all are equal (all zeros included), (n - 1) / n
   * when one user holds everything; NaN for no value. Linear time for small counts.
   */
  public static double gini(long[] values) {
    int n = values.length;
    if (n == 0) return Double.NaN;
    long[] x = Sorting.ascending(values);
    // Doubles: the weighted sum overflows a long at a million users with large counts.
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      weighted += (2.0 * (i + 1) - n - 1) * x[i];
      total += x[i];
    }
    return total == 0 ? 0 : weighted / (n * total);
  }

  /**
   * Lorenz curve of non-negative counts: {population share, share of the total} from (0, 0) to
   * (1, 1), users ordered from least to most active. The curve is sampled at most {@code points}
   * ranks, evenly spread, besides (0, 0); every vertex is exact, only the ones in between are
   * dropped. With all counts zero the curve is the diagonal of equality.
   */
  public static double[][] lorenz(long[] values, int points) {
    if (points < 1) throw new IllegalArgumentException("points must be at least 1, got " + points);
    int n = values.length;
    if (n == 0) throw new IllegalArgumentException("a Lorenz curve needs at least one value");
    long[] x = Sorting.ascending(values);
    double[] cumulative = new double[n + 1];
    for (int i = 0; i < n; i++) cumulative[i + 1] = cumulative[i] + x[i];
    double total = cumulative[n];
    int m = Math.min(n, points);
    double[] population = new double[m + 1];
    double[] share = new double[m + 1];
    for (int j = 1; j <= m; j++) {
      int rank = (int) Math.ceil((double) j * n / m);
      population[j] = (double) rank / n;
      share[j] = total == 0 ? population[j] : cumulative[rank] / total;
    }
    return new double[][] {population, share};
  }

  /**
   * {@link #gini} of the values a histogram stands for (entry c = number of users with value c),
   * without listing them: users with the same value fill consecutive ranks.
   */
  public static double giniOfHistogram(long[] histogram) {
    double n = 0;
    for (long h : histogram) n += h;
    if (n == 0) return Double.NaN;
    double weighted = 0;
    double total = 0;
    double before = 0; // users in the lower bins, ranks 1 .. before
    for (int c = 0; c < histogram.length; c++) {
      double h = histogram[c];
      // sum of (2i - n - 1) over ranks i = before + 1 .. before + h is h (2 before + h - n).
      weighted += (double) c * h * (2 * before + h - n);
      total += (double) c * h;
      before += h;
    }
    return total == 0 ? 0 : weighted / (n * total);
  }

  /**
   * {@link #lorenz} of the values a histogram stands for (entry c = number of users with value c),
   * at the same ranks, without listing them.
   */
  public static double[][] lorenzOfHistogram(long[] histogram, int points) {
    if (points < 1) throw new IllegalArgumentException("points must be at least 1, got " + points);
    long n = 0;
    double total = 0;
    for (int c = 0; c < histogram.length; c++) {
      n += histogram[c];
      total += (double) c * histogram[c];
    }
    if (n == 0) throw new IllegalArgumentException("a Lorenz curve needs at least one value");
    int m = (int) Math.min(n, points);
    double[] population = new double[m + 1];
    double[] share = new double[m + 1];
    int bin = 0;
    long below = 0; // users in bins before bin
    double sumBelow = 0; // their total
    for (int j = 1; j <= m; j++) {
      long rank = (long) Math.ceil((double) j * n / m);
      while (below + histogram[bin] < rank) {
        below += histogram[bin];
        sumBelow += (double) bin * histogram[bin];
        bin++;
      }
      population[j] = (double) rank / n;
      share[j] = total == 0 ? population[j] : (sumBelow + (double) bin * (rank - below)) / total;
    }
    return new double[][] {population, share};
  }
}
