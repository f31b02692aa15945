package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.job.CompareJob;
import org.viralsim.job.Workers;
import org.viralsim.report.ComparisonNarrative;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim compare}: two scenarios as paired replications, and how every indicator differs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Run two scenarios as paired replications (replication i of both with the same seed) and write how"
        + " every indicator differs: B - A with its 95% CI and p-value.",
        "--set, --replications and --seed apply to both; the seeds are A's."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(arity = "2", paramLabel = "SCENARIO", description = "Scenario files A and B (.yaml, .yml or .json).")
  List<Path> files;

  @Mixin OverrideOptions overrides;
  @Mixin OutOption out;
  @Mixin ThreadsOption threads;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CompareJob.Side a = new CompareJob.Side(overrides.load(files.get(0), err), files.get(0).toString());
    CompareJob.Side b = new CompareJob.Side(overrides.load(files.get(1), err), files.get(1).toString());
    if (overrides.seed == null && a.scenario().seed() != b.scenario().seed()) {
      err.println("viralsim: note: the scenarios' seeds differ; both run from A's seed " + a.scenario().seed()
          + ", so that the pairs share their luck");
    }
    int workers = Workers.of(threads.count, null);
    CompareJob.Outcome outcome = CompareJob.run(a, b, overrides.replications, out.dir, workers, err);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(ComparisonNarrative.of(outcome.comparison(), outcome.labels()));
    stdout.println("Results: " + outcome.folder());
    return 0;
  }
}
