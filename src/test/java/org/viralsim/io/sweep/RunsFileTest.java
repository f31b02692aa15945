package org.viralsim.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.experiment.SweepRunner.Run;
import org.viralsim.io.InputFileException;

/** Reading back and reopening {@code runs.csv} as a killed or damaged sweep leaves it. */
class RunsFileTest {
  private static final String HEADER = "point,replication,seed,a,reach,seconds\n";

  @TempDir Path dir;

  private Path log(String text) throws IOException {
    return Files.writeString(dir.resolve("runs.csv"), text);
  }

  @Test
  void aTornLastLineIsLeftOutAndCutOffOnReopening() throws IOException {
    Path file = log(HEADER + "1,0,7,2,10,0.1\n0,1,8,1,12,0.1\n0,0,9,1,1");
    assertThat(RunsFile.read(file, 6).keySet()).containsExactly(new Run(0, 1), new Run(1, 0));
    try (RunsFile ignored = RunsFile.open(file, List.of("a"), List.of("reach"))) {
      assertThat(Files.readString(file)).isEqualTo(HEADER + "1,0,7,2,10,0.1\n0,1,8,1,12,0.1\n");
    }
  }

  @Test
  void damagedLinesAreNamedByLine() throws IOException {
    Path file = log(HEADER + "0,0,7,2,10,0.1\nx,0,7,2,10,0.1\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, 6)))
        .hasMessage(file + ": line 3: point and replication must be whole numbers, were \"x\" and \"0\"");
    log(HEADER + "0,0,7,2,10\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, 6)))
        .hasMessage(file + ": line 2: has 5 fields, expected 6");
    log(HEADER + "0,0,7,2,10,0.1\n0,0,7,2,10,0.2\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, 6)))
        .hasMessage(file + ": line 3: run 0/0 is there twice");
    log("point,replication,seed,b,reach,seconds\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.open(file, List.of("a"), List.of("reach"))))
        .hasMessageStartingWith(file + ": line 1: header does not match the sweep");
  }
}
