package org.viralsim.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.experiment.RunId;
import org.viralsim.io.InputFileException;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.design.Parameter;

/** Reading back and reopening {@code runs.csv} as a killed or damaged sweep leaves it. */
class RunsFileTest {
  private static final String HEADER = "point,replication,seed,a,reach,seconds\n";

  /** A sweep of parameter a with the one metric reach, as runs.csv's header above has them. */
  private static final SweepPlan PLAN = new SweepPlan("s.yaml", new Sweep("s", List.of(new Parameter.Values("a",
      List.of(1L, 2L))), Sweep.DesignKind.GRID, 0, 1, 1, false, new Sweep.Analysis(Sweep.Method.NONE, List.of(), 0, 0,
      0, 0), null), List.of(), List.of(), 1, List.of("reach"), List.of(), null, "", "", List.of());

  @TempDir Path dir;

  private Path log(String text) throws IOException {
    return Files.writeString(dir.resolve("runs.csv"), text);
  }

  @Test
  void aTornLastLineIsLeftOutAndCutOffOnReopening() throws IOException {
    Path file = log(HEADER + "1,0,7,2,10,0.1\n0,1,8,1,12,0.1\n0,0,9,1,1");
    assertThat(RunsFile.read(file, PLAN).keySet()).containsExactly(new RunId(0, 1), new RunId(1, 0));
    try (RunsFile ignored = RunsFile.open(file, PLAN)) {
      assertThat(Files.readString(file)).isEqualTo(HEADER + "1,0,7,2,10,0.1\n0,1,8,1,12,0.1\n");
    }
  }

  @Test
  void runsAreReadAsTypedRecordsAndWrittenBackAsTheyWere() throws IOException {
    Path file = log(HEADER + "0,1,-8,1,,0.25\n");
    RunRecord r = RunsFile.read(file, PLAN).get(new RunId(0, 1));
    assertThat(r.seed()).isEqualTo(-8);
    assertThat(r.parameters()).containsExactly("1");
    assertThat(r.metric(0)).isNaN();
    assertThat(String.join(",", RunsFile.fields(r))).isEqualTo("0,1,-8,1,,0.25");
  }

  @Test
  void damagedLinesAreNamedByLine() throws IOException {
    Path file = log(HEADER + "0,0,7,2,10,0.1\nx,0,7,2,10,0.1\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, PLAN)))
        .hasMessage(file + ": line 3: point and replication must be whole numbers, were \"x\" and \"0\"");
    log(HEADER + "0,0,7,2,10\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, PLAN)))
        .hasMessage(file + ": line 2: has 5 fields, expected 6");
    log(HEADER + "0,0,7,2,10,0.1\n0,0,7,2,10,0.2\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, PLAN)))
        .hasMessage(file + ": line 3: run 0/0 is there twice");
    log(HEADER + "0,0,7,2,ten,0.1\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.read(file, PLAN)))
        .hasMessage(file + ": line 2: field 5 must be a number, was \"ten\"");
    log("point,replication,seed,b,reach,seconds\n");
    assertThat(assertThrows(InputFileException.class, () -> RunsFile.open(file, PLAN)))
        .hasMessageStartingWith(file + ": line 1: header does not match the sweep");
  }
}
