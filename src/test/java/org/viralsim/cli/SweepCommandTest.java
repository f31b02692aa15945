package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.experiment.Seeds;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.sweep.SweepSchedule;
import org.viralsim.testing.TinySweep;

/** {@code viralsim sweep} and {@code viralsim merge} end to end. */
@Tag("slow")
class SweepCommandTest {
  static final String GRID = """
      base: tiny.yaml
      parameters:
        - {key: campaign.appeal, values: [1, 2]}
        - {key: network.mean_degree, from: 2, to: 6, steps: 3}
      replications: 3
      """;

  @TempDir Path dir;

  Path sweepFile(String text) throws IOException {
    return TinySweep.write(dir, text);
  }

  static Cli.Result ok(String... args) {
    Cli.Result r = Cli.execute(args);
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  /** A table's lines without its last column (runs.csv: the timing column). */
  static List<String> withoutTiming(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }

  /** The same tables, and the same charts, byte for byte in PNG and SVG. */
  static void assertSameResults(Path a, Path b) throws IOException {
    assertThat(withoutTiming(b.resolve("runs.csv"))).isEqualTo(withoutTiming(a.resolve("runs.csv")));
    assertThat(Files.readAllLines(b.resolve("points.csv"))).isEqualTo(Files.readAllLines(a.resolve("points.csv")));
    assertThat(Files.readString(b.resolve("sweep.yaml"))).isEqualTo(Files.readString(a.resolve("sweep.yaml")));
    List<String> charts = SweepChartFilesTest.charts(a);
    assertThat(charts).isNotEmpty();
    assertThat(SweepChartFilesTest.charts(b)).isEqualTo(charts);
    for (String chart : charts) {
      for (String format : List.of(".png", ".svg")) {
        assertThat(Files.readAllBytes(b.resolve(chart + format))).as(chart + format)
            .isEqualTo(Files.readAllBytes(a.resolve(chart + format)));
      }
    }
  }

  @Test
  void resultsAreTheSameForAnyNumberOfThreads() throws IOException {
    Path s = sweepFile(GRID);
    ok("sweep", s.toString(), "--out", dir.resolve("one").toString(), "--threads", "1");
    ok("sweep", s.toString(), "--out", dir.resolve("two").toString(), "--threads", "2");
    assertSameResults(dir.resolve("one"), dir.resolve("two"));
    assertThat(Files.readAllLines(dir.resolve("one/runs.csv"))).hasSize(1 + 6 * 3);
    assertThat(Files.readAllLines(dir.resolve("one/points.csv")).get(0))
        .isEqualTo("point,campaign.appeal,network.mean_degree,replications,metric,mean,sd,ci95_low,ci95_high,n");
    assertThat(Files.readString(dir.resolve("one/manifest.json"))).contains("\"sweep_hash\"");
  }

  @Test
  void replicationIUsesTheSameSeedAtEveryPoint() throws IOException {
    ok("sweep", sweepFile(GRID).toString(), "--out", dir.resolve("out").toString());
    for (String line : Files.readAllLines(dir.resolve("out/runs.csv")).subList(1, 19)) {
      String[] f = line.split(",");
      assertThat(Long.parseLong(f[2])).isEqualTo(Seeds.replication(5, Integer.parseInt(f[1])));
    }
  }

  @Test
  void resumingAPartialSweepRunsOnlyWhatIsMissing() throws IOException {
    Path s = sweepFile(GRID);
    ok("sweep", s.toString(), "--out", dir.resolve("full").toString());
    ok("sweep", s.toString(), "--out", dir.resolve("cut").toString());
    // What an interrupted sweep leaves: its hidden folder, some runs in finishing order and a torn line.
    Path staging = dir.resolve(".cut.sweep-partial");
    Files.move(dir.resolve("cut"), staging);
    Files.delete(staging.resolve("points.csv"));
    List<String> lines = new ArrayList<>(Files.readAllLines(staging.resolve("runs.csv")));
    List<String> kept = new ArrayList<>(lines.subList(1, 12));
    Collections.shuffle(kept, new Random(1));
    String torn = lines.get(12).substring(0, 20);
    Files.writeString(staging.resolve("runs.csv"), lines.get(0) + "\n" + String.join("\n", kept) + "\n" + torn);
    Cli.Result r = ok("sweep", "--resume", dir.resolve("cut").toString());
    assertThat(r.out()).contains("18 runs (7 run now)");
    assertSameResults(dir.resolve("full"), dir.resolve("cut"));
    assertThat(Files.readString(dir.resolve("cut/manifest.json"))).as("the sweep file as first given")
        .contains("\"scenario_file\" : \"" + s + "\"");
    assertThat(staging).doesNotExist();
  }

  @Test
  void resumeRefusesAFinishedOrUnknownFolder() throws IOException {
    ok("sweep", sweepFile(GRID).toString(), "--out", dir.resolve("done").toString());
    Cli.Result finished = Cli.execute("sweep", "--resume", dir.resolve("done").toString());
    assertThat(finished.exit()).isEqualTo(2);
    assertThat(finished.errLines()).containsExactly("viralsim: " + dir.resolve("done")
        + ": is a finished sweep; there is nothing to resume");
    assertThat(Cli.execute("sweep", "--resume", dir.resolve("nothing").toString()).exit()).isEqualTo(2);
  }

  @Test
  void shardsMergeIntoTheUnshardedResult() throws IOException {
    Path s = sweepFile(GRID);
    ok("sweep", s.toString(), "--out", dir.resolve("all").toString());
    ok("sweep", s.toString(), "--out", dir.resolve("s1").toString(), "--shard", "1/2");
    ok("sweep", s.toString(), "--out", dir.resolve("s2").toString(), "--shard", "2/2");
    assertThat(Files.readAllLines(dir.resolve("s1/runs.csv"))).hasSize(1 + 9);
    Cli.Result merged = ok("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out",
        dir.resolve("merged").toString());
    assertThat(merged.out()).contains(": 6 points, 18 runs merged from 2 folders");
    assertSameResults(dir.resolve("all"), dir.resolve("merged"));
  }

  @Test
  void mergeRefusesOtherSweepsAndMissingOrDuplicateRuns() throws IOException {
    Path s = sweepFile(GRID);
    ok("sweep", s.toString(), "--out", dir.resolve("s1").toString(), "--shard", "1/2");
    ok("sweep", s.toString(), "--out", dir.resolve("s2").toString(), "--shard", "2/2");
    Path other = Files.writeString(dir.resolve("other.yaml"), GRID.replace("replications: 3", "replications: 2"));
    ok("sweep", other.toString(), "--out", dir.resolve("o2").toString(), "--shard", "2/2");
    String out = dir.resolve("merged").toString();
    Cli.Result foreign = Cli.execute("merge", dir.resolve("s1").toString(), dir.resolve("o2").toString(), "--out", out);
    assertThat(foreign.exit()).isEqualTo(2);
    assertThat(foreign.err()).contains(dir.resolve("o2") + ": belongs to another sweep");
    Cli.Result twice = Cli.execute("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(),
        dir.resolve("s1").toString(), "--out", out);
    assertThat(twice.errLines()).containsExactly("viralsim: " + dir.resolve("s1") + ": given twice");
    Files.move(dir.resolve("s2"), dir.resolve(".s2.sweep-partial")); // as a shard that was interrupted
    Cli.Result unfinished = Cli.execute("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(),
        "--out", out);
    assertThat(unfinished.errLines()).containsExactly("viralsim: " + dir.resolve("s2") + ": is an interrupted sweep"
        + " (runs so far in " + dir.resolve(".s2.sweep-partial") + "); finish it with viralsim sweep --resume "
        + dir.resolve("s2"));
    Cli.Result none = Cli.execute("merge", dir.resolve("s1").toString(), dir.resolve("s3").toString(), "--out", out);
    assertThat(none.errLines()).containsExactly("viralsim: " + dir.resolve("s3") + ": no such folder");
    Cli.Result file = Cli.execute("merge", dir.resolve("s1").toString(), s.toString(), "--out", out);
    assertThat(file.errLines()).containsExactly("viralsim: " + s + ": is not a folder");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("s1"));
    Cli.Result linked = Cli.execute("merge", dir.resolve("s1").toString(), link.toString(), "--out", out);
    assertThat(linked.errLines()).containsExactly("viralsim: " + link + ": given twice");
    Files.delete(link);
    Files.move(dir.resolve("o2"), dir.resolve(".o2.sweep-partial")); // another sweep's: not named below
    Cli.Result missing = Cli.execute("merge", dir.resolve("s1").toString(), "--out", out);
    assertThat(missing.errLines()).containsExactly("viralsim: replication 1 of point 0 is in none of the"
        + " folders (9 runs missing; shard 2/2 not given); merge every shard; unfinished shards of this sweep lie beside them: finish them with"
        + " viralsim sweep --resume " + dir.resolve("s2"));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no half-written merge left behind")
          .containsExactlyInAnyOrder("tiny.yaml", "s.yaml", "other.yaml", "s1", ".s2.sweep-partial", ".o2.sweep-partial");
    }
  }

  @Test
  void aSweepFolderIsWrittenByOneProcessAtATime() throws IOException {
    Path s = sweepFile(GRID);
    ok("sweep", s.toString(), "--out", dir.resolve("busy").toString());
    Files.move(dir.resolve("busy"), dir.resolve(".busy.sweep-partial"));
    try (SweepFolder held = SweepFolder.resume(dir.resolve("busy"))) {
      Cli.Result second = Cli.execute("sweep", "--resume", dir.resolve("busy").toString());
      assertThat(second.exit()).isEqualTo(2);
      assertThat(second.errLines()).containsExactly("viralsim: " + dir.resolve("busy") + ": another viralsim sweep"
          + " is running into " + held.dir() + " (its .lock is locked); wait for it to end");
    }
    Cli.Result resumed = ok("sweep", "--resume", dir.resolve("busy").toString());
    assertThat(resumed.out()).contains("18 runs (0 run now)");
    assertThat(dir.resolve("busy/.lock")).as("the lock goes with the finished sweep").doesNotExist();
    assertThat(Cli.execute("sweep", s.toString(), "--resume", dir.resolve("busy").toString()).errLines())
        .containsExactly("viralsim: sweep: give a sweep file or --resume DIR, not both");
  }

  @Test
  void aReplicationTargetAddsBatchesUntilTheIntervalIsNarrowEnough() throws IOException {
    Path s = sweepFile(GRID);
    Cli.Result r = ok("sweep", s.toString(), "--out", dir.resolve("ci").toString(), "--target-ci", "reach=1.5",
        "--max-replications", "12");
    List<String> runs = Files.readAllLines(dir.resolve("ci/runs.csv"));
    assertThat(runs.size() - 1).as("some points needed more than one batch").isGreaterThan(18);
    assertThat(r.err()).contains("runs: 18/18 done").contains("runs, round 2: ");
    int reach = Arrays.asList(runs.get(0).split(",")).indexOf("reach");
    int capped = 0;
    for (int p = 0; p < 6; p++) {
      String prefix = p + ",";
      double[] x = runs.stream().filter(l -> l.startsWith(prefix))
          .mapToDouble(l -> Double.parseDouble(l.split(",")[reach])).toArray();
      assertThat(x.length % 3 == 0 || x.length == 12).isTrue();
      assertThat(SweepSchedule.halfWidth(x) < 1.5 || x.length == 12).as("point " + p).isTrue();
      if (x.length > 3) assertThat(SweepSchedule.halfWidth(Arrays.copyOf(x, x.length - 3))).isGreaterThanOrEqualTo(1.5);
      if (!(SweepSchedule.halfWidth(x) < 1.5)) capped++;
    }
    assertThat(Files.readString(dir.resolve("ci/sweep.yaml"))).contains("target_ci");
    String warning = "sweep: warning: " + capped + " of 6 points stopped at 12 replications with the 95% half-width"
        + " of reach still at or above 1.5";
    if (capped > 0) assertThat(r.err()).contains(warning);
    else assertThat(r.err()).doesNotContain("warning");
    Cli.Result tight = ok("sweep", s.toString(), "--out", dir.resolve("tight").toString(), "--target-ci",
        "reach=0.001", "--max-replications", "6");
    assertThat(tight.err()).as("points that could not reach the target are named")
        .containsPattern("sweep: warning: [1-6] of 6 points stopped at 6 replications with the 95% half-width of"
            + " reach still at or above 0.001 \\(up to [0-9.e+]+; points [0-9, ]+\\); raise --max-replications");
  }

  @Test
  void anAnalysisOutputThatIsUndefinedSomewhereGetsEmptyIndices() throws IOException {
    // Nothing is spent, so the return on investment is undefined at every point; reach is not.
    Path s = sweepFile("""
        base:
          seed: 3
          steps: 8
          network: {type: erdos_renyi, nodes: 60, mean_degree: 4}
          campaign: {appeal: 3, seeding: {strategy: random, count: 2, cost_per_seed: 0}}
        parameters:
          - {key: campaign.appeal, from: 0.5, to: 4}
          - {key: population.roles.lurker.reshare, from: 0.01, to: 0.3}
        replications: 1
        analysis: {method: morris, outputs: [reach, roi], trajectories: 3, levels: 4}
        """);
    ok("sweep", s.toString(), "--out", dir.resolve("m").toString());
    List<String> lines = Files.readAllLines(dir.resolve("m/sensitivity.csv"));
    assertThat(lines).containsExactly("parameter,output,mu,mu_star,sigma",
        lines.get(1), lines.get(2), "campaign.appeal,roi,,,", "population.roles.lurker.reshare,roi,,,");
    assertThat(lines.get(1)).startsWith("campaign.appeal,reach,").doesNotContain(",,");
    assertThat(dir.resolve("m/sensitivity_reach.png")).exists();
    assertThat(dir.resolve("m/sensitivity_roi.png")).doesNotExist();
  }

  @Test
  void aSobolAnalysisWritesSensitivityIndices() throws IOException {
    Path s = sweepFile("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 0.5, to: 4}
          - {key: population.roles.lurker.reshare, from: 0.01, to: 0.3}
        replications: 1
        analysis: {method: sobol, outputs: [reach, viral], samples: 4, bootstrap: 50}
        """);
    ok("sweep", s.toString(), "--out", dir.resolve("sa").toString());
    List<String> lines = Files.readAllLines(dir.resolve("sa/sensitivity.csv"));
    assertThat(lines.get(0)).isEqualTo("parameter,output,S1,S1_low,S1_high,ST,ST_low,ST_high");
    assertThat(lines).hasSize(1 + 2 * 2);
    assertThat(Files.readAllLines(dir.resolve("sa/runs.csv"))).hasSize(1 + 4 * 4);
    assertThat(SweepChartFilesTest.charts(dir.resolve("sa"))).containsExactlyInAnyOrder(
        "reach_vs_campaign.appeal", "reach_vs_population.roles.lurker.reshare",
        "viral_fraction_vs_campaign.appeal", "viral_fraction_vs_population.roles.lurker.reshare",
        "sensitivity_reach", "sensitivity_viral_fraction");
  }

  @Test
  void badOptionsAreOneLineErrors() throws IOException {
    Path s = sweepFile(GRID);
    Cli.Result shard = Cli.execute("sweep", s.toString(), "--shard", "3/2");
    assertThat(shard.exit()).isEqualTo(2);
    assertThat(shard.errLines()).containsExactly("viralsim: --shard: expected I/N with 1 <= I <= N, was \"3/2\"");
    Cli.Result ci = Cli.execute("sweep", s.toString(), "--target-ci", "reach");
    assertThat(ci.errLines()).containsExactly("viralsim: --target-ci: expected METRIC=HALFWIDTH, was \"reach\"");
    assertThat(Cli.execute("sweep", s.toString(), "--target-ci", "reach=-1").errLines())
        .containsExactly("viralsim: --target-ci: must be greater than 0, was -1.0");
    assertThat(Cli.execute("sweep", s.toString(), "--target-ci", "reach=1", "--max-replications", "1").errLines())
        .containsExactly("viralsim: --max-replications: must be at least 2 (an interval needs two runs), was 1");
    Path scalar = Files.writeString(dir.resolve("scalar.yaml"), GRID + "target_ci: 5\n");
    assertThat(Cli.execute("sweep", scalar.toString(), "--target-ci", "reach=1").errLines())
        .as("the file's own fault").containsExactly("viralsim: " + scalar + ": target_ci: must be a mapping, was 5");
    assertThat(Cli.execute("sweep", s.toString(), "--target-ci", "reach=1", "--max-replications", "2").errLines())
        .containsExactly("viralsim: --max-replications: must be at least replications (3), was 2");
    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      assertThat(Cli.execute("sweep", "--help").out()).contains("95% CI");
    } finally {
      System.setErr(systemErr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).as("help text formats without warnings").isEmpty();
    Path out = dir.resolve("zero");
    Cli.Result zero = Cli.execute("sweep", s.toString(), "--threads", "0", "--out", out.toString());
    assertThat(zero.errLines()).containsExactly("viralsim: --threads: must be 1 to 1024, was 0");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("nothing made for a refused command")
          .noneMatch(name -> name.contains("zero"));
    }
    ok("sweep", s.toString(), "--threads", "1", "--out", out.toString()); // the folder is still free
  }

  @Test
  void aPointThatCannotWorkWithItsNetworkIsRefusedBeforeAnyRun() throws IOException {
    Path s = sweepFile("""
        base: tiny.yaml
        parameters:
          - {key: campaign.seeding.count, values: [2, 30]}
          - {key: network.nodes, values: [60, 20]}
        """);
    String expected = "viralsim: " + s + ": point 3 (campaign.seeding.count=30, network.nodes=20) is not a valid"
        + " scenario: campaign.seeding.count: asks for 30 seeds but the network has only 20 users";
    Path out = dir.resolve("refused");
    Cli.Result sweep = Cli.execute("sweep", s.toString(), "--out", out.toString());
    assertThat(sweep.exit()).isEqualTo(2);
    assertThat(sweep.errLines()).containsExactly(expected);
    assertThat(Cli.execute("bench", "--sweep", s.toString(), "--warmup", "0").errLines()).containsExactly(expected);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no folder, not even a partial one")
          .noneMatch(name -> name.contains("refused"));
    }
  }
}
