package org.viralsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.viralsim.chart.SweepChartSet;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.NetworkCache;
import org.viralsim.experiment.Preflight;
import org.viralsim.experiment.ReplicationRunner;
import org.viralsim.experiment.Seeds;
import org.viralsim.experiment.SweepRunner.Run;
import org.viralsim.experiment.SweepRunner;
import org.viralsim.graph.Graph;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputException;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.sweep.RunsFile;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.io.sweep.SweepTables;
import org.viralsim.stats.Estimate;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepSchedule;
import org.viralsim.sweep.design.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim sweep}: a parameter sweep into a results folder, resumable after any interruption. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a parameter sweep (README, Sweeps): every point's replications, streamed to runs.csv.")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "Sweep file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--resume", paramLabel = "DIR", description = "Finish an interrupted sweep whose results folder is DIR.")
  Path resume;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (must not exist or be empty). Default: results/NAME/TIMESTAMP.")
  Path out;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: the file's, else all cores).")
  Integer threads;

  @Option(names = "--shard", paramLabel = "I/N", description = "Run only the I-th of N deterministic shares of the runs.")
  String shard;

  @Option(names = "--target-ci", paramLabel = "METRIC=HALFWIDTH",
      description = "Add replications at each point until the 95%% CI half-width of METRIC is below HALFWIDTH.")
  String targetCi;

  @Option(names = "--max-replications", paramLabel = "M", description = "Cap on replications per point with --target-ci.")
  Integer maxReplications;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (file != null && resume != null) throw new UserInputException("sweep: give a sweep file or --resume DIR, not both");
    if (file == null && resume == null) throw new UserInputException("sweep: give a sweep file or --resume DIR");
    if (resume != null && (out != null || shard != null || targetCi != null || maxReplications != null)) {
      throw new UserInputException("--resume: continues the sweep as it was started; give no --out, --shard,"
          + " --target-ci or --max-replications");
    }
    Instant started = Instant.now();
    if (resume != null) {
      try (SweepFolder folder = SweepFolder.resume(resume)) {
        SweepPlan sweep = SweepReader.read(folder.file("sweep.yaml"), List.of());
        if (!sweep.hash().equals(SweepTables.hashOf(folder.dir()))) {
          throw new UserInputException(folder.file("sweep.yaml") + ": changed since the sweep started (its hash"
              + " differs from manifest.json's sweep_hash)");
        }
        return finish(folder, sweep, SweepTables.shardOf(folder.dir()), SweepTables.scenarioFileOf(folder.dir(), sweep.label()),
            workers(sweep), started);
      }
    }
    SweepPlan sweep = readWithOptions();
    preflight(sweep);
    if (share(shard)[1] > 1 && sweep.sweep().targetCi() != null) {
      throw new UserInputException("--shard: cannot share out a sweep with a replication target (target_ci), whose"
          + " runs depend on results at each point");
    }
    int workers = workers(sweep);
    // only once every option is known good, so a refused command leaves no folder
    try (SweepFolder folder = SweepFolder.create(out, Path.of("results"), sweep.sweep().name(), LocalDateTime.now())) {
      spec.commandLine().getErr().println("sweep: results are kept in " + folder.dir() + " until done; if"
          + " interrupted, finish with: " + SweepFolder.resumeCommand(folder.target()));
      return finish(folder, sweep, shard, sweep.label(), workers, started);
    }
  }

  /** Points that stopped at the cap without reaching the target, lest their intervals be taken for narrow. */
  private static void warnCapped(Sweep.TargetCi target, List<SweepTables.PointEstimates> points, PrintWriter err) {
    if (target == null) return;
    List<Integer> capped = new ArrayList<>();
    double widest = 0;
    for (SweepTables.PointEstimates p : points) {
      Estimate e = p.metrics().get(target.metric());
      double halfWidth = e.n() < 2 ? Double.NaN : (e.ciHigh() - e.ciLow()) / 2; // as the schedule judged it
      if (p.replications() < target.maxReplications() || halfWidth < target.halfWidth()) continue;
      capped.add(p.point().index());
      if (halfWidth > widest) widest = halfWidth;
    }
    if (capped.isEmpty()) return;
    err.println(String.format(Locale.ROOT, "sweep: warning: %d of %d points stopped at %d replications with the 95%%"
        + " half-width of %s still at or above %s (%spoints %s); raise --max-replications for narrower intervals",
        capped.size(), points.size(), target.maxReplications(), target.metric(), CsvTable.number(target.halfWidth()),
        widest > 0 ? String.format(Locale.ROOT, "up to %.4g; ", widest) : "", abbreviated(capped)));
  }

  private static String abbreviated(List<Integer> points) {
    String shown = points.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
    return points.size() > 10 ? shown + ", ..." : shown;
  }

  private int workers(SweepPlan sweep) {
    int workers = threads != null ? threads
        : sweep.threads() != null ? sweep.threads() : Runtime.getRuntime().availableProcessors();
    if (workers < 1) throw new UserInputException("--threads: must be at least 1, was " + workers);
    return workers;
  }

  /** Runs what is missing in the folder, writes the tables and charts and moves the folder into place. */
  private int finish(SweepFolder folder, SweepPlan sweep, String shardText, String sweepFile, int workers,
      Instant started) {
    if (folder.unlockedBecause() != null) {
      spec.commandLine().getErr().println("sweep: warning: cannot lock " + folder.dir() + " (" + folder.unlockedBecause()
          + "); make sure no other process writes or resumes this sweep meanwhile");
    }
    try {
      Path dir = folder.dir();
      SweepTables.writeSweepFile(dir, sweep);
      Path manifest = folder.file("manifest.json");
      SweepTables.writeManifest(manifest, manifest("sweep", sweep, sweepFile, started, Instant.now(), workers), sweep,
          shardText, 0);
      int ran = runAll(sweep, folder, workers, share(shardText), spec.commandLine().getErr());
      Map<Run, List<String>> runs = RunsFile.read(folder.file("runs.csv"), columns(sweep));
      SweepTables.Tables tables = SweepTables.writeAll(dir, sweep, sweep.metrics(), runs);
      SweepChartSet.writeAll(dir, sweep, tables);
      SweepTables.writeManifest(manifest, manifest("sweep", sweep, sweepFile, started, Instant.now(), workers), sweep,
          shardText, runs.size());
      Path written = folder.commit();
      warnCapped(sweep.sweep().targetCi(), tables.points(), spec.commandLine().getErr());
      spec.commandLine().getOut().println(String.format("Sweep %s: %d points, %d runs (%d run now)",
          sweep.sweep().name(), sweep.points().size(), runs.size(), ran));
      spec.commandLine().getOut().println("Results: " + written);
    } catch (IOException e) {
      throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
    }
    return 0;
  }

  /** The 0-based share and the number of shares of "I/N" (null: the whole sweep). */
  static int[] share(String text) {
    if (text == null) return new int[] {0, 1};
    String[] parts = text.split("/", -1);
    try {
      int i = Integer.parseInt(parts[0].strip());
      int n = Integer.parseInt(parts[1].strip());
      if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) return new int[] {i - 1, n};
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // reported below
    }
    throw new UserInputException("--shard: expected I/N with 1 <= I <= N, was \"" + text + "\"");
  }

  /** The manifest of a sweep folder: the seeds are those of replications 0, 1, ... at every point. */
  static Manifest manifest(String command, SweepPlan sweep, String sweepFile, Instant started, Instant ended,
      int threads) {
    Sweep.TargetCi target = sweep.sweep().targetCi();
    int replications = target == null ? sweep.sweep().replications() : target.maxReplications();
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < replications; i++) seeds.add(Seeds.replication(sweep.baseSeed(), i));
    return new Manifest(command, Manifest.programVersion(), Manifest.gitCommitOrNull(), sweep.baseSeed(), seeds,
        started, ended, threads, sweepFile);
  }

  /** The sweep file with the replication target of the options, whose bad values are blamed on them. */
  private SweepPlan readWithOptions() {
    try {
      return SweepReader.read(file, targetChanges());
    } catch (ScenarioException e) {
      String key = e.keyPath() == null ? "" : e.keyPath();
      boolean fromTarget = targetCi != null && (key.equals("target_ci.metric") || key.equals("target_ci.halfwidth"));
      if (fromTarget) throw new UserInputException("--target-ci: " + e.reason());
      if (maxReplications != null && key.equals("target_ci.max_replications")) {
        throw new UserInputException("--max-replications: " + e.reason());
      }
      throw e;
    }
  }

  /** The options that set the replication target, as settings of the sweep file. */
  private List<String> targetChanges() {
    List<String> changes = new ArrayList<>();
    if (targetCi != null) {
      int eq = targetCi.indexOf('=');
      if (eq <= 0) throw new UserInputException("--target-ci: expected METRIC=HALFWIDTH, was \"" + targetCi + "\"");
      changes.add("target_ci.metric=" + targetCi.substring(0, eq));
      changes.add("target_ci.halfwidth=" + targetCi.substring(eq + 1));
    }
    if (maxReplications != null) {
      if (targetCi == null) throw new UserInputException("--max-replications: goes with --target-ci");
      changes.add("target_ci.max_replications=" + maxReplications);
    }
    return changes;
  }

  static int columns(SweepPlan sweep) {
    return RunsFile.header(parameters(sweep), sweep.metrics()).size();
  }

  static List<String> parameters(SweepPlan sweep) {
    return sweep.sweep().parameters().stream().map(Parameter::key).toList();
  }

  /** Runs what is still to do, round after round while a replication target asks for more; returns how many ran. */
  private static int runAll(SweepPlan sweep, SweepFolder folder, int workers, int[] share, PrintWriter err)
      throws IOException {
    Path log = folder.file("runs.csv");
    int ran = 0;
    try (RunsFile runLog = RunsFile.open(log, parameters(sweep), sweep.metrics())) {
      for (int round = 1; ; round++) {
        List<Run> todo = SweepSchedule.pending(sweep.points().size(), sweep.sweep().replications(),
            sweep.sweep().targetCi(), targetValues(sweep, RunsFile.read(log, columns(sweep))), share[0], share[1]);
        if (todo.isEmpty()) return ran;
        Progress progress = new Progress(err, round == 1 ? "runs" : "runs, round " + round, todo.size());
        SweepRunner.Sink sink = (run, result, seconds) -> {
          try {
            if (sweep.sweep().keepTimeseries()) SweepTables.writeTimeseries(folder.file("timeseries"), run, result);
            runLog.append(run, sweep.points().get(run.point()), result, seconds);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
        try {
          SweepRunner.run(sweep.scenarios(), sweep.baseSeed(), todo, workers, new NetworkCache(SweepCommand::network, workers), sink,
              progress::update);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        progress.done();
        ran += todo.size();
      }
    }
  }

  /** Checks every point against its network, as {@code run} does, so no run fails half-way through the sweep. */
  static void preflight(SweepPlan sweep) {
    Map<List<Object>, Graph> edgeLists = new HashMap<>(); // by file and direction: read directed, a file differs
    for (int i = 0; i < sweep.scenarios().size(); i++) {
      Scenario s = sweep.scenarios().get(i);
      Graph graph = s.network() instanceof NetworkSpec.EdgeList e
          ? edgeLists.computeIfAbsent(List.of(e.resolved(), e.directed()), key -> ScenarioOptions.loadNetwork(s)) : null;
      try {
        Preflight.check(s, graph);
      } catch (InvalidValueException e) {
        throw new UserInputException(sweep.label() + ": point " + SweepReader.describe(sweep.points().get(i))
            + " is not a valid scenario: " + e.getMessage());
      }
    }
  }

  static Graph network(Scenario s) {
    return ReplicationRunner.sharedNetwork(s, ScenarioOptions.loadNetwork(s));
  }

  /** The target metric's value of each run done (0 without a target: only presence counts). */
  static Map<Run, Double> targetValues(SweepPlan sweep, Map<Run, List<String>> runs) {
    int column = sweep.sweep().targetCi() == null ? -1
        : 3 + sweep.sweep().parameters().size() + sweep.metrics().indexOf(sweep.sweep().targetCi().metric());
    Map<Run, Double> values = new HashMap<>();
    for (Map.Entry<Run, List<String>> r : runs.entrySet()) {
      String f = column < 0 ? "0" : r.getValue().get(column);
      values.put(r.getKey(), f.isEmpty() ? Double.NaN : Double.parseDouble(f));
    }
    return values;
  }
}
