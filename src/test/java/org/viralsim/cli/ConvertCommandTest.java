package org.viralsim.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.io.InputFileException;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.network.LoadedGraph;
import org.viralsim.testing.RandomEdgeLists;

/** {@code viralsim convert}: loading its file gives the graph that loading the edge list gives. */
class ConvertCommandTest {
  @TempDir Path dir;

  static LongStream seeds() { return LongStream.range(0, 60); }

  @ParameterizedTest
  @MethodSource("seeds")
  void roundTripGivesTheSameGraph(long seed) throws IOException {
    Path text = Files.writeString(dir.resolve("g.txt"), RandomEdgeLists.text(seed), UTF_8);
    boolean directed = seed % 2 == 1;
    LoadedGraph expected;
    try {
      expected = EdgeListReader.read(text, directed);
    } catch (InputFileException e) {
      return; // no edges: convert reports it as any reader would
    }
    Path out = dir.resolve("g.graph");
    Cli.Result r = Cli.execute("convert", text.toString(), out.toString(), directed ? "--directed" : "--undirected");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith(out + ": " + String.format("%,d users", expected.graph().nodeCount()));

    LoadedGraph loaded = EdgeListReader.read(out, directed);
    RandomEdgeLists.assertSameGraph(loaded.graph(), expected.graph());
    assertThat(loaded.stats()).isEqualTo(expected.stats());
    assertThat(loaded.weighted()).isEqualTo(expected.weighted());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("g.txt", "g.graph");
    }
  }

  @Test
  void aBrokenEdgeListWritesNothing() throws IOException {
    Path text = Files.writeString(dir.resolve("g.txt"), "1 2\n2\n", UTF_8);
    Path out = dir.resolve("g.graph");
    Cli.Result r = Cli.execute("convert", text.toString(), out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).containsExactly("viralsim: " + text + ": line 2: expected 'u v [weight]', got 1 field");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(text);
    }
  }

  @Test
  void aMissingFileOrFolderIsOneLine() {
    Path out = dir.resolve("g.graph");
    Cli.Result missing = Cli.execute("convert", dir.resolve("none.txt").toString(), out.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("viralsim: " + dir.resolve("none.txt") + ": no such file");
    Cli.Result noFolder = Cli.execute("convert", "x.txt", dir.resolve("no/g.graph").toString());
    assertThat(noFolder.errLines()).containsExactly("viralsim: " + dir.resolve("no/g.graph") + ": no such folder to write into");
    Cli.Result both = Cli.execute("convert", "x.txt", out.toString(), "--directed", "--undirected");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(Files.exists(out)).isFalse();
  }
}
