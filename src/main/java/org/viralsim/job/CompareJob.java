package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.viralsim.chart.ComparisonCharts;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.NetworkCache;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.ReportFiles;
import org.viralsim.io.results.ComparisonWriter;
import org.viralsim.io.results.Manifest;
import org.viralsim.report.ComparisonReport;

/**
 * Two scenarios run as pairs with common random numbers into a new results folder: replication i of
 * both uses the seed of replication i of A's base seed, and both share a network where their networks
 * are the same.
 */
public final class CompareJob {
  private CompareJob() {}

  /** A scenario to compare and how it is named: its file as given, or {@code <built-in>}. */
  public record Side(Scenario scenario, String file) {}

  /** The comparison, how A and B are named in charts and sentences, and where the folder is. */
  public record Outcome(Comparison comparison, List<String> labels, Path folder) {}

  /**
   * @param pairs   replications of each scenario (at least 2)
   * @param threads worker threads (at least 1)
   */
  public static Outcome run(Side a, Side b, int pairs, Path out, int threads, PrintWriter err) {
    Instant started = Instant.now();
    List<String> labels = labels(a.scenario(), b.scenario());
    String name = a.scenario().name().equals(b.scenario().name()) ? a.scenario().name()
        : a.scenario().name() + "-vs-" + b.scenario().name();
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), "compare-" + name, LocalDateTime.now())) {
      if (folder.removedNote() != null) err.println("viralsim: note: " + folder.removedNote());
      Networks.preflight(a.scenario(), Networks.load(a.scenario()), a.file());
      Networks.preflight(b.scenario(), Networks.load(b.scenario()), b.file());
      Progress progress = new Progress(err, "paired runs", 2 * pairs);
      // B runs from A's seed; its resolved scenario says so, so that running it again gives b/runs.csv
      Comparison c = Comparison.run(a.scenario().withReplications(pairs),
          b.scenario().withSeed(a.scenario().seed()).withReplications(pairs), a.scenario().seed(), pairs, threads,
          new NetworkCache(Networks::shared, 2), progress::update);
      progress.done();
      try {
        ComparisonWriter.writeAll(folder, c, Manifest.of("compare", a.scenario().seed(), pairs, started, Instant.now(),
            c.a().threads(), a.file() + " vs " + b.file()), List.of(a.file(), b.file()));
        List<NamedChart> charts = ComparisonCharts.charts(c, labels);
        ChartFiles.writeAll(folder.dir(), charts);
        ReportFiles.write(folder.dir(), ComparisonReport.of(c, labels, charts,
            RunJob.provenance(List.of(a.file(), b.file()), a.scenario().seed())));
      } catch (IOException e) {
        throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
      }
      return new Outcome(c, labels, folder.commit());
    }
  }

  /** "A: name" and "B: name", or just "A" and "B" when both have the same name. */
  static List<String> labels(Scenario a, Scenario b) {
    if (a.name().equals(b.name())) return List.of("A", "B");
    return List.of("A: " + a.name(), "B: " + b.name());
  }
}
