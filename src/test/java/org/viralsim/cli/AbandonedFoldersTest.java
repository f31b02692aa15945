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
 * A run killed with SIGKILL leaves its hidden staging folder; the next run into the same place
 * removes it, because its writer's lock is gone, and says so; a running writer's folder stays.
 */
@Tag("slow")
class AbandonedFoldersTest {
  static final String SLOW = RunCommandTest.SCENARIO.replace("replications: 4", "replications: 100000")
      .replace("nodes: 120", "nodes: 3000");

  @TempDir Path dir;

  List<Path> partials() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().contains(".partial-")).sorted().toList();
    }
  }

  Process slowRun(Path out) throws IOException {
    Path scenario = Files.writeString(dir.resolve("slow.yaml"), SLOW);
    return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.viralsim.cli.Main", "run",
        scenario.toString(), "--out", out.toString(), "--threads", "1").redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
  }

  void awaitPartials(int n) throws Exception {
    for (int i = 0; i < 600 && partials().size() < 2 * n; i++) Thread.sleep(50); // each: a folder and its lock file
    assertThat(partials()).hasSize(2 * n);
  }

  @Test
  void theNextRunRemovesWhatAKilledRunLeftAndSaysSo() throws Exception {
    Process killed = slowRun(dir.resolve("first"));
    awaitPartials(1);
    killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(partials()).as("left behind by the kill").hasSize(2);

    Path scenario = Files.writeString(dir.resolve("tiny.yaml"), RunCommandTest.SCENARIO);
    Cli.Result next = Cli.execute("run", scenario.toString(), "--out", dir.resolve("second").toString());
    assertThat(next.exit()).as(next.toString()).isZero();
    assertThat(next.errLines()).anyMatch(l -> l.startsWith("viralsim: note: removed 1 unfinished results folder"));
    assertThat(partials()).as("nothing hidden left").isEmpty();
    assertThat(dir.resolve("second").resolve("runs.csv")).exists();
    assertThat(dir.resolve("first")).doesNotExist();
  }

  @Test
  void filesThatMerelyLookLikeOursAreLeftAlone() throws Exception {
    Files.createDirectory(dir.resolve(".mine.partial-x"));
    Files.writeString(dir.resolve(".mine.partial-x.lock"), "");
    Files.writeString(dir.resolve(".notes.partial-12345678-1234-1234-1234-123456789abc"), "a file, not a folder");
    Files.writeString(dir.resolve(".notes.partial-12345678-1234-1234-1234-123456789abc.lock"), "");
    Path scenario = Files.writeString(dir.resolve("tiny.yaml"), RunCommandTest.SCENARIO);
    Cli.Result r = Cli.execute("run", scenario.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).noneMatch(l -> l.contains("removed"));
    assertThat(partials()).hasSize(4);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new") || n.startsWith(".out."));
    }
  }

  @Test
  void aRunningWritersFolderStays() throws Exception {
    Process running = slowRun(dir.resolve("first"));
    try {
      awaitPartials(1);
      List<Path> before = partials();
      Path scenario = Files.writeString(dir.resolve("tiny.yaml"), RunCommandTest.SCENARIO);
      Cli.Result next = Cli.execute("run", scenario.toString(), "--out", dir.resolve("second").toString());
      assertThat(next.exit()).as(next.toString()).isZero();
      assertThat(next.errLines()).noneMatch(l -> l.contains("removed"));
      assertThat(partials()).as("the running one's").isEqualTo(before);
    } finally {
      running.destroyForcibly();
      running.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
