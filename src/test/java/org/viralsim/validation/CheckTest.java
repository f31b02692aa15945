package org.viralsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckTest {

  @ParameterizedTest(name = "expected {0}, measured {1}, tolerance {2} -> {3}")
  @CsvSource({
      "1.0, 1.0, 0.0, true",
      "1.0, 1.1, 0.2, true",
      "1.0, 0.9, 0.2, true",
      "1.0, 1.5, 0.5, true",   // the bound itself passes
      "1.0, 0.5, 0.5, true",
      "1.0, 1.5, 0.49, false",
      "1.0, 0.5, 0.49, false",
      "0.0, 1e-12, 0.0, false",
      "-3.0, -3.25, 0.25, true",
      "-3.0, -2.7, 0.25, false"})
  void passesWhenTheDifferenceIsWithinTheTolerance(double expected, double measured, double tolerance, boolean passed) {
    assertThat(new Check("case", expected, measured, tolerance, "basis").passed()).isEqualTo(passed);
  }

  @Test
  void anUndefinedMeasurementNeverPasses() {
    assertThat(new Check("nan measured", 1, Double.NaN, 10, "").passed()).isFalse();
    assertThat(new Check("nan expected", Double.NaN, 1, 10, "").passed()).isFalse();
    assertThat(new Check("nan tolerance", 1, 1, Double.NaN, "").passed()).isFalse();
    assertThat(new Check("infinite measured", 1, Double.POSITIVE_INFINITY, 1e300, "").passed()).isFalse();
  }
}
