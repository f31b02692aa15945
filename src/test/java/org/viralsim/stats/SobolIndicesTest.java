package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {
  private static final double A = 7;
  private static final double B = 0.1;

  /** The Ishigami function on [-pi, pi]^3, from unit coordinates. */
  static double ishigami(double[] u) {
    double x1 = Math.PI * (2 * u[0] - 1);
    double x2 = Math.PI * (2 * u[1] - 1);
    double x3 = Math.PI * (2 * u[2] - 1);
    double s2 = Math.sin(x2);
    return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  /**
   * Its partial variances (Ishigami and Homma 1990; Sobol' and Levitan 1999) with x_i uniform on
   * [-pi, pi]: E[sin^2] = 1/2, E[sin^4] = 3/8, E[x^4] = pi^4 / 5, E[x^8] = pi^8 / 9. f_1(x1) =
   * (1 + b pi^4 / 5) sin x1 gives V1; f_2(x2) = a (sin^2 x2 - 1/2) gives V2 = a^2 (3/8 - 1/4);
   * x3 acts only through b (x3^4 - pi^4 / 5) sin x1, whose variance is V13 = b^2 pi^8 (1/9 - 1/25) / 2.
   * Returns {S1, S2, S3, ST1, ST2, ST3}.
   */
  static double[] ishigamiIndices() {
    double pi4 = Math.pow(Math.PI, 4);
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi4 * pi4 * (1.0 / 18 - 1.0 / 50);
    double v = v1 + v2 + v13;
    return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
  }

  @Test
  void ishigamiIndicesAreThePublishedOnes() {
    // The four-digit values quoted throughout the sensitivity analysis literature.
    assertThat(ishigamiIndices()).containsExactly(new double[] {0.3139, 0.4424, 0, 0.5576, 0.4424, 0.2437},
        within(5e-5));
  }

  @Test
  void estimatesOfTheIshigamiFunctionMatchItsAnalyticIndices() {
    SobolIndices.Plan plan = SobolIndices.plan(1 << 13, 3);
    double[] outputs = Arrays.stream(plan.rows()).mapToDouble(SobolIndicesTest::ishigami).toArray();
    SobolIndices.Result result = SobolIndices.estimate(plan, outputs, 20_240_601L);
    double[] truth = ishigamiIndices();
    for (int i = 0; i < 3; i++) {
      check("S" + (i + 1), result.indices().get(i).first(), truth[i]);
      check("ST" + (i + 1), result.indices().get(i).total(), truth[3 + i]);
    }
    double pi4 = Math.pow(Math.PI, 4);
    double variance = A * A / 8 + B * pi4 / 5 + B * B * pi4 * pi4 / 18 + 0.5;
    assertThat(result.variance()).isCloseTo(variance, within(0.05 * variance));
  }

  private static void check(String name, SobolIndices.Index index, double truth) {
    assertThat(index.se()).as("%s standard error", name).isPositive().isLessThan(0.02);
    assertThat(index.estimate()).as("%s within 4 bootstrap standard errors (%s)", name, index)
        .isBetween(truth - 4 * index.se(), truth + 4 * index.se());
    assertThat(truth).as("%s interval covers the truth (%s)", name, index).isBetween(index.low(), index.high());
  }

  @Test
  void planRowsAreBaseSamplesFromOneSobolSequenceOfTwiceTheDimension() {
    int n = 16;
    int d = 4;
    SobolIndices.Plan plan = SobolIndices.plan(n, d);
    double[][] rows = plan.rows();
    assertThat(plan.size()).isEqualTo(n * (d + 2)).isEqualTo(rows.length);
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
    sequence.nextVector(); // the all-zeros start
    for (int j = 0; j < n; j++) {
      double[] point = sequence.nextVector();
      double[] a = Arrays.copyOfRange(point, 0, d);
      double[] b = Arrays.copyOfRange(point, d, 2 * d);
      assertThat(plan.rowOfA(j)).isEqualTo(j * (d + 2));
      assertThat(rows[plan.rowOfA(j)]).containsExactly(a);
      assertThat(rows[plan.rowOfB(j)]).containsExactly(b);
      for (int i = 0; i < d; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        assertThat(rows[plan.rowOfAB(j, i)]).as("A_B^%d of row %d", i, j).containsExactly(ab);
      }
    }
    rows[0][0] = -1;
    assertThat(plan.rows()[0][0]).as("rows are a copy").isNotEqualTo(-1);
  }

  @Test
  void additiveOutputHasEqualFirstAndTotalIndicesSharingTheVariance() {
    // f = sum c_i u_i: V_i = c_i^2 / 12, no interactions.
    double[] c = {1, 2, 0, -3};
    SobolIndices.Plan plan = SobolIndices.plan(1 << 12, c.length);
    double[] outputs = Arrays.stream(plan.rows()).mapToDouble(u -> {
      double f = 0;
      for (int i = 0; i < c.length; i++) f += c[i] * u[i];
      return f;
    }).toArray();
    SobolIndices.Result result = SobolIndices.estimate(plan, outputs, 200, 1);
    for (int i = 0; i < c.length; i++) {
      double share = c[i] * c[i] / 14;
      assertThat(result.indices().get(i).first().estimate()).isCloseTo(share, within(0.01));
      assertThat(result.indices().get(i).total().estimate()).isCloseTo(share, within(0.01));
    }
  }

  @Test
  void sameSeedSameIntervalsAndAConstantOutputHasNoIndices() {
    SobolIndices.Plan plan = SobolIndices.plan(64, 3);
    double[] outputs = Arrays.stream(plan.rows()).mapToDouble(SobolIndicesTest::ishigami).toArray();
    assertThat(SobolIndices.estimate(plan, outputs, 100, 3)).isEqualTo(SobolIndices.estimate(plan, outputs, 100, 3));
    assertThat(SobolIndices.estimate(plan, outputs, 100, 3)).isNotEqualTo(SobolIndices.estimate(plan, outputs, 100, 4));
    SobolIndices.Result flat = SobolIndices.estimate(plan, new double[plan.size()], 100, 3);
    assertThat(flat.variance()).isZero();
    SobolIndices.Index s1 = flat.indices().get(0).first();
    assertThat(new double[] {s1.estimate(), s1.se(), s1.low(), s1.high()}).containsOnly(Double.NaN);
  }

  @Test
  void rejectsMismatchedOrMissingOutputs() {
    SobolIndices.Plan plan = SobolIndices.plan(8, 2);
    assertThatThrownBy(() -> SobolIndices.estimate(plan, new double[31], 1)).hasMessageContaining("32 rows, got 31");
    double[] outputs = new double[32];
    outputs[5] = Double.NaN;
    assertThatThrownBy(() -> SobolIndices.estimate(plan, outputs, 1)).hasMessageContaining("output 5 is not finite");
    assertThatThrownBy(() -> SobolIndices.plan(8, 501)).hasMessageContaining("d must be in [1, 500]");
  }
}
