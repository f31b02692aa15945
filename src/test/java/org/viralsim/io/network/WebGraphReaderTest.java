package org.viralsim.io.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Arcs;
import org.viralsim.testing.TestGraphs;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.io.InputFileException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.job.Networks;

class WebGraphReaderTest {
  private static final int CASES = 150;

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return IntStream.range(0, CASES).boxed().flatMap(seed -> Stream.of(
        Arguments.of(seed, Arcs.FOLLOWERS, true), Arguments.of(seed, Arcs.FOLLOWS, true),
        Arguments.of(seed, Arcs.FOLLOWERS, false), Arguments.of(seed, Arcs.FOLLOWS, false)));
  }

  /** The compact graph the arcs should give: followers sorted, self-loops gone, a pair both ways kept once. */
  private static Graph expected(WebGraphFiles.Arcs g, Arcs meaning, boolean directed) {
    List<TreeSet<Integer>> followers = new ArrayList<>();
    for (int u = 0; u < g.nodes(); u++) followers.add(new TreeSet<>());
    for (int[] arc : g.arcs()) {
      if (arc[0] == arc[1]) continue;
      if (!directed || meaning == Arcs.FOLLOWERS) followers.get(arc[0]).add(arc[1]);
      if (!directed || meaning == Arcs.FOLLOWS) followers.get(arc[1]).add(arc[0]);
    }
    int[] offsets = new int[g.nodes() + 1];
    for (int u = 0; u < g.nodes(); u++) offsets[u + 1] = offsets[u] + followers.get(u).size();
    int[] targets = followers.stream().flatMap(TreeSet::stream).mapToInt(Integer::intValue).toArray();
    return Graph.withLabels(offsets, targets, null, directed);
  }

  @ParameterizedTest(name = "seed {0}, arcs {1}, directed {2}")
  @MethodSource("cases")
  void aStoredGraphReadThroughTheScenarioGivesItsArcs(int seed, Arcs meaning, boolean directed) throws IOException {
    WebGraphFiles.Arcs g = WebGraphFiles.random(seed);
    WebGraphFiles.store(dir, "g", g);
    Path file = Files.writeString(dir.resolve("s.yaml"), "network: {type: webgraph, basename: g, arcs: "
        + meaning.name().toLowerCase() + ", directed: " + directed + "}\n");
    Scenario scenario = ScenarioReader.read(file, List.of());
    Graph want = expected(g, meaning, directed);
    if (want.arcCount() == 0) {
      assertThatThrownBy(() -> Networks.load(scenario)).isInstanceOf(InputFileException.class)
          .hasMessage(dir.resolve("g.graph") + ": contains no arcs besides self-loops");
      return;
    }
    Graph got = Networks.load(scenario);
    assertThat(got.nodeCount()).isEqualTo(g.nodes());
    assertThat(got.offsets()).isEqualTo(want.offsets());
    assertThat(TestGraphs.arcs(got)).isEqualTo(TestGraphs.arcs(want));
    assertThat(got.directed()).isEqualTo(directed);
    assertThat(got.hasLabels()).isFalse();
  }

  private Path stored() {
    return WebGraphFiles.store(dir, "g", new WebGraphFiles.Arcs(4, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3})));
  }

  private Path rewriteProperty(Path basename, String key, String value) throws IOException {
    Path properties = dir.resolve(basename.getFileName() + ".properties");
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(properties)) if (!line.startsWith(key + "=")) lines.add(line);
    if (value != null) lines.add(key + "=" + value);
    Files.write(properties, lines);
    return properties;
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    Path g = stored();
    Files.delete(dir.resolve("g.graph"));
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true)).isInstanceOf(InputFileException.class)
        .hasMessage(dir.resolve("g.graph") + ": no such file");
    Files.delete(dir.resolve("g.properties"));
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true)).isInstanceOf(InputFileException.class)
        .hasMessage(dir.resolve("g.properties") + ": no such file");
  }

  @Test
  void theOffsetsFileIsNotNeeded() throws IOException {
    Path g = stored();
    Files.delete(dir.resolve("g.offsets"));
    assertThat(WebGraphReader.read(g, Arcs.FOLLOWERS, true).arcCount()).isEqualTo(3);
  }

  @Test
  void propertiesThatAreNotAGraphsAreRefusedInOneLine() throws IOException {
    Path g = stored();
    Path properties = rewriteProperty(g, "nodes", null);
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true))
        .hasMessage(properties + ": has no nodes: not a WebGraph graph");
    rewriteProperty(g, "nodes", "four");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true))
        .hasMessage(properties + ": nodes must be a whole number, was \"four\"");
    rewriteProperty(g, "nodes", "4");
    rewriteProperty(g, "graphclass", "org.example.NoSuchGraph");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true))
        .hasMessage(properties + ": cannot open the graph: ClassNotFoundException: org.example.NoSuchGraph");
  }

  @Test
  void graphsLargerThanViralsimHoldsAreRefusedBeforeReading() throws IOException {
    Path g = stored();
    Path properties = rewriteProperty(g, "nodes", "60000000");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true))
        .hasMessage(properties + ": has 60,000,000 nodes, more than the 50,000,000 viralsim can hold");
    rewriteProperty(g, "nodes", "4");
    rewriteProperty(g, "arcs", "2147483648");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWS, true))
        .hasMessage(properties + ": has 2,147,483,648 arcs, more than the 2,147,483,639 arcs viralsim can hold");
    rewriteProperty(g, "arcs", "1100000000");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, false))
        .hasMessage(properties + ": has 1,100,000,000 arcs read both ways (directed: false), more than the "
            + "2,147,483,639 arcs viralsim can hold");
  }

  @Test
  void propertiesThatDoNotMatchTheGraphAreFound() throws IOException {
    Path g = stored();
    rewriteProperty(g, "arcs", "4");
    assertThatThrownBy(() -> WebGraphReader.read(g, Arcs.FOLLOWERS, true))
        .hasMessage(dir.resolve("g.graph") + ": is damaged or does not match g.properties: holds 3 arcs; its properties give 4");
  }

  /** Damaged bytes give a graph of valid ids or one line naming the .graph file, never another failure. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("damage")
  void aDamagedGraphFileIsReportedInOneLine(int seed) throws IOException {
    Path g = WebGraphFiles.store(dir, "g", WebGraphFiles.random(seed));
    Path file = dir.resolve("g.graph");
    byte[] bytes = Files.readAllBytes(file);
    SplittableRandom random = new SplittableRandom(seed);
    if (random.nextBoolean() && bytes.length > 1) {
      bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
    } else {
      for (int k = 0; k < 1 + random.nextInt(4); k++) bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
    }
    Files.write(file, bytes);
    for (boolean directed : new boolean[] {true, false}) {
      try {
        Graph read = WebGraphReader.read(g, Arcs.FOLLOWS, directed);
        for (int v : TestGraphs.arcs(read)) assertThat(v).isBetween(0, read.nodeCount() - 1);
      } catch (InputFileException e) {
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    }
  }

  static IntStream damage() {
    return IntStream.range(0, CASES);
  }
}
