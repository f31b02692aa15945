package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run keeps no replication's series or items: in a child JVM whose heap holds about a quarter of
 * what its replications' series and items take together, a run of many long replications
 * completes, with every row written.
 */
@Tag("slow")
class FlatMemoryRunTest {
  @TempDir Path dir;

  @Test
  void manyLongReplicationsRunInASmallHeap() throws IOException, InterruptedException {
    // 28 per-tick measures x 1,500 ticks x 8 bytes: over 300 KB of series per replication, 600 x that
    // is about 200 MB, four times the heap.
    Path scenario = Files.writeString(dir.resolve("long.yaml"), """
        name: long
        seed: 11
        steps: 1500
        replications: 600
        network: {type: barabasi_albert, nodes: 300, mean_degree: 4}
        campaign: {appeal: 4, seeding: {strategy: random, count: 5}}
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("out");
    Process child = new ProcessBuilder(java, "-Xmx48m", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString(), "--out",
        out.toString(), "--threads", "2")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    boolean finished = child.waitFor(300, TimeUnit.SECONDS);
    if (!finished) child.destroyForcibly().waitFor();
    assertThat(finished).as("child finished").isTrue();
    List<String> log = Files.readAllLines(dir.resolve("child.log"));
    assertThat(child.exitValue()).as(String.join("\n", log)).isZero();
    assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSize(1 + 600);
    try (var lines = Files.lines(out.resolve("timeseries.csv"))) {
      assertThat(lines.count()).isEqualTo(1 + 600 * 1500);
    }
    assertThat(out.resolve("reach_over_time.png")).isRegularFile();
  }
}
