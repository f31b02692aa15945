package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.viralsim.experiment.RunId;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.sweep.RunsFile;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.io.sweep.SweepManifest;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.io.sweep.SweepTables;
import org.viralsim.sweep.MergeCheck;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.SweepAnalysis;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults;

/** The shard folders of one sweep combined into the folder an unsharded sweep writes. */
public final class MergeJob {
  private MergeJob() {}

  /**
   * Checks that the folders are finished shards of one sweep that hold every run once, then writes
   * the merged folder: exactly {@code out}, or results/NAME/TIMESTAMP.
   */
  public static Path merge(List<Path> dirs, Path out, PrintWriter stdout) {
    Instant started = Instant.now();
    Set<Path> seen = new HashSet<>();
    for (Path dir : dirs) {
      SweepFolder.finished(dir);
      if (!seen.add(SweepFolder.realPath(dir))) throw new UserInputException(dir + ": given twice");
    }
    SweepPlan plan = SweepReader.read(dirs.get(0).resolve("sweep.yaml"), List.of());
    Map<RunId, RunRecord> runs = new TreeMap<>();
    Map<RunId, Path> from = new TreeMap<>();
    try {
      for (Path dir : dirs) {
        String hash = SweepManifest.hashOf(dir);
        if (!hash.equals(plan.hash())) {
          throw new UserInputException(dir + ": belongs to another sweep (sweep_hash " + hash + ", expected "
              + plan.hash() + " as in " + dirs.get(0).resolve("sweep.yaml") + ")");
        }
        for (RunRecord r : RunsFile.read(dir.resolve("runs.csv"), plan).values()) {
          Path before = from.put(r.id(), dir);
          if (before != null) {
            throw new UserInputException(MergeCheck.describe(r.id()) + " is in both " + before + " and " + dir);
          }
          runs.put(r.id(), r);
        }
      }
    } catch (IOException e) {
      throw new OutputException("cannot read the shards (" + e + ")", e);
    }
    List<RunId> missing = MergeCheck.missing(plan, runs);
    if (!missing.isEmpty()) {
      List<Path> unfinished = SweepFolder.unfinishedBeside(dirs, plan.hash());
      throw new UserInputException(MergeCheck.describe(missing.get(0)) + " is in none of the folders ("
          + missing.size() + " runs missing" + MergeCheck.shardsNotGiven(dirs.stream().map(SweepManifest::shardOf).toList())
          + "); merge every shard" + (unfinished.isEmpty() ? "" : "; unfinished shards of this sweep lie beside them:"
          + " finish them with " + unfinished.stream().map(SweepFolder::resumeCommand).collect(Collectors.joining(", "))));
    }
    // Unlike a sweep's, a merge's folder is not resumable: anything half-written is removed.
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), plan.sweep().name(), LocalDateTime.now())) {
      if (folder.removedNote() != null) stdout.println("viralsim: note: " + folder.removedNote());
      try {
        SweepTables.writeSweepFile(folder.dir(), plan);
        SweepResults results = SweepAnalysis.of(plan, runs.values());
        SweepJob.writeResults(folder.dir(), plan, results, SweepManifest.scenarioFileOf(dirs.get(0), plan.label()));
        SweepManifest.write(folder.file("manifest.json"), SweepJob.manifest("merge", plan,
            SweepManifest.scenarioFileOf(dirs.get(0), plan.label()), started, 1), plan, null, runs.size());
      } catch (IOException e) {
        throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
      }
      Path written = folder.commit();
      stdout.println(String.format("Sweep %s: %d points, %d runs merged from %d folder%s", plan.sweep().name(),
          plan.points().size(), runs.size(), dirs.size(), dirs.size() == 1 ? "" : "s"));
      stdout.println("Results: " + written);
      return written;
    }
  }
}
