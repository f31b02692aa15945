package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.graph.BuildStats;
import org.viralsim.io.InputFileException;
import org.viralsim.testing.RandomEdgeLists;

/** The binary graph file: what it holds byte by byte, and one clear line for every file it cannot load. */
class BinaryGraphFileTest {
  @TempDir Path dir;

  /** "a b", "b c", "7 a", "7 7" undirected: nodes a, b, c, 7; the loop dropped. */
  private Path binary() throws IOException {
    Path text = Files.writeString(dir.resolve("g.txt"), "a b\nb c\n7 a 2.5\n7 7\n", UTF_8);
    Path out = dir.resolve("g.graph");
    BinaryGraphWriter.write(out, EdgeListReader.read(text, false));
    return out;
  }

  @Test
  void holdsTheDocumentedFields() throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(binary())).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[8];
    b.get(magic);
    assertThat(magic).containsExactly(0x89, 'V', 'S', 'G', 'R', 'A', 'P', 'H');
    assertThat(b.getInt()).isEqualTo(1); // version
    assertThat(b.getInt()).isEqualTo(2 | 4); // undirected, labels, weighted
    assertThat(new long[] {b.getLong(), b.getLong(), b.getLong(), b.getLong(), b.getLong()})
        .containsExactly(4, 6, 4, 1, 0); // nodes, arcs, edges read, self-loops, repeats
    assertThat(new int[] {b.getInt(), b.getInt(), b.getInt(), b.getInt()}).containsExactly(2, 2, 1, 1); // degrees
    int[] targets = new int[6];
    for (int i = 0; i < 6; i++) targets[i] = b.getInt();
    assertThat(targets).containsExactly(1, 3, 0, 2, 1, 0);
    assertThat(new long[] {b.getLong(), b.getLong(), b.getLong(), b.getLong()}).containsExactly(-1, -1, -1, 7);
    for (String label : new String[] {"a", "b", "c"}) {
      assertThat(b.getInt()).isEqualTo(1);
      assertThat((char) b.get()).isEqualTo(label.charAt(0));
    }
    assertThat(b.hasRemaining()).isFalse();
  }

  @Test
  void loadsAsTheEdgeListDid() throws IOException {
    LoadedGraph loaded = EdgeListReader.read(binary(), false);
    LoadedGraph text = EdgeListReader.read(dir.resolve("g.txt"), false);
    RandomEdgeLists.assertSameGraph(loaded.graph(), text.graph());
    assertThat(loaded.stats()).isEqualTo(new BuildStats(4, 1, 0));
    assertThat(loaded.weighted()).isTrue();
  }

  @Test
  void aGraphReadTheOtherWayIsRefused() throws IOException {
    Path file = binary();
    assertThatThrownBy(() -> EdgeListReader.read(file, true)).isInstanceOf(InputFileException.class)
        .hasMessage(file + ": holds an undirected graph, but is read as directed (network.directed: true)");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 12, 20, 55, 56, 70, 80, 100, 109})
  void aTruncatedFileIsReportedNotLoaded(int length) throws IOException {
    Path file = binary();
    byte[] all = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(all, length));
    assertThatThrownBy(() -> EdgeListReader.read(file, false)).isInstanceOf(InputFileException.class)
        .hasMessageStartingWith(file + ": byte ").hasMessageContaining("ends early").hasMessageNotContaining("\n");
  }

  @Test
  void corruptFieldsAreNamedWithTheirOffset() throws IOException {
    assertFault(8, 7, "byte 8: version 7 of the binary graph format; this build reads version 1");
    assertFault(12, 64, "byte 12: unknown flags 0x40");
    assertFault(16, -5, "byte 16: -1 nodes; at most 50000000 are allowed"); // little-endian: -5 in the low int
    assertFault(56, -1, "byte 56: node 0 has a negative degree -1");
    assertFault(68, 2, "byte 68: degrees add up to more than the 6 arcs of the header");
    assertFault(68, 0, "byte 24: the header says 6 arcs, the degrees add up to 5");
    assertFault(72, 4, "byte 72: follower 4 is not a node (there are 4)");
    Path file = binary();
    Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> EdgeListReader.read(file, false)).hasMessage(file + ": byte 143: 3 bytes after the end of the graph");
  }

  private void assertFault(int offset, int value, String message) throws IOException {
    Path file = binary();
    byte[] all = Files.readAllBytes(file);
    ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    if (offset == 16) ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, -1);
    Files.write(file, all);
    assertThatThrownBy(() -> EdgeListReader.read(file, false)).isInstanceOf(InputFileException.class)
        .hasMessage(file + ": " + message);
  }

  @Test
  void aFailedWriteLeavesNoFile() {
    Path out = dir.resolve("missing-folder").resolve("g.graph");
    LoadedGraph loaded = EdgeListReader.read(writeQuietly("1 2\n"), false);
    assertThatThrownBy(() -> BinaryGraphWriter.write(out, loaded)).hasMessageStartingWith(out + ": cannot write");
    assertThat(Files.exists(out.getParent())).isFalse();
  }

  private Path writeQuietly(String text) {
    try {
      return Files.writeString(dir.resolve("small.txt"), text, UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
