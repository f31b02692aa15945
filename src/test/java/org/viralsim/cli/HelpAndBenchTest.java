package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Tag("slow")
class HelpAndBenchTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"run", "validate", "bench"})
  void helpOfEachCommandExitsZero(String command) {
    Cli.Result r = Cli.execute(command, "--help");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Usage: viralsim " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void benchHelpListsItsOptions() {
    assertThat(Cli.execute("bench", "--help").out()).contains("--edges", "--p", "--seeds", "--cascades", "--warmup");
  }

  @Test
  void benchOnAnEdgeListPrintsOneJsonLine() throws IOException {
    // A ring of 10 users, one chord, a repeated edge, a self-loop and a comment: 10 nodes, 11 edges.
    StringBuilder edges = new StringBuilder("# ring\n");
    for (int u = 0; u < 10; u++) edges.append(u).append(' ').append((u + 1) % 10).append('\n');
    edges.append("0 5\n1 0\n3 3\n");
    Path file = Files.writeString(dir.resolve("ring.txt"), edges);

    Cli.Result r = Cli.execute("bench", "--edges", file.toString(), "--p", "0.1", "--seeds", "2", "--cascades", "5", "--warmup", "1");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.outLines()).hasSize(1);
    JsonNode json = JsonMapper.builder().build().readTree(r.outLines().get(0));
    assertThat(json.propertyNames()).contains("nodes", "edges", "load_seconds", "per_cascade_seconds", "mean_cascade_size");
    assertThat(json.get("nodes").intValue()).isEqualTo(10);
    assertThat(json.get("edges").intValue()).isEqualTo(11);
    assertThat(json.get("load_seconds").doubleValue()).isNotNegative().isLessThan(60);
    assertThat(json.get("per_cascade_seconds").doubleValue()).isNotNegative().isLessThan(60);
    // Two distinct seeds always share; at most every user does.
    assertThat(json.get("mean_cascade_size").doubleValue()).isBetween(2.0, 10.0);
  }

  @Test
  void benchWithCertainTransmissionCoversTheConnectedNetwork() throws IOException {
    Path file = Files.writeString(dir.resolve("path.txt"), "a b\nb c\nc d\nd e\n");
    Cli.Result r = Cli.execute("bench", "--edges", file.toString(), "--p", "1", "--seeds", "1", "--cascades", "3", "--warmup", "0");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.outLines().get(0));
    assertThat(json.get("nodes").intValue()).isEqualTo(5);
    assertThat(json.get("edges").intValue()).isEqualTo(4);
    assertThat(json.get("mean_cascade_size").doubleValue()).isEqualTo(5.0);
  }

  @Test
  void benchRejectsBadOptionsWithOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("e.txt"), "1 2\n");
    for (String[] args : new String[][] {
        {"bench", "--edges", file.toString(), "--p", "1.5"},
        {"bench", "--edges", file.toString(), "--seeds", "0"},
        {"bench", "--edges", dir.resolve("missing.txt").toString()}}) {
      Cli.Result r = Cli.execute(args);
      assertThat(r.exit()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines()).hasSize(1);
      assertThat(r.errLines().get(0)).startsWith("viralsim: ");
      assertThat(r.out()).isEmpty();
    }
    assertThat(Cli.execute("bench", "--edges", dir.resolve("missing.txt").toString()).err()).contains("missing.txt");
    assertThat(Cli.execute("bench", "--cascades", "0").errLines())
        .containsExactly("viralsim: --cascades: must be at least 1, was 0");
    assertThat(Cli.execute("bench", "--warmup", "-1").errLines())
        .containsExactly("viralsim: --warmup: must be at least 0, was -1");
  }

  @Test
  void withoutACommandItPrintsUsage() {
    Cli.Result r = Cli.execute();
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("run", "validate", "bench");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plot", "help plot"})
  void anUnknownCommandIsNamedWithTheCommandsOnOneLine(String args) {
    Cli.Result r = Cli.execute(args.split(" "));
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("viralsim: unknown command 'plot'; the commands are run, compare,"
        + " myths, myth, sweep, merge, submit, status, convert, cascades, gui, validate, bench, help (see 'viralsim --help')");
  }

  @Test
  void aMisspeltCommandGetsASuggestion() {
    Cli.Result r = Cli.execute("runn", "x.yaml");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("viralsim: unknown command 'runn' (did you mean run?); the commands are run,");
  }

  @Test
  void anUnknownOptionIsStillAnOption() {
    assertThat(Cli.execute("--foo").errLines()).containsExactly("viralsim: Unknown option: '--foo' (see 'viralsim --help')");
    assertThat(Cli.execute("run", "a.yaml", "b.yaml").errLines().get(0)).doesNotContain("unknown command");
  }
}
