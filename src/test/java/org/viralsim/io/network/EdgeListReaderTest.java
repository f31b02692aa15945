package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.graph.BuildStats;
import org.viralsim.graph.Graph;
import org.viralsim.io.InputFileException;

class EdgeListReaderTest {
  private static final Path NETWORKS = Path.of(System.getProperty("user.dir")).resolve("data/networks");

  @TempDir Path dir;

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LoadedGraph read(Path file) {
    return EdgeListReader.read(file, false);
  }

  /** Each node's followers as labels, e.g. "a>b,c", in node order. */
  private static List<String> adjacency(Graph g) {
    List<String> out = new ArrayList<>();
    for (int u = 0; u < g.nodeCount(); u++) {
      List<String> followers = new ArrayList<>();
      for (int v : g.followers(u)) followers.add(g.label(v));
      out.add(g.label(u) + ">" + String.join(",", followers));
    }
    return out;
  }

  @Test
  void whitespaceSeparatedUndirected() {
    LoadedGraph loaded = read(write("g.txt", "1 2\n2 3\n"));
    assertThat(adjacency(loaded.graph())).containsExactly("1>2", "2>1,3", "3>2");
    assertThat(loaded.graph().directed()).isFalse();
    assertThat(loaded.weighted()).isFalse();
    assertThat(loaded.stats()).isEqualTo(new BuildStats(2, 0, 0));
  }

  @Test
  void directedLineAddsOnlyTheFollowArc() {
    Graph g = EdgeListReader.read(write("g.txt", "10 20\n20 30\n"), true).graph();
    assertThat(g.directed()).isTrue();
    assertThat(adjacency(g)).containsExactly("10>20", "20>30", "30>");
  }

  @Test
  void tabsRunsOfSpacesCrlfAndNoFinalNewline() {
    Graph g = read(write("g.txt", "  5\t\t6  \r\n6 \t 7\r\n7 5")).graph();
    assertThat(adjacency(g)).containsExactly("5>6,7", "6>5,7", "7>5,6");
  }

  @Test
  void csvWithWeights() {
    LoadedGraph loaded = read(write("g.csv", "a,b,1.5\nb,c,2\nc,a,0\nc,d,1e-3\n"));
    assertThat(adjacency(loaded.graph())).containsExactly("a>b,c", "b>a,c", "c>a,b,d", "d>c");
    assertThat(loaded.weighted()).isTrue();
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    Graph g = read(write("g.txt", "# a header\n\n1 2 # trailing\n   \n\t# indented\n3 4#tight\n#\n")).graph();
    assertThat(adjacency(g)).containsExactly("1>2", "2>1", "3>4", "4>3");
  }

  @Test
  void stringIdsAreKeptAsLabelsInOrderOfFirstAppearance() {
    Graph g = read(write("g.txt", "bob alice\nalice carol\nzoë bob\n")).graph();
    assertThat(g.hasLabels()).isTrue();
    assertThat(adjacency(g)).containsExactly("bob>alice,zoë", "alice>bob,carol", "carol>alice", "zoë>bob");
  }

  @Test
  void tokenTextIsTheKeySoLeadingZerosMakeAnotherNode() {
    Graph g = read(write("g.txt", "7 007\n7 x7\n12345678901234567890 7\n0 00\n")).graph();
    assertThat(g.nodeCount()).isEqualTo(6);
    assertThat(adjacency(g)).containsExactly(
        "7>007,x7,12345678901234567890", "007>7", "x7>7", "12345678901234567890>7", "0>00", "00>0");
  }

  @Test
  void largeAndSmallNumbersMapConsistentlyAsTheIdTableGrows() {
    StringBuilder text = new StringBuilder("1000000 0\n999999999999 0\n");
    for (int i = 1; i <= 200_000; i++) text.append(i).append(' ').append(i + 1).append('\n');
    text.append("1000000 5\n999999999999 5\n");
    Graph g = read(write("g.txt", text.toString())).graph();
    assertThat(g.nodeCount()).isEqualTo(200_004);
    assertThat(adjacency(g).subList(0, 2)).containsExactly("1000000>0,5", "0>1000000,999999999999");
  }

