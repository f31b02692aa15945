package org.viralsim.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.config.Arcs;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;

/** The network section of type webgraph: its keys, defaults, messages and how it is written back. */
class WebGraphScenarioTest {
  @TempDir Path dir;
  private Path data;

  @BeforeEach
  void graphFiles() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("twitter.properties"), "graphclass=it.unimi.dsi.webgraph.BVGraph\nnodes=2\narcs=1\n");
    Files.writeString(data.resolve("twitter.graph"), "");
  }

  private NetworkSpec.WebGraph network(String section, String... sets) throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path file = Files.writeString(scenarios.resolve("s.yaml"), "network: " + section + "\n");
    return (NetworkSpec.WebGraph) ScenarioReader.read(file, List.of(sets)).network();
  }

  private void assertError(String section, String message) {
    assertThatThrownBy(() -> network(section)).isInstanceOf(ScenarioException.class)
        .hasMessage(dir.resolve("scenarios/s.yaml") + ": " + message);
  }

  @Test
  void theBasenameIsResolvedAgainstTheScenarioFolderAndTheDefaultsAreLawsTwitter() throws IOException {
    NetworkSpec.WebGraph net = network("{type: webgraph, basename: ../data/twitter}");
    assertThat(net.basename()).isEqualTo("../data/twitter");
    assertThat(net.resolved()).isEqualTo(data.resolve("twitter").toAbsolutePath().normalize().toString());
    assertThat(net.arcs()).isEqualTo(Arcs.FOLLOWERS);
    assertThat(net.directed()).isTrue();
    assertThat(net.fromFile()).isTrue();
    assertThat(network("{type: webgraph, basename: ../data/twitter, arcs: follows, directed: false}"))
        .extracting(NetworkSpec.WebGraph::arcs, NetworkSpec.WebGraph::directed).containsExactly(Arcs.FOLLOWS, false);
  }

  @Test
  void writtenWithItsAbsoluteBasenameItReadsTheSameFromAnyFolder() throws IOException {
    Scenario s = ScenarioReader.read(Files.writeString(dir.resolve("s.yaml"),
        "network: {type: webgraph, basename: data/twitter, arcs: follows}\n"), List.of());
    String yaml = ScenarioWriter.toYaml(s);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Scenario back = ScenarioReader.read(yaml, "w.yaml", elsewhere, List.of());
    NetworkSpec.WebGraph net = (NetworkSpec.WebGraph) back.network();
    assertThat(net.basename()).isEqualTo(data.resolve("twitter").toString());
    assertThat(net.resolved()).isEqualTo(((NetworkSpec.WebGraph) s.network()).resolved());
    assertThat(net.arcs()).isEqualTo(Arcs.FOLLOWS);
    assertThat(ScenarioWriter.toYaml(back)).isEqualTo(yaml);
  }

  @Test
  void aBasenameFromSetIsResolvedAgainstTheWorkingFolder() throws IOException {
    Path absolute = data.resolve("twitter").toAbsolutePath();
    Path relative = Path.of("").toAbsolutePath().relativize(absolute);
    NetworkSpec.WebGraph net = network("{type: barabasi_albert, nodes: 100}", "network.type=webgraph",
        "network.basename=" + relative);
    assertThat(net.resolved()).isEqualTo(absolute.normalize().toString());
  }

  @Test
  void mistakesAreNamedWithTheirKey() throws IOException {
    assertError("{type: webgraph}", "network.basename: is required for type webgraph (the graph's path without .graph)");
    assertError("{type: webgraph, basename: ../data/twitter, path: x}",
        "network.path: unknown key for type webgraph; expected one of type, basename, arcs, directed");
    assertError("{type: webgraph, basename: ../data/twitter, arcs: follower}",
        "network.arcs: unknown value \"follower\"; expected one of followers, follows; did you mean followers?");
    assertError("{type: webgraph, basename: ../data/nothing}",
        "network.basename: no such file: " + data.resolve("nothing.properties").toAbsolutePath());
    Files.delete(data.resolve("twitter.graph"));
    assertError("{type: webgraph, basename: ../data/twitter}",
        "network.basename: no such file: " + data.resolve("twitter.graph").toAbsolutePath());
    assertError("{type: webgraph, basename: \"\"}", "network.basename: must not be empty");
  }
}
