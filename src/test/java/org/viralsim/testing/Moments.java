package org.viralsim.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/** Sample moments and checks of a sample mean against its theoretical value. */
public final class Moments {
  /** Tolerance in standard errors: a correct sampler fails a check with probability about 6e-5. */
  public static final double Z = 4.0;

  private Moments() {}

  public static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return s / x.length;
  }

  /** Sample variance (n - 1 in the denominator). */
  public static double variance(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    return ss / (x.length - 1);
  }

  /** The sample mean is within Z standard errors of {@code expected}, given the true sd of one draw. */
  public static void assertMean(String what, double[] x, double expected, double sd) {
    double se = sd / Math.sqrt(x.length);
    assertThat(mean(x)).as("%s: mean of %d draws (standard error %.4g)", what, x.length, se)
        .isCloseTo(expected, offset(Z * se + 1e-12));
  }

  /**
   * The sample variance is within Z standard errors of {@code variance}, given the true central
   * fourth moment mu4 of one draw: Var(S^2) = (mu4 - variance^2 (n - 3) / (n - 1)) / n.
   */
  public static void assertVariance(String what, double[] x, double variance, double mu4) {
    int n = x.length;
    double se = Math.sqrt((mu4 - variance * variance * (n - 3) / (n - 1)) / n);
    assertThat(variance(x)).as("%s: variance of %d draws (standard error %.4g)", what, n, se)
        .isCloseTo(variance, offset(Z * se + 1e-12));
  }

  /** Binomial(n, p): mean, variance and central fourth moment. */
  public static double[] binomial(int n, double p) {
    double v = n * p * (1 - p);
    return new double[] {n * p, v, v * (1 + 3 * (n - 2) * p * (1 - p))};
  }
}
