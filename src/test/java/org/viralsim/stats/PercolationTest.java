package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercolationTest {
  @ParameterizedTest
  @CsvSource({
    "2, 1, 0.79681213002002",
    "3, 0.5, 0.5828116438658114",
    "1.5, 1, 0.5828116438658114",
    "6, 0.5, 0.9404797907073597",
  })
  void erdosRenyiOutbreakMatchesKnownRoots(double z, double t, double s) {
    assertThat(Percolation.erdosRenyiOutbreak(z, t)).isCloseTo(s, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1 + 1e-9, 1 + 1e-6, 1.01, 1.3, 2.5, 8, 40})
  void erdosRenyiOutbreakSolvesItsEquationEvenNearTheThreshold(double c) {
    double s = Percolation.erdosRenyiOutbreak(c, 1);
    assertThat(s).isPositive().isLessThanOrEqualTo(1);
    // Relative residual: near the threshold S itself is tiny (about 2 (c - 1)).
    assertThat(Math.abs(s + Math.expm1(-c * s)) / s).isLessThan(1e-9);
  }

  @Test
  void erdosRenyiBelowAndAtThreshold() {
    assertThat(Percolation.erdosRenyiOutbreak(2, 0.5)).isZero();
    assertThat(Percolation.erdosRenyiOutbreak(0.9, 1)).isZero();
    assertThat(Percolation.erdosRenyiOutbreak(5, 0)).isZero();
    assertThat(Percolation.erdosRenyiThreshold(4)).isEqualTo(0.25);
    assertThat(Percolation.erdosRenyiThreshold(0)).isInfinite();
    assertThat(Percolation.erdosRenyiMeanSmallOutbreak(4, 0.2)).isCloseTo(5, within(1e-12));
    assertThat(Percolation.erdosRenyiMeanSmallOutbreak(4, 0.25)).isInfinite();
    assertThat(Percolation.erdosRenyiMeanSmallOutbreak(4, 0.5)).isInfinite();
  }

  @ParameterizedTest
  @CsvSource({"2, 1", "2, 0.75", "3, 0.5", "1.5, 1", "4, 0.3", "4, 0.2", "2, 0.4"})
  void truncatedPoissonMatchesErdosRenyi(double z, double t) {
    double[] pk = poisson(z, 80);
    assertThat(Percolation.configOutbreak(pk, t)).isCloseTo(Percolation.erdosRenyiOutbreak(z, t), within(1e-6));
    assertThat(Percolation.configThreshold(pk)).isCloseTo(Percolation.erdosRenyiThreshold(z), within(1e-9));
    if (z * t < 1) {
      assertThat(Percolation.configMeanSmallOutbreak(pk, t))
          .isCloseTo(Percolation.erdosRenyiMeanSmallOutbreak(z, t), within(1e-6));
    }
  }

  @Test
  void regularGraphHasClosedForms() {
    // Degree 3: u = 1 - T + T u^2 has roots 1 and (1 - T) / T, and S = 1 - u^3.
    double[] three = {0, 0, 0, 1};
    assertThat(Percolation.configThreshold(three)).isCloseTo(0.5, within(1e-15));
    assertThat(Percolation.configOutbreak(three, 0.8)).isCloseTo(1 - Math.pow(0.25, 3), within(1e-12));
    assertThat(Percolation.configOutbreak(three, 1)).isEqualTo(1.0);
    assertThat(Percolation.configOutbreak(three, 0.5)).isZero();
    assertThat(Percolation.configMeanSmallOutbreak(three, 0.3)).isCloseTo(1 + 0.9 / 0.4, within(1e-12));
    assertThat(Percolation.configMeanSmallOutbreak(three, 0.5)).isInfinite();
  }

  @Test
  void histogramsAreNormalised() {
    double[] counts = {10, 30, 25, 20, 10, 5};
    double[] shares = {0.1, 0.3, 0.25, 0.2, 0.1, 0.05};
    assertThat(Percolation.configOutbreak(counts, 0.9)).isCloseTo(Percolation.configOutbreak(shares, 0.9), within(1e-14));
    assertThat(Percolation.configThreshold(counts)).isCloseTo(Percolation.configThreshold(shares), within(1e-14));
  }

  @Test
  void graphsWithoutBranchingNeverHaveAnOutbreak() {
    double[] pairs = {0.5, 0.5};
    assertThat(Percolation.configThreshold(pairs)).isInfinite();
    assertThat(Percolation.configOutbreak(pairs, 1)).isZero();
    assertThat(Percolation.configMeanSmallOutbreak(new double[] {1}, 0.7)).isEqualTo(1.0);
    assertThat(Percolation.configMeanSmallOutbreak(pairs, 1)).isCloseTo(1.5, within(1e-15));
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> Percolation.erdosRenyiOutbreak(-1, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percolation.erdosRenyiOutbreak(2, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percolation.configOutbreak(new double[] {0.5, Double.NaN}, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percolation.configThreshold(new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
  }

  private static double[] poisson(double z, int kMax) {
    PoissonDistribution d = new PoissonDistribution(null, z, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    double[] pk = new double[kMax + 1];
    for (int k = 0; k <= kMax; k++) pk[k] = d.probability(k);
    return pk;
  }

  @Test
  void susceptibilityGroupsSolveTheirEquationAndStayBelowTheMean() {
    double z = 6;
    double[] shares = {0.3, 0.7};
    double[] t = {0.6, 0.1};
    double s = Percolation.erdosRenyiOutbreak(z, shares, t);
    double rhs = 0.3 * (1 - Math.exp(-z * 0.6 * s)) + 0.7 * (1 - Math.exp(-z * 0.1 * s));
    assertThat(s).isCloseTo(rhs, within(1e-12));
    assertThat(s).isGreaterThan(0).isLessThan(Percolation.erdosRenyiOutbreak(z, 0.25));
    // equal groups are the homogeneous case
    assertThat(Percolation.erdosRenyiOutbreak(z, shares, new double[] {0.25, 0.25}))
        .isCloseTo(Percolation.erdosRenyiOutbreak(z, 0.25), within(1e-12));
    // below the mean threshold there is no outbreak, however susceptible one group is
    assertThat(Percolation.erdosRenyiOutbreak(z, new double[] {0.1, 0.9}, new double[] {1.0, 0.05})).isZero();
  }
}
