package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.viralsim.chart.RunChartSet;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Summary;
import org.viralsim.graph.Graph;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;

/** A scenario's replications into a new results folder, which appears only when complete. */
public final class RunJob {
  private RunJob() {}

  /** What a run found and where its folder is. */
  public record Outcome(Replications replications, Summary summary, Path folder) {}

  /**
   * @param label   how the scenario is named in messages and the manifest (its file)
   * @param out     the results folder asked for, or null for results/NAME/TIMESTAMP
   * @param threads worker threads (at least 1)
   * @param err     where progress goes
   */
  public static Outcome run(Scenario scenario, String label, Path out, int threads, PrintWriter err) {
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), scenario.name(), LocalDateTime.now())) {
      Graph graph = Networks.load(scenario);
      Networks.preflight(scenario, graph, label);
      Progress progress = new Progress(err, "replications", scenario.replications());
      Replications runs = RunEngine.replications(scenario, graph, threads, progress::update);
      progress.done();
      Summary summary = Summary.of(runs);
      try {
        ResultsWriter.writeAll(folder, runs, summary, Manifest.of("run", scenario.seed(), scenario.replications(),
            runs.started(), runs.ended(), runs.threads(), label));
        ChartFiles.writeAll(folder.dir(), RunChartSet.charts(runs, summary));
      } catch (IOException e) {
        throw new OutputException("cannot write results (" + e + ")", e);
      }
      return new Outcome(runs, summary, folder.commit());
    }
  }
}
