package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.viralsim.bench.SweepBench;
import org.viralsim.chart.NamedChart;
import org.viralsim.chart.SweepChartSet;
import org.viralsim.experiment.NetworkCache;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.RunId;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputException;
import org.viralsim.io.ReportFiles;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.sweep.RunsFile;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.io.sweep.SweepManifest;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.io.sweep.SweepTables;
import org.viralsim.report.SweepReport;
import org.viralsim.sweep.Shard;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepAnalysis;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults.PointEstimates;
import org.viralsim.sweep.SweepResults;
import org.viralsim.sweep.SweepSchedule;

/**
 * A parameter sweep into its results folder: started, resumed after any interruption, each time
 * running only the runs missing (round after round while a replication target asks for more), then
 * writing the tables and charts from the runs alone and moving the folder into place.
 */
public final class SweepJob {
  private final PrintWriter out;
  private final PrintWriter err;

  /** @param out where the closing lines go; @param err where progress and warnings go */
  public SweepJob(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Reads a sweep file with the replication target the options set (null when not given; bad
   * values are blamed on the options) and checks every point against its network.
   */
  public static SweepPlan load(Path file, String targetCi, Integer maxReplications) {
    SweepPlan plan;
    try {
      plan = SweepReader.read(file, TargetOptions.changes(targetCi, maxReplications));
    } catch (ScenarioException e) {
      throw TargetOptions.blame(e, targetCi, maxReplications);
    }
    Networks.preflight(plan);
    return plan;
  }

  /**
   * Times a sweep's runs at each thread count (default: 1 and all cores) and prints a table of runs
   * per second and speed-up; writes no file.
   *
   * @param warmup whether 2 s of untimed runs come first
   */
  public void bench(Path file, List<Integer> threads, int runs, int rounds, boolean warmup) {
    List<Integer> asked = threads != null ? threads : List.of(1, Runtime.getRuntime().availableProcessors());
    if (asked.isEmpty() || asked.stream().anyMatch(t -> t < 1 || t > Workers.MAX)) {
      throw new UserInputException("--threads: thread counts must be 1 to " + Workers.MAX + ", were " + asked);
    }
    List<Integer> counts = asked.stream().distinct().toList();
    if (runs < 1) throw new UserInputException("--runs: must be at least 1, was " + runs);
    if (rounds < 1) throw new UserInputException("--rounds: must be at least 1, was " + rounds);
    SweepPlan plan = load(file, null, null);
    note(plan);
    SweepBench.Result r = SweepBench.measure(plan, Networks::shared, counts, runs, rounds, warmup ? 2 : 0);
    SweepBench.print(out, plan.label(), r, counts);
  }

  private void note(SweepPlan plan) {
    for (String note : plan.notes()) err.println("viralsim: note: " + note);
  }

  /** Starts a sweep (or one shard of it, "I/N") in a new folder: exactly {@code dir}, or results/NAME/TIMESTAMP. */
  public int start(SweepPlan plan, Path dir, String shard, Integer threads) {
    Instant started = Instant.now();
    Shard share = shard(shard);
    if (share.count() > 1 && plan.sweep().targetCi() != null) {
      throw new UserInputException("--shard: cannot share out a sweep with a replication target (target_ci), whose"
          + " runs depend on results at each point");
    }
    int workers = Workers.of(threads, plan.threads());
    // only once every option is known good, so a refused command leaves no folder
    try (SweepFolder folder = SweepFolder.create(dir, Path.of("results"), plan.sweep().name(), LocalDateTime.now())) {
      err.println("sweep: results are kept in " + folder.dir() + " until done; if interrupted, finish with: "
          + SweepFolder.resumeCommand(folder.target()));
      return finish(folder, plan, shard, plan.label(), workers, started);
    }
  }

  /** Finishes an interrupted sweep in its folder, as it was started. */
  public int resume(Path dir, Integer threads) {
    Instant started = Instant.now();
    try (SweepFolder folder = SweepFolder.resume(dir)) {
      SweepPlan plan = SweepReader.read(folder.file("sweep.yaml"), List.of());
      if (!plan.hash().equals(SweepManifest.hashOf(folder.dir()))) {
        throw new UserInputException(folder.file("sweep.yaml") + ": changed since the sweep started (its hash"
            + " differs from manifest.json's sweep_hash)");
      }
      return finish(folder, plan, SweepManifest.shardOf(folder.dir()),
          SweepManifest.scenarioFileOf(folder.dir(), plan.label()), Workers.of(threads, plan.threads()), started);
    }
  }

  static Shard shard(String text) {
    try {
      return Shard.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--shard: " + e.getMessage());
    }
  }

  private int finish(SweepFolder folder, SweepPlan plan, String shard, String sweepFile, int workers, Instant started) {
    note(plan);
    if (folder.unlockedBecause() != null) {
      err.println("sweep: warning: cannot lock " + folder.dir() + " (" + folder.unlockedBecause()
          + "); make sure no other process writes or resumes this sweep meanwhile");
    }
    try {
      Path dir = folder.dir();
      SweepTables.writeSweepFile(dir, plan);
      Path manifest = folder.file("manifest.json");
      SweepManifest.write(manifest, manifest("sweep", plan, sweepFile, started, workers), plan, shard, 0);
      int ran = runAll(plan, folder, workers, shard(shard));
      SweepResults results = SweepAnalysis.of(plan, RunsFile.read(folder.file("runs.csv"), plan).values());
      writeResults(dir, plan, results, sweepFile);
      SweepManifest.write(manifest, manifest("sweep", plan, sweepFile, started, workers), plan, shard,
          results.runs().size());
      Path written = folder.commit();
      warnCapped(plan.sweep().targetCi(), results.points());
      out.println(String.format("Sweep %s: %d points, %d runs (%d run now)", plan.sweep().name(), plan.points().size(),
          results.runs().size(), ran));
      out.println("Results: " + written);
    } catch (IOException e) {
      throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
    }
    return 0;
  }

  /** The tables, charts and report of a sweep folder, from its results alone. */
  static void writeResults(Path dir, SweepPlan plan, SweepResults results, String sweepFile) throws IOException {
    SweepTables.writeAll(dir, plan, results);
    List<NamedChart> charts = SweepChartSet.named(plan, results);
    ChartFiles.writeAll(dir, charts);
    ReportFiles.write(dir, SweepReport.of(plan, results, charts, RunJob.provenance(List.of(sweepFile), plan.baseSeed())));
  }

  /** The manifest of a sweep folder: the seeds are those of replications 0, 1, ... at every point. */
  static Manifest manifest(String command, SweepPlan plan, String sweepFile, Instant started, int threads) {
    Sweep.TargetCi target = plan.sweep().targetCi();
    int replications = target == null ? plan.sweep().replications() : target.maxReplications();
    return Manifest.of(command, plan.baseSeed(), replications, started, Instant.now(), threads, sweepFile);
  }

  /** Runs what is still to do, round after round while a replication target asks for more; returns how many ran. */
  private int runAll(SweepPlan plan, SweepFolder folder, int workers, Shard shard) throws IOException {
    Path file = folder.file("runs.csv");
    int ran = 0;
    try (RunsFile runs = RunsFile.open(file, plan)) {
      for (int round = 1; ; round++) {
        List<RunId> todo = SweepSchedule.pending(plan, RunsFile.read(file, plan), shard);
        if (todo.isEmpty()) return ran;
        Progress progress = new Progress(err, round == 1 ? "runs" : "runs, round " + round, todo.size());
        RunEngine.Sink sink = (run, result, seconds) -> {
          try {
            if (plan.sweep().keepTimeseries()) SweepTables.writeTimeseries(folder.file("timeseries"), run, result);
            runs.append(run, plan.points().get(run.point()), result, seconds);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
        try {
          RunEngine.run(plan.scenarios(), plan.baseSeed(), todo, workers, new NetworkCache(Networks::shared, workers),
              sink, progress::update);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        progress.done();
        ran += todo.size();
      }
    }
  }

  /** Points that stopped at the cap without reaching the target, lest their intervals be taken for narrow. */
  private void warnCapped(Sweep.TargetCi target, List<PointEstimates> points) {
    List<PointEstimates> capped = SweepSchedule.capped(target, points);
    if (capped.isEmpty()) return;
    double widest = capped.stream().mapToDouble(p -> SweepSchedule.halfWidth(p, target)).filter(w -> w > 0).max()
        .orElse(0);
    List<Integer> indices = capped.stream().map(p -> p.point().index()).toList();
    String shown = indices.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
    err.println(String.format(Locale.ROOT, "sweep: warning: %d of %d points stopped at %d replications with the 95%%"
        + " half-width of %s still at or above %s (%spoints %s); raise --max-replications for narrower intervals",
        capped.size(), points.size(), target.maxReplications(), target.metric(), CsvTable.number(target.halfWidth()),
        widest > 0 ? String.format(Locale.ROOT, "up to %.4g; ", widest) : "", indices.size() > 10 ? shown + ", ..." : shown));
  }
}
