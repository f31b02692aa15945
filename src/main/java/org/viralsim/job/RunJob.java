package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.viralsim.chart.Charts;
import org.viralsim.chart.NamedChart;
import org.viralsim.chart.RunChartSet;
import org.viralsim.config.Campaign;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.RunAggregates;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Summary;
import org.viralsim.graph.Graph;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.ReportFiles;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.io.results.RunTables;
import org.viralsim.report.Provenance;
import org.viralsim.report.RunReport;

/**
 * A scenario's replications into a new results folder, which appears only when complete. Each
 * replication's rows are written as it finishes, in replication order, and only aggregates are
 * kept for the summary, charts and report, so memory does not grow with the replications.
 */
public final class RunJob {
  private RunJob() {}

  /** What produced a report: the files, this program's version and commit, the base seed. */
  static Provenance provenance(List<String> files, long baseSeed) {
    return new Provenance(files, Manifest.programVersion(), Manifest.gitCommitOrNull(), baseSeed);
  }

  /** What a run found and where its folder is; {@code users}: the network's. */
  public record Outcome(Scenario scenario, int users, Summary summary, Path folder) {}

  /**
   * @param label   how the scenario is named in messages and the manifest (its file)
   * @param out     the results folder asked for, or null for results/NAME/TIMESTAMP
   * @param threads worker threads (at least 1)
   * @param svg     whether charts are also written as SVG
   * @param err     where progress goes
   */
  public static Outcome run(Scenario scenario, String label, Path out, int threads, boolean svg, PrintWriter err) {
    ChartFiles.warmUpInBackground();
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), scenario.name(), LocalDateTime.now())) {
      if (folder.removedNote() != null) err.println("viralsim: note: " + folder.removedNote());
      Graph graph = Networks.load(scenario);
      Networks.preflight(scenario, graph, label);
      Progress progress = new Progress(err, "replications", scenario.replications());
      RunAggregates aggregates = new RunAggregates(scenario, Charts.RUNS_TAIL);
      RunEngine.Span span;
      try (RunTables tables = new RunTables(folder, scenario.campaigns().stream().map(Campaign::name).toList())) {
        span = RunEngine.replications(scenario, graph, threads, r -> {
          try {
            tables.append(r);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          aggregates.add(r);
        }, progress::update);
      } catch (UncheckedIOException e) {
        throw cannotWrite(folder, e.getCause());
      } catch (IOException e) {
        throw cannotWrite(folder, e);
      }
      progress.done();
      Summary summary = Summary.of(aggregates);
      try {
        ResultsWriter.writeSummaryFiles(folder, scenario, summary, Manifest.of("run", scenario.seed(),
            scenario.replications(), span.started(), span.ended(), span.threads(), label));
        List<NamedChart> charts = RunChartSet.charts(aggregates, summary);
        ChartFiles.writeAll(folder.dir(), charts, svg);
        ReportFiles.write(folder.dir(), RunReport.of(scenario, aggregates.users(), summary, charts,
            provenance(List.of(label), scenario.seed())));
      } catch (IOException e) {
        throw cannotWrite(folder, e);
      }
      return new Outcome(scenario, aggregates.users(), summary, folder.commit());
    }
  }

  private static OutputException cannotWrite(OutputFolder folder, IOException e) {
    return new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
  }
}
