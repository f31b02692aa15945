package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.testing.TinySweep;

/** {@code viralsim submit --dry-run} and {@code status} without a scheduler: the folder, its scripts, and refusals. */
class SubmitCommandTest {
  static final String SWEEP = "base: tiny.yaml\nparameters: [{key: campaign.appeal, values: [1, 2, 4]}]\n";

  @TempDir Path dir;

  @Test
  void aDryRunWritesTheFolderAndItsScriptsAndSubmitsNothing() throws IOException {
    Path sweep = TinySweep.write(dir, SWEEP);
    Path sub = dir.resolve("sub");
    Cli.Result r = SweepCommandTest.ok("submit", sweep.toString(), "--shards", "3", "--dry-run", "--out", sub.toString(),
        "--partition", "short", "--time", "00:10:00", "--sbatch=--mem=1G");
    assertThat(r.out()).contains("nothing submitted")
        .contains("sbatch --parsable --mem=1G --array=1-3 " + sub.resolve("shards.sbatch"))
        .contains("sbatch --mem=1G --dependency=afterok:ID " + sub.resolve("merge.sbatch"))
        .contains("viralsim submit --resume " + sub);
    assertThat(SweepReader.read(sub.resolve("sweep.yaml"), List.of()).hash())
        .as("the copy is the same sweep").isEqualTo(SweepReader.read(sweep, List.of()).hash());

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String shards = Files.readString(sub.resolve("shards.sbatch"));
    assertThat(shards).startsWith("#!/bin/bash\n").contains("#SBATCH --array=1-3\n", "#SBATCH --partition=short\n",
        "#SBATCH --time=00:10:00\n", "#SBATCH --cpus-per-task=1\n",
        "#SBATCH --output=" + sub.resolve("logs/shard-%a.job%A.out") + "\n",
        "# Every compute node must see, at these same paths: Java (" + java + ")",
        "viralsim() { " + java + " ", " org.viralsim.cli.Main \"$@\"; }",
        "viralsim sweep " + sub.resolve("sweep.yaml") + " --shard \"$i/3\" --threads 1 --out \"$shards/$i\"",
        "viralsim sweep --resume \"$shards/$i\" --threads 1");
    assertThat(Files.readString(sub.resolve("merge.sbatch"))).startsWith("#!/bin/bash\n")
        .contains("#SBATCH --partition=short\n", "for i in $(seq 1 3)", " merge \"${shards[@]}\" --out " + sub.resolve("merged"));
    assertThat(Files.readString(sub.resolve("submission.json"))).contains("\"jobs\" : [ ]", "\"shards\" : 3",
        "\"sbatch_options\" : [ \"--mem=1G\" ]", "\"partition\" : \"short\"");
    assertThat(sub.resolve("logs")).isDirectory();

    Cli.Result status = SweepCommandTest.ok("status", sub.toString());
    assertThat(status.outLines()).containsExactly(
        "Sweep tiny-sweep in 3 shards, 6 runs: " + sub + " (not submitted: --dry-run)",
        "shard 1/3: missing (nothing written)",
        "shard 2/3: missing (nothing written)",
        "shard 3/3: missing (nothing written)",
        "merge: not done",
        "3 shards unfinished; submit them and the merge with: viralsim submit --resume " + sub);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--shards 0 | --shards: must be at least 1, was 0",
      "--shards 7 | --shards: at most one shard per run, and the sweep has 6 runs; was 7",
      "--shards 2 --threads 0 | --threads: must be 1 to 1024, was 0",
      "--shards 2 --time 10h | --time: expected a time limit as SLURM writes it (HH:MM:SS, MM, D-HH:MM:SS ...), was '10h'",
      "--shards 2 --partition a;b | --partition: expected a partition name (or names separated by commas), was 'a;b'",
      "--shards 2 --sbatch mem=1G | --sbatch: expected an sbatch option such as --mem=4G, was 'mem=1G'",
      "--shards 2 --sbatch=--array=1-2 | --sbatch: --array is set by submit itself",
      "--shards 2 --scheduler pbs | --scheduler: only slurm is supported, was 'pbs' (for Kubernetes see the indexed Job in docs/sweeps.md)",
      "--threads 2 | submit: give the number of shards with --shards N"})
  void badOptionsAreOneLineAndWriteNothing(String options, String message) throws IOException {
    Path sweep = TinySweep.write(dir, SWEEP);
    List<String> args = new ArrayList<>(List.of("submit", sweep.toString(), "--dry-run", "--out", dir.resolve("sub").toString()));
    args.addAll(List.of(options.split(" ")));
    assertRefused(Cli.execute(args.toArray(String[]::new)), "viralsim: " + message);
  }

  @Test
  void aSweepWithAReplicationTargetOrAFolderTheScriptsCannotNameIsRefused() throws IOException {
    Path sweep = TinySweep.write(dir, SWEEP + "target_ci: {metric: reach, halfwidth: 5}\n");
    assertRefused(Cli.execute("submit", sweep.toString(), "--shards", "2", "--dry-run", "--out", dir.resolve("sub").toString()),
        "viralsim: " + sweep + ": has a replication target (target_ci), whose runs depend on the results at each point,"
        + " so it cannot be shared out into shards");
    Path plain = TinySweep.write(dir, SWEEP);
    Path spaced = dir.resolve("my sub");
    assertRefused(Cli.execute("submit", plain.toString(), "--shards", "2", "--dry-run", "--out", spaced.toString()),
        "viralsim: --out: " + spaced + ": may hold only letters, digits and _ . / @ + = : , - (it is written into the"
        + " scripts' #SBATCH lines)");
    assertThat(spaced).doesNotExist();
  }

  @Test
  void statusAndResumeNeedASubmittedFolder() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertRefused(Cli.execute("status", empty.toString()), "viralsim: " + empty + ": is not a submitted sweep (it has no"
        + " submission.json; viralsim submit writes one)");
    assertRefused(Cli.execute("submit", "--resume", dir.resolve("none").toString()), "viralsim: " + dir.resolve("none")
        + ": no such folder");
    assertRefused(Cli.execute("submit", "--resume", empty.toString(), "--shards", "2"), "viralsim: --resume: submits"
        + " again as first submitted; give no --shards, --threads, --partition, --time, --sbatch, --dry-run or --out");
  }

  private void assertRefused(Cli.Result r, String line) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly(line);
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("sub")).doesNotExist();
  }
}
