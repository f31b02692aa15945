package org.viralsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.chart.RunChartSet;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.ReplicationRunner;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Seeds;
import org.viralsim.experiment.Summary;
import org.viralsim.graph.Graph;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code viralsim run}: replications of one scenario into a new results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario's replications and write a results folder with tables, summary and charts.")
final class RunCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (must not exist or be empty). Default: results/NAME/TIMESTAMP.")
  Path out;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
  Integer threads;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Scenario scenario = scenarioOptions.load(err);
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) throw new UserInputException("--threads: must be at least 1, was " + workers);
    Replications experiment;
    Summary summary;
    Path written;
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), scenario.name(), LocalDateTime.now())) {
      Graph graph = ScenarioOptions.loadNetwork(scenario);
      scenarioOptions.preflight(scenario, graph);
      Progress progress = new Progress(err, "replications", scenario.replications());
      experiment = ReplicationRunner.run(scenario, graph, workers, progress::update);
      progress.done();
      summary = Summary.of(experiment);
      try {
        ResultsWriter.writeAll(folder, experiment, summary, manifest(experiment));
        RunChartSet.writeAll(folder, experiment, summary);
      } catch (IOException e) {
        throw new OutputException("cannot write results (" + e + ")", e);
      }
      written = folder.commit();
    }
    stdout.println(Narrative.of(experiment, summary));
    stdout.println("Results: " + written);
    return 0;
  }

  private Manifest manifest(Replications e) {
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < e.scenario().replications(); i++) seeds.add(Seeds.replication(e.scenario().seed(), i));
    return new Manifest("run", Manifest.programVersion(), Manifest.gitCommitOrNull(), e.scenario().seed(), seeds,
        e.started(), e.ended(), e.threads(), scenarioOptions.label());
  }
}
