package org.viralsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.viralsim.config.Scenario;
import org.viralsim.job.RunJob;
import org.viralsim.job.Workers;
import org.viralsim.report.RunNarrative;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code viralsim run}: replications of one scenario into a new results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario's replications and write a results folder with tables, summary and charts.")
final class RunCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;
  @Mixin OutOption out;
  @Mixin ThreadsOption threads;
  @Option(names = "--svg", description = "Also write every chart as SVG (NAME.svg beside NAME.png).")
  boolean svg;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Scenario scenario = scenarioOptions.load(spec.commandLine().getErr());
    int workers = Workers.of(threads.count, null);
    RunJob.Outcome outcome = RunJob.run(scenario, scenarioOptions.label(), out.dir, workers, svg,
        spec.commandLine().getErr());
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(RunNarrative.of(outcome.scenario(), outcome.users(), outcome.summary()));
    stdout.println("Results: " + outcome.folder());
    return 0;
  }
}
