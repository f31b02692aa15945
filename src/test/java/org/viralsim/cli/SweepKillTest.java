package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed without warning (as by SIGKILL) in a real process, then resumed. */
@Tag("slow")
class SweepKillTest {
  private static final String SWEEP = """
      base:
        name: bigger
        seed: 11
        steps: 40
        network: {type: erdos_renyi, nodes: 3000, mean_degree: 6}
        campaign: {appeal: 3, start: 1, seeding: {strategy: top_degree, count: 5}}
      parameters:
        - {key: campaign.appeal, from: 1, to: 4, steps: 8}
        - {key: population.roles.lurker.reshare, values: [0.02, 0.05]}
      replications: 8
      """;

  @TempDir Path dir;

  @Test
  void aKilledSweepResumesToTheSameFilesWithoutLossOrDuplicates() throws Exception {
    Path sweep = Files.writeString(dir.resolve("kill.yaml"), SWEEP);
    Path killed = dir.resolve("killed");
    Path staging = dir.resolve(".killed.sweep-partial");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "sweep", sweep.toString(), "--out", killed.toString(), "--threads", "2")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      Path runs = staging.resolve("runs.csv");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lines(runs) < 4 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
      assertThat(child.isAlive()).as("the child is mid-sweep").isTrue();
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(killed).as("killed before the end").doesNotExist();
    int before = lines(staging.resolve("runs.csv")) - 1;
    assertThat(before).as("all 128 only if killed while drawing the charts").isBetween(3, 128);

    Cli.Result resumed = SweepCommandTest.ok("sweep", "--resume", killed.toString(), "--threads", "2");
    assertThat(resumed.out()).contains("128 runs");
    SweepCommandTest.ok("sweep", sweep.toString(), "--out", dir.resolve("whole").toString(), "--threads", "1");
    SweepCommandTest.assertSameResults(dir.resolve("whole"), killed);
  }

  private static int lines(Path file) throws IOException {
    if (!Files.exists(file)) return 0;
    return Files.readAllLines(file).size();
  }
}
