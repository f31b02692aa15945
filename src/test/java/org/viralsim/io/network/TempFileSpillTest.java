package org.viralsim.io.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.io.InputFileException;

class TempFileSpillTest {
  static LongStream seeds() { return LongStream.range(0, 30); }

  @ParameterizedTest
  @MethodSource("seeds")
  void givesBackEveryBlockInAnyOrderAndLeavesNoFile(long seed, @TempDir Path dir) throws Exception {
    Random r = new Random(seed);
    List<int[]> blocks = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int b = 1 + r.nextInt(6); b > 0; b--) {
      int[] block = r.ints(1 + r.nextInt(5000)).toArray();
      blocks.add(block);
      sizes.add(r.nextInt(block.length + 1));
    }
    try (TempFileSpill spill = new TempFileSpill(Path.of("edges.txt"), dir)) {
      spill.keep(blocks, sizes);
      for (int b = blocks.size() - 1; b >= 0; b--) {
        int[] read = spill.read(b);
        assertThat(Arrays.copyOf(read, sizes.get(b))).as("block %d", b)
            .containsExactly(Arrays.copyOf(blocks.get(b), sizes.get(b)));
      }
    }
    assertThat(files(dir)).isEmpty();
  }

  @Test
  void aTemporaryFolderThatCannotBeWrittenIsNamedWithTheEdgeList(@TempDir Path dir) throws Exception {
    try (TempFileSpill spill = new TempFileSpill(Path.of("edges.txt"), dir.resolve("missing"))) {
      assertThatThrownBy(() -> spill.keep(List.of(new int[] {1, 2}), List.of(2)))
          .isInstanceOf(InputFileException.class)
          .hasMessageStartingWith("edges.txt: cannot hold its edges in a temporary file in " + dir.resolve("missing"));
    }
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  private static List<Path> files(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      return files.toList();
    }
  }
}
