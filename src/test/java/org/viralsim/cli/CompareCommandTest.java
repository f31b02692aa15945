package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.io.results.ComparisonWriter;

/** {@code viralsim compare} end to end: paired runs, comparison.csv and its contract. */
class CompareCommandTest {
  @TempDir Path dir;

  private Path scenario(String name, String extra) throws IOException {
    return Files.writeString(dir.resolve(name + ".yaml"), RunCommandTest.SCENARIO.replace("name: tiny", "name: " + name)
        + extra);
  }

  private static List<String[]> rows(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)).toList();
  }

  @Test
  void aScenarioAgainstItselfDiffersByNothingOnEveryMetric() throws IOException {
    Path a = scenario("tiny", "");
    Cli.Result r = Cli.execute("compare", a.toString(), a.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Compared A with B: 4 paired replications", "No metric differs beyond chance");
    Path out = dir.resolve("out");
    assertThat(Files.readAllLines(out.resolve("comparison.csv")).get(0)).isEqualTo(String.join(",",
        ComparisonWriter.COLUMNS));
    List<String[]> rows = rows(out.resolve("comparison.csv"));
    List<String> runsHeader = List.of(Files.readAllLines(out.resolve("a/runs.csv")).get(0).split(","));
    assertThat(rows.stream().map(f -> f[0]).toList()).as("one row per metric, in runs.csv order")
        .isEqualTo(runsHeader.subList(2, runsHeader.size()));
    for (String[] f : rows) {
      assertThat(f[1]).as(f[0]).isEqualTo(f[2]);
      if (f[1].isEmpty()) continue; // undefined in every run (roi without cost)
      assertThat(List.of(f[3], f[4], f[5])).as(f[0]).containsOnly("0");
      assertThat(f[6]).as(f[0]).isEqualTo("1");
    }
    assertThat(out.resolve("b/runs.csv")).hasSameTextualContentAs(out.resolve("a/runs.csv"));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("a", "b", "manifest.json", "kpi_map.png",
          "kpi_map.svg", "reach_over_time.png", "reach_over_time.svg");
    }
  }

  /** Pairs share their seeds: A's runs are those `run` gives A, B's those `run` gives B from A's seed. */
  @Test
  void eachSideRunsAsRunWouldWithTheSeedsOfA() throws IOException {
    Path a = scenario("low", "");
    Path b = scenario("high", "");
    Files.writeString(b, Files.readString(b).replace("appeal: 3", "appeal: 9").replace("seed: 5", "seed: 77"));
    Cli.Result r = Cli.execute("compare", a.toString(), b.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.err()).contains("the scenarios' seeds differ; both run from A's seed 5");
    assertThat(Cli.execute("run", a.toString(), "--out", dir.resolve("runA").toString()).exit()).isZero();
    assertThat(Cli.execute("run", b.toString(), "--seed", "5", "--out", dir.resolve("runB").toString()).exit()).isZero();
    assertThat(dir.resolve("out/a/runs.csv")).hasSameTextualContentAs(dir.resolve("runA/runs.csv"));
    assertThat(dir.resolve("out/b/runs.csv")).hasSameTextualContentAs(dir.resolve("runB/runs.csv"));
    String[] reach = rows(dir.resolve("out/comparison.csv")).get(0);
    assertThat(reach[0]).isEqualTo("reach");
    assertThat(Double.parseDouble(reach[3])).isCloseTo(Double.parseDouble(reach[2]) - Double.parseDouble(reach[1]),
        within(1e-9));
    assertThat(reach[7]).isEqualTo("4");
  }

  @Test
  void replicationsAndOverridesApplyToBoth() throws IOException {
    Path a = scenario("tiny", "");
    Cli.Result r = Cli.execute("compare", a.toString(), a.toString(), "--replications", "3", "--set", "steps=6",
        "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out/a/runs.csv"))).hasSize(4);
    assertThat(Files.readString(dir.resolve("out/b/scenario.yaml"))).contains("steps: 6", "replications: 3");
    assertThat(r.out()).contains("Only 3 pairs: intervals are rough");
  }

  @Test
  void badInputIsOneLineAndLeavesNoFolder() throws IOException {
    Path a = scenario("tiny", "");
    Cli.Result missing = Cli.execute("compare", a.toString(), dir.resolve("nope.yaml").toString(), "--out",
        dir.resolve("out").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.errLines()).singleElement().asString().startsWith("viralsim: ").contains("nope.yaml");
    Cli.Result one = Cli.execute("compare", a.toString());
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.errLines()).singleElement().asString().contains("'B'", "see 'viralsim compare --help'");
    Cli.Result three = Cli.execute("compare", a.toString(), a.toString(), a.toString());
    assertThat(three.exit()).isEqualTo(2);
    assertThat(three.errLines()).singleElement().asString().contains("Unmatched argument");
    Cli.Result single = Cli.execute("compare", a.toString(), a.toString(), "--replications", "1");
    assertThat(single.errLines()).containsExactly("viralsim: --replications: a comparison needs at least 2 pairs, was 1");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
