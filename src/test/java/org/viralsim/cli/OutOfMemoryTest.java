package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario whose runs cannot fit in the heap ends with one line that says so and what to change,
 * exit code 2, and no results folder: in a child JVM with a small heap, since the test's own JVM
 * must not run out of memory.
 */
@Tag("slow")
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void runsThatDoNotFitInMemoryEndWithOneClearLine() throws IOException, InterruptedException {
    // Every brand item reaches nearly everyone (threshold 0.01) and the brand answers every complaint.
    Path scenario = Files.writeString(dir.resolve("explosive.yaml"), """
        name: explosive
        seed: 3
        steps: 200
        replications: 2
        network: {type: barabasi_albert, nodes: 20000, mean_degree: 10}
        campaign: {appeal: 5, start: 0, seeding: {strategy: random, count: 20}}
        brand:
          name: acme
          customers: 0.6
          response: {policy: respond, delay: 1, coverage: 1}
          incidents: [{tick: 1, share: 0.2}]
        diffusion: {model: threshold, threshold: {distribution: fixed, value: 0.01}}
        """);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = dir.resolve("out");
    Process child = new ProcessBuilder(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "run", scenario.toString(), "--out", out.toString(), "--threads", "2")
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    boolean finished = child.waitFor(120, TimeUnit.SECONDS);
    if (!finished) child.destroyForcibly().waitFor();
    assertThat(finished).as("child finished").isTrue();
    List<String> log = Files.readAllLines(dir.resolve("child.log"));
    assertThat(child.exitValue()).as(String.join("\n", log)).isEqualTo(2);
    // progress lines, and the JVM's note of options from the environment
    List<String> messages = log.stream()
        .filter(l -> !l.startsWith("replications: ") && !l.startsWith("Picked up ")).toList();
    assertThat(messages).as("one line, no stack trace").hasSize(1);
    assertThat(messages.get(0)).startsWith("viralsim: out of memory: the runs in flight need more than")
        .contains("VIRALSIM_JAVA_OPTS=-Xmx", "--threads");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("explosive.yaml", "child.log");
    }
  }
}
