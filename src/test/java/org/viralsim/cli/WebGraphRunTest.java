package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.io.network.WebGraphFiles;

/** Runs on a network in the WebGraph format: the same results as on the same network as an edge list. */
class WebGraphRunTest {
  private static final String RUN = "steps: 24\nreplications: 3\ncampaign: {seeding: {count: 3}, appeal: 8}\n";

  @TempDir Path dir;

  /**
   * A random follower graph whose nodes are numbered in order of first appearance in its arc list,
   * so that an edge list of the same arcs numbers them alike.
   */
  private static WebGraphFiles.Arcs graph(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 400;
    Set<List<Integer>> seen = new LinkedHashSet<>();
    Map<Integer, Integer> order = new HashMap<>();
    List<int[]> arcs = new ArrayList<>();
    while (arcs.size() < 2400) {
      int x = random.nextInt(n);
      int y = random.nextInt(Math.max(1, x)); // older accounts gather followers
      if (x == y || !seen.add(List.of(y, x))) continue;
      order.putIfAbsent(y, order.size());
      order.putIfAbsent(x, order.size());
      arcs.add(new int[] {y, x});
    }
    List<int[]> renumbered = arcs.stream().map(a -> new int[] {order.get(a[0]), order.get(a[1])}).toList();
    return new WebGraphFiles.Arcs(order.size(), renumbered);
  }

  private Path scenario(String name, String network) throws IOException {
    return Files.writeString(dir.resolve(name + ".yaml"), "network: " + network + "\n" + RUN);
  }

  @ParameterizedTest(name = "directed {0}")
  @ValueSource(booleans = {true, false})
  void aRunOnAWebGraphEqualsTheRunOnTheSameEdgeList(boolean directed) throws IOException {
    WebGraphFiles.Arcs g = graph(directed ? 1 : 2);
    WebGraphFiles.store(dir, "g", g);
    StringBuilder edges = new StringBuilder();
    for (int[] arc : g.arcs()) edges.append(arc[0]).append(' ').append(arc[1]).append('\n');
    Files.writeString(dir.resolve("g.txt"), edges);
    Path webgraph = scenario("w", "{type: webgraph, basename: g, directed: " + directed + "}");
    Path edgeList = scenario("e", "{type: edge_list, path: g.txt, directed: " + directed + "}");
    Map<String, String> first = new HashMap<>();
    for (Path s : List.of(webgraph, edgeList)) {
      Path out = dir.resolve("out-" + s.getFileName());
      Cli.Result r = Cli.execute("run", s.toString(), "--out", out.toString(), "--threads", "2");
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.err()).doesNotContain("SLF4J");
      for (String table : List.of("runs.csv", "timeseries.csv", "items.csv", "seeds.csv")) {
        String content = Files.readString(out.resolve(table));
        String before = first.putIfAbsent(table, content);
        if (before != null) assertThat(content).as(table).isEqualTo(before);
      }
    }
    String written = Files.readString(dir.resolve("out-w.yaml/scenario.yaml"));
    assertThat(written).contains("type: webgraph", "basename: " + dir.resolve("g"), "arcs: followers", "directed: " + directed);
  }

  @Test
  void aDamagedGraphFileIsOneLineNamingIt() throws IOException {
    WebGraphFiles.store(dir, "g", graph(3));
    Path file = dir.resolve("g.graph");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    Path out = dir.resolve("out");
    Cli.Result r = Cli.execute("run", scenario("s", "{type: webgraph, basename: g}").toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("viralsim: " + file + ": is damaged or does not match g.properties: ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMissingPropertiesFileIsOneLineNamingIt() throws IOException {
    Path s = scenario("s", "{type: webgraph, basename: twitter-2010}");
    Cli.Result r = Cli.execute("run", s.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("viralsim: " + s + ": network.basename: no such file: "
        + dir.resolve("twitter-2010.properties"));
  }
}
