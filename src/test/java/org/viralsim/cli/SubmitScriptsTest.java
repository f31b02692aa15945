package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.testing.Programs;
import org.viralsim.testing.TinySweep;

/**
 * The scripts of {@code submit --dry-run} run by bash, as SLURM would run them, give the unsharded sweep's
 * results; and where sbatch is not installed, {@code submit} says so in one line and writes nothing.
 */
@Tag("slow")
class SubmitScriptsTest {
  @TempDir Path dir;

  @Test
  void theScriptsRunByHandGiveTheUnshardedSweep() throws Exception {
    Path sweep = TinySweep.write(dir, SubmitCommandTest.SWEEP);
    Path sub = dir.resolve("sub");
    SweepCommandTest.ok("submit", sweep.toString(), "--shards", "3", "--dry-run", "--out", sub.toString());
    for (String task : List.of("1", "2", "3", "1")) { // task 1 again: a shard that is done is left as it is
      Programs.Result r = Programs.run(List.of("bash", sub.resolve("shards.sbatch").toString()),
          Map.of("SLURM_ARRAY_TASK_ID", task));
      assertThat(r.exit()).as(r.output()).isZero();
    }
    Programs.Result merged = Programs.run(List.of("bash", sub.resolve("merge.sbatch").toString()), Map.of());
    assertThat(merged.output()).contains("Sweep tiny-sweep: 3 points, 6 runs merged from 3 folders");
    SweepCommandTest.ok("sweep", sweep.toString(), "--out", dir.resolve("whole").toString());
    SweepCommandTest.assertSameResults(dir.resolve("whole"), sub.resolve("merged"));
    assertThat(Programs.run(List.of("bash", sub.resolve("shards.sbatch").toString()), Map.of()).output())
        .as("outside a job array").contains("SLURM_ARRAY_TASK_ID: run it as a job array: sbatch --array=1-3");
  }

  @Test
  void withoutSbatchSubmitSaysSoAndWritesNothing() throws Exception {
    Path sweep = TinySweep.write(dir, SubmitCommandTest.SWEEP);
    Path sub = dir.resolve("sub");
    Programs.Result r = Programs.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "submit", sweep.toString(), "--shards", "2",
        "--out", sub.toString()), Map.of("PATH", dir.toString()));
    assertThat(r.exit()).as(r.output()).isEqualTo(2);
    assertThat(r.output().strip()).isEqualTo("viralsim: submit: sbatch not found on PATH; submit from a machine of the"
        + " SLURM cluster (a login node), or write the scripts only with --dry-run");
    assertThat(sub).doesNotExist();
  }

  @Test
  void aJobThatSbatchRefusesLeavesNoFolderNorTheFoldersMadeForIt() throws Exception {
    Path sweep = TinySweep.write(dir, SubmitCommandTest.SWEEP);
    Path bin = java.nio.file.Files.createDirectories(dir.resolve("bin"));
    Path sbatch = java.nio.file.Files.writeString(bin.resolve("sbatch"),
        "#!/bin/sh\necho 'sbatch: error: invalid partition specified: nowhere' >&2\nexit 1\n");
    sbatch.toFile().setExecutable(true);
    Path sub = dir.resolve("made").resolve("for").resolve("sub");
    Programs.Result r = Programs.run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "submit", sweep.toString(), "--shards", "2",
        "--out", sub.toString()), Map.of("PATH", bin + ":/usr/bin:/bin"));
    assertThat(r.exit()).as(r.output()).isEqualTo(2);
    assertThat(r.output().strip()).startsWith("viralsim: sbatch refused shards.sbatch: ")
        .contains("invalid partition specified: nowhere").doesNotContain("\n");
    assertThat(dir.resolve("made")).doesNotExist();
  }
}
