package org.viralsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The built-in validation suite (what {@code viralsim validate} runs): every check passes. */
@Tag("validation")
class ValidationSuiteTest {
  private static final long SEED = 20161; // the seed viralsim validate uses by default

  @Test
  void everyCheckPasses() {
    List<Check> streamed = new ArrayList<>();
    List<Check> checks = ValidationSuite.run(SEED, streamed::add);
    assertThat(streamed).as("each check is handed over as it is known").isEqualTo(checks);
    assertThat(checks).hasSizeGreaterThanOrEqualTo(20);
    String failures = checks.stream().filter(c -> !c.passed())
        .map(c -> String.format(Locale.ROOT, "%s: expected %.6g, measured %.6g, tolerance %.3g (%s)", c.name(),
            c.expected(), c.measured(), c.tolerance(), c.basis()))
        .collect(Collectors.joining("\n"));
    assertThat(failures).as("failing checks").isEmpty();
    for (Check c : checks) {
      assertThat(c.tolerance()).as(c.name()).isNotNegative();
      assertThat(c.basis()).as(c.name()).isNotBlank();
    }
  }
}
