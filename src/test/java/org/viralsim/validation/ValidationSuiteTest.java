package org.viralsim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in validation suite (what {@code viralsim validate} runs): one test per check, each passing. The suite
 * runs once and its checks are shared by the tests.
 */
@Tag("validation")
class ValidationSuiteTest {
  private static final long SEED = 20161; // the seed viralsim validate uses by default

  private record Run(List<Check> checks, List<Check> streamed) {}

  private static Run run;

  private static synchronized Run suite() {
    if (run == null) {
      List<Check> streamed = new ArrayList<>();
      List<Check> checks = ValidationSuite.run(SEED, streamed::add);
      run = new Run(List.copyOf(checks), List.copyOf(streamed));
    }
    return run;
  }

  @Test
  void eachCheckIsHandedOverAsItIsKnown() {
    Run r = suite();
    assertThat(r.streamed()).as("streamed checks").isEqualTo(r.checks());
    assertThat(r.checks()).hasSizeGreaterThanOrEqualTo(40);
  }

  @TestFactory
  Stream<DynamicTest> everyCheckPasses() {
    return suite().checks().stream().map(c -> dynamicTest(c.name(), () -> {
      assertThat(c.passed()).as(() -> String.format(Locale.ROOT,
          "%s: expected %.6g, measured %.6g, tolerance %.3g (%s)", c.name(), c.expected(), c.measured(), c.tolerance(),
          c.basis())).isTrue();
      assertThat(c.tolerance()).as("%s: tolerance", c.name()).isNotNegative();
      assertThat(c.basis()).as("%s: basis", c.name()).isNotBlank();
    }));
  }
}
