package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.testing.TinySweep;

/**
 * A disk that fills at any stage: {@code run}, {@code sweep} and {@code merge} into a small tmpfs of
 * sizes from a tenth of what the results need to all of it. Each ends either with a complete folder
 * (exit 0) or with one line (exit 2) and no folder under its final name, nothing hidden left by a
 * run; never a complete-looking folder with files missing or cut short. Mounting needs root: elsewhere
 * the test is skipped, saying so.
 */
@Tag("slow")
class DiskFullTest {
  static final String SWEEP = """
      base: tiny.yaml
      parameters:
        - {key: campaign.appeal, values: [1, 2, 3]}
      replications: 2
      """;

  @TempDir Path dir;
  Path disk;

  @BeforeEach
  void mountPoint() throws IOException {
    disk = Files.createDirectories(dir.resolve("disk"));
  }

  @AfterEach
  void unmount() throws Exception {
    new ProcessBuilder("umount", disk.toString()).start().waitFor();
  }

  boolean mount(long bytes) throws Exception {
    new ProcessBuilder("umount", disk.toString()).start().waitFor();
    long kb = Math.max(4, bytes / 1024);
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + kb + "k", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    return p.waitFor() == 0;
  }

  static long size(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  /** What a command writes into a folder (in the temp dir, or on the small disk). */
  interface Writer {
    Cli.Result write(Path out) throws IOException;
  }

  Writer writer(String command) throws IOException {
    Path sweep = TinySweep.write(dir, SWEEP); // s.yaml beside tiny.yaml
    Path scenario = Files.writeString(dir.resolve("scenario.yaml"), RunCommandTest.SCENARIO);
    return switch (command) {
      case "run" -> out -> Cli.execute("run", scenario.toString(), "--out", out.toString());
      case "sweep" -> out -> Cli.execute("sweep", sweep.toString(), "--out", out.toString());
      default -> {
        for (int i = 1; i <= 2; i++) {
          Cli.Result shard = Cli.execute("sweep", sweep.toString(), "--out", dir.resolve("shard" + i).toString(),
              "--shard", i + "/2");
          assertThat(shard.exit()).as(shard.toString()).isZero();
        }
        yield out -> Cli.execute("merge", dir.resolve("shard1").toString(), dir.resolve("shard2").toString(), "--out",
            out.toString());
      }
    };
  }

  /**
   * In its own JVM, where a library's background thread (the image writer's closer) failing on the
   * full disk once printed a stack trace after the one line.
   */
  @ParameterizedTest(name = "{0} of the space")
  @ValueSource(doubles = {0.2, 0.5, 0.8, 0.95})
  void aSweepInItsOwnProcessSaysOneLineOnAFullDisk(double share) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
    Path sweep = TinySweep.write(dir, SWEEP);
    Cli.Result whole = Cli.execute("sweep", sweep.toString(), "--out", dir.resolve("reference").toString());
    assertThat(whole.exit()).as(whole.toString()).isZero();
    assumeTrue(mount((long) (size(dir.resolve("reference")) * share)), "cannot mount a tmpfs here");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.viralsim.cli.Main", "sweep",
        sweep.toString(), "--out", disk.resolve("out").toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int exit = p.waitFor();
    assertThat(output).as(output).doesNotContain("Exception in thread").doesNotContain("\tat ");
    if (share < 0.5) assertThat(exit).as("a fifth of the space cannot hold it: %s", output).isNotZero();
    if (exit != 0) {
      assertThat(exit).as(output).isEqualTo(2);
      assertThat(output.lines().filter(l -> l.startsWith("viralsim: "))).as(output).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"run", "sweep", "merge"})
  void aDiskThatFillsLeavesACompleteFolderOrNone(String command) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")), "mounting a small tmpfs needs root");
    Writer writer = writer(command);
    Path reference = dir.resolve("reference");
    Cli.Result whole = writer.write(reference);
    assertThat(whole.exit()).as(whole.toString()).isZero();
    List<String> files = names(reference);
    long needed = size(reference);
    List<String> outcomes = new ArrayList<>();
    for (double share : new double[] {0.1, 0.3, 0.5, 0.7, 0.85, 0.95, 1.0, 1.5, 3.0}) {
      assumeTrue(mount((long) (needed * share)), "cannot mount a tmpfs here");
      Path out = disk.resolve("out");
      Cli.Result r = writer.write(out);
      outcomes.add(share + ": exit " + r.exit());
      if (r.exit() == 0) {
        assertThat(names(out)).as("%s at %s of the space: every file", command, share).isEqualTo(files);
        for (String f : files) {
          if (f.endsWith(".csv") || f.endsWith(".json") || f.endsWith(".yaml") || f.endsWith(".md")) {
            assertThat(out.resolve(f)).as(f).isNotEmptyFile();
          }
        }
        assertThat(Files.readAllLines(out.resolve("runs.csv"))).hasSameSizeAs(Files.readAllLines(reference.resolve("runs.csv")));
      } else {
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.errLines().stream().filter(l -> l.startsWith("viralsim: ")))
            .as("one line besides the progress: %s", r).singleElement().asString().contains(out.toString());
        assertThat(out).as("no folder under its final name").doesNotExist();
        if (!command.equals("sweep")) {
          try (Stream<Path> left = Files.list(disk)) {
            assertThat(left.map(Path::getFileName).map(Path::toString)).as("nothing hidden left").isEmpty();
          }
        }
      }
    }
    assertThat(outcomes).as("the small disks fail, the large ones succeed").first().asString().endsWith("exit 2");
    assertThat(outcomes).last().asString().endsWith("exit 0");
  }
}
