package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viralsim.cli.SweepCommandTest.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.testing.TinySweep;

/**
 * Sweeps over a network shared by all runs (an edge list, or a generated network with a seed): each
 * point's network is built once and shared, and every run must be the run {@code viralsim run}
 * makes of that point's scenario with the same replication.
 */
class SweepSharedNetworkTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"{type: edge_list, path: ring.txt}", "{type: watts_strogatz, nodes: 80, mean_degree: 4,"
      + " rewiring: 0.2, seed: 9}"})
  void eachRunIsThatPointsRunAsRunMakesIt(String network) throws IOException {
    StringBuilder ring = new StringBuilder();
    for (int u = 0; u < 80; u++) ring.append(u).append(' ').append((u + 1) % 80).append('\n').append(u).append(' ')
        .append((u + 7) % 80).append('\n');
    Files.writeString(dir.resolve("ring.txt"), ring);
    Files.writeString(dir.resolve("base.yaml"), """
        name: shared
        seed: 11
        steps: 10
        replications: 3
        network: %s
        campaign: {appeal: 4, start: 0, seeding: {strategy: random, count: 3}}
        """.formatted(network));
    Path sweep = Files.writeString(dir.resolve("s.yaml"), """
        base: base.yaml
        parameters:
          - {key: campaign.appeal, values: [2, 12]}
        replications: 3
        """);
    ok("sweep", sweep.toString(), "--out", dir.resolve("sweep").toString(), "--threads", "2");
    List<String> sweepRows = SweepCommandTest.withoutTiming(dir.resolve("sweep/runs.csv"));
    String[] header = sweepRows.get(0).split(",");
    int reach = List.of(header).indexOf("reach");
    int impressions = List.of(header).indexOf("impressions");
    for (int point = 0; point < 2; point++) {
      String appeal = point == 0 ? "2" : "12";
      Path out = dir.resolve("run" + point);
      ok("run", dir.resolve("base.yaml").toString(), "--set", "campaign.appeal=" + appeal, "--out", out.toString());
      List<String> runRows = Files.readAllLines(out.resolve("runs.csv"));
      List<String> runHeader = List.of(runRows.get(0).split(","));
      for (int r = 0; r < 3; r++) {
        String[] s = sweepRows.get(1 + point * 3 + r).split(",");
        String[] single = runRows.get(1 + r).split(",");
        assertThat(s[reach]).as("reach, point %d replication %d", point, r)
            .isEqualTo(single[runHeader.indexOf("reach")]);
        assertThat(s[impressions]).isEqualTo(single[runHeader.indexOf("impressions")]);
      }
    }
  }

  @Test
  void benchTimesASweepAtEachThreadCount() throws IOException {
    Path sweep = TinySweep.write(dir, SweepCommandTest.GRID);
    Cli.Result r = ok("bench", "--sweep", sweep.toString(), "--threads", "1,2", "--runs", "12", "--rounds", "2",
        "--warmup", "0");
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).contains("12 runs per round, 2 rounds");
    assertThat(lines.get(3)).startsWith("| 1 | ").endsWith("| 1.00 |");
    String[] two = lines.get(4).split("\\|");
    assertThat(two[1].strip()).isEqualTo("2");
    assertThat(Double.parseDouble(two[2].strip())).isPositive();
    assertThat(Double.parseDouble(two[3].strip())).isPositive();
    assertThat(lines).hasSize(5);
  }

  @Test
  void benchRejectsBadThreadCountsAndThreadsWithoutASweep() throws IOException {
    Path sweep = TinySweep.write(dir, SweepCommandTest.GRID);
    Cli.Result zero = Cli.execute("bench", "--sweep", sweep.toString(), "--threads", "0,2");
    assertThat(zero.exit()).isNotZero();
    assertThat(zero.err()).contains("--threads");
    for (String[] alone : List.of(new String[] {"--threads", "2"}, new String[] {"--runs", "10"},
        new String[] {"--rounds", "5"}, new String[] {"--runs", "2000"})) {
      Cli.Result r = Cli.execute("bench", alone[0], alone[1]);
      assertThat(r.exit()).as(alone[0]).isNotZero();
      assertThat(r.errLines()).as("refused even at its default value").containsExactly("viralsim: " + alone[0]
          + ": goes with --sweep");
    }
    for (String[] cascadeOnly : List.of(new String[] {"--p", "2"}, new String[] {"--seeds", "0"},
        new String[] {"--cascades", "50"}, new String[] {"--rng-seed", "9"}, new String[] {"--edges", "e.txt"})) {
      assertThat(Cli.execute("bench", "--sweep", sweep.toString(), cascadeOnly[0], cascadeOnly[1]).errLines())
          .containsExactly("viralsim: " + cascadeOnly[0] + ": does not go with --sweep (the sweep file sets its runs)");
    }
    assertThat(Cli.execute("bench", "--sweep", sweep.toString(), "--runs", "0").errLines())
        .containsExactly("viralsim: --runs: must be at least 1, was 0");
    assertThat(Cli.execute("bench", "--sweep", sweep.toString(), "--rounds", "-1").errLines())
        .containsExactly("viralsim: --rounds: must be at least 1, was -1");
  }

  @Test
  void benchTimesEachThreadCountOnceAndSaysRoundInTheSingular() throws IOException {
    Path sweep = TinySweep.write(dir, SweepCommandTest.GRID);
    Cli.Result r = ok("bench", "--sweep", sweep.toString(), "--threads", "1,1", "--runs", "4", "--rounds", "1",
        "--warmup", "0");
    assertThat(r.outLines().get(0)).contains("4 runs per round, 1 round, median");
    assertThat(r.outLines()).hasSize(4);
  }
}
