package org.viralsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code viralsim cascades}: a results folder measuring each tree of a file, or one line saying why not. */
class CascadesCommandTest {
  /** The real reply cascades (data/networks README); the test that reads them is skipped where they are not. */
  static final Path CHILE = Path.of("/work/shared/data/networks/chile_twitter_reply_cascades.txt.gz");

  @TempDir Path dir;

  @Test
  void chileFileGivesOneRowPerCascadeAndChartsSummaryAndManifest() throws IOException {
    assumeTrue(Files.isReadable(CHILE), "the Chile cascades are not on this machine");
    Path out = dir.resolve("chile");
    Cli.Result r = Cli.execute("cascades", CHILE.toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.outLines().get(0)).isEqualTo(CHILE + ": 254 cascades (chile format, with times)");
    assertThat(r.outLines()).last().isEqualTo("Results: " + out.toAbsolutePath());
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cascades.csv", "summary.json",
          "manifest.json", "cascade_sizes.png", "virality_by_size.png");
    }
    List<String> rows = Files.readAllLines(out.resolve("cascades.csv"));
    assertThat(rows.get(0)).isEqualTo("cascade,size,depth,max_breadth,structural_virality,time_to_half");
    assertThat(rows).hasSize(255);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      int size = Integer.parseInt(f[1]);
      assertThat(size).isGreaterThanOrEqualTo(1);
      assertThat(Integer.parseInt(f[2])).isLessThan(size);
      if (size >= 2) assertThat(Double.parseDouble(f[4])).isGreaterThanOrEqualTo(1);
      assertThat(Double.parseDouble(f[5])).isGreaterThanOrEqualTo(0); // times count from the root
    }
    JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("cascades").asInt()).isEqualTo(254);
    assertThat(summary.get("format").asString()).isEqualTo("chile");
    JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("command").asString()).isEqualTo("cascades");
  }

  @Test
  void genericFileWithoutTimesLeavesTheTimeColumnEmpty() throws IOException {
    Path file = Files.writeString(dir.resolve("trees.txt"), "a r x\na r y\nb s t\n", UTF_8);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.execute("cascades", file.toString(), "--format", "generic", "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    // A star of three nodes: distances 1, 1, 2.
    assertThat(Files.readAllLines(out.resolve("cascades.csv"))).containsExactly(
        "cascade,size,depth,max_breadth,structural_virality,time_to_half",
        "a,3,1,2," + 4.0 / 3 + ",", "b,2,1,1,1,");
  }

  @Test
  void badFileIsOneLineWithExitTwoAndNoFolder() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.txt"), "a r x\na q x\n", UTF_8);
    Path out = dir.resolve("out");
    Cli.Result r = Cli.execute("cascades", file.toString(), "--out", out.toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("viralsim: " + file
        + ": line 2: x already has parent r (line 1); a node has one parent");
    assertThat(out).doesNotExist();
  }

  @Test
  void missingFileAndUnknownFormatAreOneLineWithExitTwo() {
    Path missing = dir.resolve("none.txt");
    Cli.Result r = Cli.execute("cascades", missing.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(r.errLines()).containsExactly("viralsim: " + missing + ": no such file");

    Cli.Result f = Cli.execute("cascades", missing.toString(), "--format", "csv");
    assertThat(f.exit()).isEqualTo(Main.EXIT_BAD_INPUT);
    assertThat(f.errLines()).containsExactly("viralsim: --format must be chile or generic, was 'csv'");
  }
}
