package org.viralsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.viralsim.chart.SweepChartSet;
import org.viralsim.experiment.SweepRunner.Run;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.sweep.RunsFile;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.io.sweep.SweepTables;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepSchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim merge}: the shard folders of one sweep combined into the folder an unsharded sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combine the results folders of a sweep's shards, checking they belong together and hold every run once.")
final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders of the shards.")
  List<Path> dirs;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (must not exist or be empty). Default: results/NAME/TIMESTAMP.")
  Path out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Instant started = Instant.now();
    Set<Path> seen = new HashSet<>();
    for (Path dir : dirs) {
      SweepFolder.finished(dir);
      if (!seen.add(SweepFolder.realPath(dir))) throw new UserInputException(dir + ": given twice");
    }
    SweepPlan sweep = SweepReader.read(dirs.get(0).resolve("sweep.yaml"), List.of());
    Map<Run, List<String>> runs = new TreeMap<>(RunsFile::compare);
    Map<Run, Path> from = new TreeMap<>(RunsFile::compare);
    try {
      for (Path dir : dirs) {
        String hash = SweepTables.hashOf(dir);
        if (!hash.equals(sweep.hash())) {
          throw new UserInputException(dir + ": belongs to another sweep (sweep_hash " + hash + ", expected "
              + sweep.hash() + " as in " + dirs.get(0).resolve("sweep.yaml") + ")");
        }
        for (Map.Entry<Run, List<String>> r : RunsFile.read(dir.resolve("runs.csv"), SweepCommand.columns(sweep)).entrySet()) {
          Path before = from.put(r.getKey(), dir);
          if (before != null) throw new UserInputException(describe(r.getKey()) + " is in both " + before + " and " + dir);
          runs.put(r.getKey(), r.getValue());
        }
      }
    } catch (IOException e) {
      throw new OutputException("cannot read the shards (" + e + ")", e);
    }
    List<Run> missing = SweepSchedule.pending(sweep.points().size(), sweep.sweep().replications(),
        sweep.sweep().targetCi(), SweepCommand.targetValues(sweep, runs), 0, 1);
    if (!missing.isEmpty()) {
      List<Path> unfinished = SweepFolder.unfinishedBeside(dirs, sweep.hash());
      throw new UserInputException(describe(missing.get(0)) + " is in none of the folders (" + missing.size()
          + " runs missing" + shardsNotGiven() + "); merge every shard" + (unfinished.isEmpty() ? ""
          : "; unfinished shards of this sweep lie beside them: finish them with " + unfinished.stream()
              .map(SweepFolder::resumeCommand).collect(Collectors.joining(", "))));
    }
    // Unlike a sweep's, a merge's folder is not resumable: anything half-written is removed.
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), sweep.sweep().name(), LocalDateTime.now())) {
      Path dir = folder.dir();
      try {
        SweepTables.writeSweepFile(dir, sweep);
        SweepTables.Tables tables = SweepTables.writeAll(dir, sweep, sweep.metrics(), runs);
        SweepChartSet.writeAll(dir, sweep, tables);
        SweepTables.writeManifest(folder.file("manifest.json"), SweepCommand.manifest("merge", sweep,
            SweepTables.scenarioFileOf(dirs.get(0), sweep.label()), started, Instant.now(), 1), sweep, null, runs.size());
      } catch (IOException e) {
        throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
      }
      Path written = folder.commit();
      spec.commandLine().getOut().println(String.format("Sweep %s: %d points, %d runs merged from %d folder%s",
          sweep.sweep().name(), sweep.points().size(), runs.size(), dirs.size(), dirs.size() == 1 ? "" : "s"));
      spec.commandLine().getOut().println("Results: " + written);
    }
    return 0;
  }

  private static String describe(Run run) {
    return "replication " + run.replication() + " of point " + run.point();
  }

  /** "; shards 2/4, 4/4 not given" when the folders are shards of one count, else nothing to add. */
  private String shardsNotGiven() {
    List<String> given = dirs.stream().map(SweepTables::shardOf).toList();
    if (!given.stream().allMatch(g -> g != null && g.matches("[0-9]{1,9}/[0-9]{1,9}"))) return "";
    Set<String> counts = given.stream().map(g -> g.substring(g.indexOf('/') + 1)).collect(Collectors.toSet());
    if (counts.size() != 1) return "";
    int n = Integer.parseInt(counts.iterator().next());
    List<String> absent = IntStream.rangeClosed(1, n).mapToObj(i -> i + "/" + n).filter(i -> !given.contains(i)).toList();
    return absent.isEmpty() ? "" : "; shard" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent) + " not given";
  }
}
