package org.viralsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The built-in validation suite, run as a test: every check against theory must pass. */
@Tag("validation")
class ValidationSuiteTest {

  @Test
  void everyCheckAgreesWithTheory() {
    List<Check> checks = ValidationSuite.run(20161, c -> { });
    String failed = checks.stream().filter(c -> !c.passed())
        .map(c -> c.name() + ": expected " + c.expected() + ", measured " + c.measured() + ", tolerance " + c.tolerance())
        .collect(Collectors.joining("\n"));
    assertThat(checks).hasSizeGreaterThan(20);
    assertThat(failed).as("failed checks").isEmpty();
  }

  @Test
  void aCheckPassesOnlyWithinItsTolerance() {
    assertThat(new Check("x", 1.0, 1.05, 0.1, "b").passed()).isTrue();
    assertThat(new Check("x", 1.0, 1.2, 0.1, "b").passed()).isFalse();
    assertThat(new Check("x", 1.0, Double.NaN, 0.1, "b").passed()).isFalse();
  }
}