  @Test
  void selfLoopsAndDuplicatesAreDroppedAndCounted() {
    LoadedGraph undirected = read(write("g.txt", "1 1\n1 2\n2 1\n1 2\n"));
    assertThat(adjacency(undirected.graph())).containsExactly("1>2", "2>1");
    assertThat(undirected.stats()).isEqualTo(new BuildStats(4, 1, 2));

    LoadedGraph directed = EdgeListReader.read(write("d.txt", "1 1\n1 2\n2 1\n1 2\n"), true);
    assertThat(adjacency(directed.graph())).containsExactly("1>2", "2>1");
    assertThat(directed.stats()).isEqualTo(new BuildStats(4, 1, 1));
  }

  @Test
  void gzipIsDecompressed() throws IOException {
    Path file = dir.resolve("g.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("# compressed\n1 2\n2 3\n".getBytes(UTF_8));
    }
    assertThat(adjacency(read(file).graph())).containsExactly("1>2", "2>1,3", "3>2");
  }

  @Test
  void linesAcrossBufferBoundariesAndAnOverlongLine() {
    StringBuilder text = new StringBuilder("#").append("x".repeat(5 << 20)).append('\n');
    int n = 700_000; // about 9 MB of edges: several buffer refills
    for (int i = 0; i < n; i++) text.append(i).append('\t').append((i + 1) % n).append('\n');
    Graph g = read(write("ring.txt", text.toString())).graph();
    assertThat(g.nodeCount()).isEqualTo(n);
    assertThat(g.edgeCount()).isEqualTo(n);
    for (int u = 0; u < n; u++) {
      assertThat(g.outDegree(u)).isEqualTo(2);
      assertThat(Integer.parseInt(g.label(g.target(g.start(u))))).isIn((u + 1) % n, (u + n - 1) % n);
    }
  }

  private void assertFails(Path file, String message) {
    assertThatThrownBy(() -> read(file)).isInstanceOf(InputFileException.class).hasMessage(file + ": " + message);
  }

  @Test
  void oneFieldNamesTheLine() {
    assertFails(write("g.txt", "1 2\n\n3\n"), "line 3: expected 'u v [weight]', got 1 field");
  }

  @Test
  void tooManyFieldsNamesTheLine() {
    assertFails(write("g.txt", "1 2\n1,2,3,4 # four\n"), "line 2: expected 'u v [weight]', got 4 fields");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "-1", "NaN", "Infinity", "1e999", "1.5f", "0x10", "1..2"})
  void badWeightNamesTheLineAndTheValue(String weight) {
    assertFails(write("g.txt", "# weights\n1 2 " + weight + "\n"), "line 2: weight '" + weight + "' is not a finite number >= 0");
  }

  @Test
  void emptyAndCommentOnlyFilesHaveNoEdges() {
    assertFails(write("empty.txt", ""), "contains no edges");
    assertFails(write("comments.txt", "# nothing\n\n  # here\n"), "contains no edges");
  }

  @Test
  void missingFileAndDirectory() {
    assertFails(dir.resolve("absent.txt"), "no such file");
    assertFails(dir.resolve("absent.txt.gz"), "no such file");
    assertFails(dir, "is a directory, not an edge list");
  }

  @Test
  void plainTextNamedGz() {
    assertFails(write("g.txt.gz", "1 2\n"), "name ends in .gz but the file is not gzip-compressed");
    assertFails(write("empty.gz", ""), "name ends in .gz but the file is not gzip-compressed");
  }

  @Test
  void exceptionCarriesFileLineAndReason() {
    Path file = write("g.txt", "1 2 -3\n");
    InputFileException e = catchThrowableOfType(InputFileException.class, () -> read(file));
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.reason()).isEqualTo("weight '-3' is not a finite number >= 0");
    assertThat(new InputFileException(file, "contains no edges").line()).isZero();
  }

  @Test
  void karateClub() {
    Path file = NETWORKS.resolve("karate_club.edgelist");
    LoadedGraph loaded = read(file);
    assertThat(loaded.graph().nodeCount()).isEqualTo(34);
    assertThat(loaded.graph().edgeCount()).isEqualTo(78);
    assertThat(loaded.stats()).isEqualTo(new BuildStats(78, 0, 0));
  }

  @Test
  void emailEuCoreIsReadDirected() {
    Graph g = EdgeListReader.read(NETWORKS.resolve("email-Eu-core.txt"), true).graph();
    assertThat(g.nodeCount()).isEqualTo(1005);
  }

  @Test
  void facebookCombined() {
    Path file = NETWORKS.resolve("facebook_combined.txt");
    Graph g = read(file).graph();
    assertThat(g.nodeCount()).isEqualTo(4039);
    assertThat(g.edgeCount()).isEqualTo(88_234);
    assertThat(g.label(0)).isEqualTo("0");
  }
}
