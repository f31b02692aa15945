package org.viralsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.viralsim.validation.Check;
import org.viralsim.validation.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code viralsim validate}: the built-in validation suite; exit code 1 if any check fails. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check the simulator against theory: percolation, branching processes, closed forms.")
final class ValidateCommand implements Callable<Integer> {
  @Option(names = "--seed", paramLabel = "S", description = "Seed of the random streams (default ${DEFAULT-VALUE}).")
  long seed = 20161;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "%-76s %12s %12s %10s  %s", "case", "expected", "measured", "tolerance", "result"));
    List<Check> checks = ValidationSuite.run(seed, c -> {
      out.println(String.format(Locale.ROOT, "%-76s %12.6g %12.6g %10.3g  %s", c.name(), c.expected(), c.measured(),
          c.tolerance(), c.passed() ? "pass" : "FAIL"));
      out.flush();
    });
    long failed = checks.stream().filter(c -> !c.passed()).count();
    out.println(String.format(Locale.ROOT, "%d passed, %d failed", checks.size() - failed, failed));
    return failed == 0 ? 0 : 1;
  }
}
