package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.io.network.EdgeListReader;

/** {@code viralsim bench --twitter} on a small synthetic network: generated once, then reused. */
class TwitterBenchTest {
  @TempDir Path dir;

  @Test
  void generatesTheNetworkThenReusesIt() {
    Path graph = dir.resolve("tw.graph");
    String[] args = {"bench", "--twitter", "--users", "5000", "--follows", "60000", "--replications", "2", "--ticks", "3",
        "--graph", graph.toString()};
    Cli.Result first = Cli.execute(args);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.outLines()).hasSize(5);
    assertThat(first.outLines().get(0)).startsWith("graph: " + graph + " generated in ").endsWith("(5,000 users, 60,000 follows, 0.00 GB)");
    assertThat(first.outLines().get(1)).matches("load: [0-9.]+ s from the binary file \\(5,000 users, 60,000 follows\\)");
    assertThat(first.outLines().get(2)).matches("replication 1: [0-9.]+ s, 3 ticks, campaign reach [0-9,]+ users \\([0-9.]+%\\)");
    assertThat(first.outLines().get(4)).matches("peak memory: ([0-9.]+ GB|unknown) \\(VmHWM\\); heap limit [0-9.]+ GB");
    assertThat(EdgeListReader.read(graph, true).graph().arcCount()).isEqualTo(60_000);

    Cli.Result again = Cli.execute(args);
    assertThat(again.outLines().get(0)).isEqualTo("graph: " + graph + " (reused)");
    assertThat(again.outLines().subList(2, 4)).extracting(l -> l.replaceAll(": [0-9.]+ s,", ""))
        .isEqualTo(first.outLines().subList(2, 4).stream().map(l -> l.replaceAll(": [0-9.]+ s,", "")).toList());
  }

  @Test
  void aTemporaryNetworkIsRemovedAndOptionsAreChecked() throws Exception {
    long before;
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      before = files.filter(p -> p.getFileName().toString().startsWith("viralsim-twitter-")).count();
    }
    Cli.Result r = Cli.execute("bench", "--twitter", "--users", "3000", "--follows", "9000", "--replications", "1", "--ticks", "1");
    assertThat(r.exit()).as(r.toString()).isZero();
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("viralsim-twitter-")).count()).isEqualTo(before);
    }
    assertThat(Cli.execute("bench", "--users", "10").errLines()).containsExactly("viralsim: --users: goes with --twitter");
    assertThat(Cli.execute("bench", "--twitter", "--p", "0.1").errLines())
        .containsExactly("viralsim: --p: does not go with --twitter");
    assertThat(Cli.execute("bench", "--twitter", "--users", "1000", "--follows", "100000").errLines())
        .containsExactly("viralsim: --twitter: follows must be in [0, 49,500] for 1,000 users, was 100,000");
    assertThat(Cli.execute("bench", "--twitter", "--ticks", "0").errLines())
        .containsExactly("viralsim: --ticks: must be at least 1, was 0");
  }
}
