package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.testing.Programs;
import org.viralsim.testing.SingleNodeSlurm;
import org.viralsim.testing.TinySweep;

/**
 * {@code submit}, {@code status} and {@code submit --resume} against a real SLURM: a cluster of one node
 * started on this machine (Debian's slurm-wlm and munge, which .ci/run installs; root needed), stopped at the
 * end whatever happened. Skipped, saying why, where it cannot start. The commands run in their own JVM, as a
 * user runs them, with SLURM_CONF naming the test's cluster.
 */
@Tag("slurm")
class SlurmSubmitTest {
  private static final Pattern ARRAY_JOB = Pattern.compile("job array ([0-9]+) ");
  /** Shards of a few seconds each on 20,000 users, so that a task is caught running. */
  private static final String SLOW = """
      base:
        name: slow
        seed: 11
        steps: 40
        network: {type: erdos_renyi, nodes: 20000, mean_degree: 6}
        campaign: {appeal: 3, start: 1, seeding: {strategy: top_degree, count: 5}}
      parameters:
        - {key: campaign.appeal, values: [1, 2, 3, 4]}
      replications: 12
      """;

  @TempDir static Path dir;
  private static SingleNodeSlurm slurm;

  @BeforeAll
  static void startCluster() throws Exception {
    slurm = SingleNodeSlurm.start(dir.resolve("slurm"));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (slurm != null) slurm.close();
  }

  @Test
  void aSweepInFourShardsMergesToTheUnshardedSweep() throws Exception {
    Path sweep = TinySweep.write(dir, "base: tiny.yaml\nparameters: [{key: campaign.appeal, values: [1, 2, 4]}]\n"
        + "replications: 4\n");
    Path sub = dir.resolve("tiny-submitted");
    String submitted = viralsim("submit", sweep.toString(), "--shards", "4", "--time", "00:05:00", "--out", sub.toString());
    assertThat(submitted).contains("Submitted sweep tiny-sweep in 4 shards: job array").contains("(tasks 1-4)");
    awaitMerged(sub);
    String status = viralsim("status", sub.toString());
    for (int i = 1; i <= 4; i++) assertThat(status).contains("shard " + i + "/4: done, 3 of 3 runs");
    assertThat(status).contains("merged: " + sub.resolve("merged"));

    SweepCommandTest.ok("sweep", sweep.toString(), "--out", dir.resolve("tiny-whole").toString());
    assertSameTables(dir.resolve("tiny-whole"), sub.resolve("merged"));
  }

  @Test
  void aCancelledTaskIsNamedByStatusAndResubmittedWithResume() throws Exception {
    Path sweep = Files.writeString(dir.resolve("slow.yaml"), SLOW);
    Path sub = dir.resolve("slow-submitted");
    String submitted = shown(viralsim("submit", sweep.toString(), "--shards", "4", "--out", sub.toString()), "submit");
    Matcher array = ARRAY_JOB.matcher(submitted);
    assertThat(array.find()).isTrue();
    String task = array.group(1) + "_1";
    Path runs = sub.resolve("shards/.1.sweep-partial/runs.csv");
    await(() -> Files.exists(runs) && Files.readAllLines(runs).size() >= 2, "shard 1 recording runs", sub);
    assertThat(sub.resolve("shards/1")).as("caught mid-run").doesNotExist();
    slurm.run("scancel", task);
    Programs.Result early = Programs.run(command("submit", "--resume", sub.toString()), slurm.env());
    assertThat(early.exit()).as(early.output()).isEqualTo(2);
    assertThat(early.output()).as("refused while the other shards run").containsPattern(": shards? [234].* still pending or"
        + " running; wait for (it|them) to end, or cancel with scancel " + array.group(1) + "_[234]");
    await(() -> { // the others run to their end, and the merge waits for ever
      boolean othersDone = Files.isDirectory(sub.resolve("shards/2")) && Files.isDirectory(sub.resolve("shards/3"))
          && Files.isDirectory(sub.resolve("shards/4"));
      return othersDone && !slurm.run("squeue", "--noheader", "--array", "--format=%i").contains(array.group(1) + "_");
    }, "shards 2 to 4 done and no task left in the queue", sub);

    String status = shown(viralsim("status", sub.toString()), "status");
    assertThat(status).contains("shard 1/4: interrupted (task " + task + ", ")
        .contains("finish it alone with viralsim sweep --resume " + sub.resolve("shards/1"))
        .containsPattern("merge: job [0-9]+ pending \\(Dependency")
        .contains("1 shard unfinished; submit it and the merge with: viralsim submit --resume " + sub);
    String resumed = shown(viralsim("submit", "--resume", sub.toString()), "submit --resume");
    assertThat(resumed).contains("Resubmitted 1 of 4 shards of sweep slow-sweep: job array").contains("(task 1)");
    awaitMerged(sub);
    shown(viralsim("status", sub.toString()), "status");
    assertThat(String.join("\n", logs(sub, "shard-1."))).as("the second task finished the first's runs")
        .containsPattern("Sweep slow-sweep: 4 points, 12 runs \\(([0-9]|1[01]) run now\\)");

    SweepCommandTest.ok("sweep", sweep.toString(), "--out", dir.resolve("slow-whole").toString(), "--threads", "2");
    assertSameTables(dir.resolve("slow-whole"), sub.resolve("merged"));
  }

  /** Shows a command's output in the test's log, as the documentation quotes it. */
  private static String shown(String output, String command) {
    System.out.println("$ viralsim " + command + " ...\n" + output);
    return output;
  }

  private static void assertSameTables(Path whole, Path merged) throws IOException {
    assertThat(Files.readAllLines(merged.resolve("points.csv"))).isEqualTo(Files.readAllLines(whole.resolve("points.csv")));
    assertThat(SweepCommandTest.withoutTiming(merged.resolve("runs.csv")))
        .isEqualTo(SweepCommandTest.withoutTiming(whole.resolve("runs.csv")));
  }

  private static void awaitMerged(Path sub) throws Exception {
    await(() -> Files.isDirectory(sub.resolve("merged")), "the merge job's result", sub);
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  /** Waits up to 90 s; failing, shows the status and the jobs' logs. */
  private static void await(Check check, String what, Path sub) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + what + " after 90 s\n" + viralsim("status", sub.toString()) + "\n"
            + String.join("\n", logs(sub, "")) + "\n" + slurm.run("squeue", "--array"));
      }
      Thread.sleep(100);
    }
  }

  private static List<String> logs(Path sub, String prefix) throws IOException {
    List<String> all = new ArrayList<>();
    try (var files = Files.list(sub.resolve("logs"))) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().startsWith(prefix)) all.add("--- " + f.getFileName() + "\n" + Files.readString(f));
      }
    }
    return all;
  }

  /** Runs viralsim in a JVM of its own, as the launcher would, against the test's cluster; returns its output. */
  private static String viralsim(String... args) throws IOException, InterruptedException {
    return Programs.output(command(args), slurm.env());
  }

  private static List<String> command(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
