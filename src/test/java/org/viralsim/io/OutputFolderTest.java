package org.viralsim.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 1, 2, 3);

  @Test
  void aFailedRunLeavesNothingBehindNotEvenTheScenarioFolder(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("results");
    try (OutputFolder folder = OutputFolder.open(null, root, "demo", NOW)) {
      Files.writeString(folder.file("runs.csv"), "x\n");
    }
    assertThat(root).doesNotExist();
  }

  @Test
  void aCommittedRunAppearsWholeUnderItsTimestamp(@TempDir Path dir) throws Exception {
    Path written;
    try (OutputFolder folder = OutputFolder.open(null, dir, "demo", NOW)) {
      Files.writeString(folder.file("runs.csv"), "x\n");
      written = folder.commit();
    }
    assertThat(written).isEqualTo(dir.resolve("demo").resolve("20261128-010203").toAbsolutePath().normalize());
    assertThat(written.resolve("runs.csv")).hasContent("x");
    try (var listing = Files.list(dir.resolve("demo"))) {
      assertThat(listing).containsExactly(written); // no partial folder left
    }
  }

  @Test
  void aNameTakenMeanwhileMovesToTheNextSuffix(@TempDir Path dir) throws Exception {
    Path first;
    Path second;
    try (OutputFolder a = OutputFolder.open(null, dir, "demo", NOW);
        OutputFolder b = OutputFolder.open(null, dir, "demo", NOW)) {
      first = a.commit();
      second = b.commit();
    }
    assertThat(second.getFileName().toString()).isEqualTo(first.getFileName() + "-2");
  }

  @Test
  void anExistingFolderWithFilesIsNeverUsed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> OutputFolder.open(dir, dir.getParent(), "demo", NOW))
        .isInstanceOf(OutputException.class).hasMessageContaining("folder is not empty");
    assertThat(dir.resolve("keep.txt")).hasContent("mine");
  }
}
