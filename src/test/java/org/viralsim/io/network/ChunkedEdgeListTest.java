package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.io.InputFileException;
import org.viralsim.testing.RandomEdgeLists;

/** Parsing in chunks on several threads gives what reading the file in one piece gives: graph, numbering, first error. */
class ChunkedEdgeListTest {
  @TempDir Path dir;

  static LongStream seeds() { return LongStream.range(0, 150); }

  @ParameterizedTest
  @MethodSource("seeds")
  void smallChunksGiveTheGraphOfOneChunk(long seed) throws IOException {
    Path file = Files.writeString(dir.resolve("g.txt"), RandomEdgeLists.text(seed), UTF_8);
    boolean directed = seed % 2 == 0;
    int chunk = 8 + new Random(seed).nextInt(120); // lines longer than a chunk make it grow
    LoadedGraph whole;
    try {
      whole = EdgeListReader.read(file, directed, (int) Files.size(file) + 1);
    } catch (InputFileException e) {
      assertThat(e).hasMessage("%s: contains no edges", file);
      return;
    }
    LoadedGraph chunked = EdgeListReader.read(file, directed, chunk);
    RandomEdgeLists.assertSameGraph(chunked.graph(), whole.graph());
    assertThat(chunked.stats()).isEqualTo(whole.stats());
    assertThat(chunked.weighted()).isEqualTo(whole.weighted());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theFirstBadLineInTheFileIsReportedWhateverTheChunks(long seed) throws IOException {
    Random r = new Random(seed);
    String[] lines = RandomEdgeLists.text(seed).split("\n", -1);
    String[] bad = {"1 2 3 4", "lonely", "1 2 -3", "1 2 NaN", "a b 1x"};
    int first = r.nextInt(lines.length);
    lines[first] = bad[r.nextInt(bad.length)];
    if (r.nextBoolean()) lines[first + r.nextInt(lines.length - first)] = bad[r.nextInt(bad.length)];
    Path file = Files.writeString(dir.resolve("bad.txt"), String.join("\n", lines), UTF_8);

    InputFileException whole = catchThrowableOfType(InputFileException.class,
        () -> EdgeListReader.read(file, false, (int) Files.size(file) + 1));
    InputFileException chunked = catchThrowableOfType(InputFileException.class,
        () -> EdgeListReader.read(file, false, 8 + r.nextInt(60)));
    assertThat(whole.line()).isEqualTo(first + 1);
    assertThat(chunked).hasMessage(whole.getMessage());
  }
}
