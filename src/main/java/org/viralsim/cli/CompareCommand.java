package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.viralsim.job.CompareJob;
import org.viralsim.job.UserInputException;
import org.viralsim.job.Workers;
import org.viralsim.report.ComparisonNarrative;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim compare}: two scenarios as paired replications, and how every indicator differs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Run two scenarios as paired replications (replication i of both with the same seed) and write how"
        + " every indicator differs: B - A with its 95%% CI and p-value.",
        "--set, --replications and --seed apply to both; the seeds are A's."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "Scenario file A (.yaml, .yml or .json).")
  Path a;

  @Parameters(index = "1", paramLabel = "B", description = "Scenario file B, compared with A.")
  Path b;

  @Mixin OverrideOptions overrides;
  @Mixin OutOption out;
  @Mixin ThreadsOption threads;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CompareJob.Side first = new CompareJob.Side(overrides.load(a, err), a.toString());
    CompareJob.Side second = new CompareJob.Side(overrides.load(b, err), b.toString());
    if (overrides.seed == null && first.scenario().seed() != second.scenario().seed()) {
      err.println("viralsim: note: the scenarios' seeds differ; both run from A's seed " + first.scenario().seed()
          + ", so that the pairs share their luck");
    }
    int pairs = overrides.replications != null ? overrides.replications
        : Math.max(first.scenario().replications(), second.scenario().replications());
    if (pairs < 2) throw new UserInputException("--replications: a comparison needs at least 2 pairs, was " + pairs);
    int workers = Workers.of(threads.count, null);
    CompareJob.Outcome outcome = CompareJob.run(first, second, pairs, out.dir, workers, err);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(ComparisonNarrative.of(outcome.comparison(), outcome.labels()));
    stdout.println("Results: " + outcome.folder());
    return 0;
  }
}
