package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.testing.SweepLockProbe;
import org.viralsim.testing.TinySweep;

/** No two writers for one sweep: whether the writer is another process or this one. */
@Tag("slow")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SweepLockTest {
  @TempDir Path dir;

  @Test
  void aSweepLockedByAnotherProcessIsNeitherResumedNorMergedNorStartedAgain() throws Exception {
    Path held = dir.resolve("held");
    Path staging = Files.createDirectory(dir.resolve(".held.sweep-partial"));
    Process probe = probe(held);
    try (BufferedReader said = reader(probe)) {
      assertThat(said.readLine()).isEqualTo("locked");
      assertRefusedWhileRunning(held, staging);
    } finally {
      end(probe);
    }
    assertThat(Cli.execute("merge", held.toString(), "--out", dir.resolve("m").toString()).errLines())
        .as("once the holder ends, the folder is an interrupted sweep").containsExactly("viralsim: " + held
            + ": is an interrupted sweep (runs so far in " + staging + "); finish it with viralsim sweep --resume "
            + held);
  }

  @Test
  void checksInThisProcessKeepItsOwnLock() throws Exception {
    Path held = dir.resolve("held");
    Path staging = Files.createDirectory(dir.resolve(".held.sweep-partial"));
    try (SweepFolder folder = SweepFolder.resume(held)) {
      assertRefusedWhileRunning(held, staging);
      Process probe = probe(held);
      try (BufferedReader said = reader(probe)) {
        assertThat(said.readLine()).as("another process still finds the sweep locked")
            .isEqualTo("refused: " + running(held, staging));
      } finally {
        end(probe);
      }
    }
    try (SweepFolder again = SweepFolder.resume(held)) {
      assertThat(again.unlockedBecause()).as("closing released the lock for the next writer").isNull();
    }
  }

  private void assertRefusedWhileRunning(Path held, Path staging) throws IOException {
    assertThat(Cli.execute("sweep", "--resume", held.toString()).errLines())
        .containsExactly("viralsim: " + running(held, staging));
    Path sweep = TinySweep.write(dir, SweepCommandTest.GRID);
    assertThat(Cli.execute("sweep", sweep.toString(), "--out", held.toString()).errLines())
        .containsExactly("viralsim: " + running(held, staging));
    assertThat(Cli.execute("merge", held.toString(), "--out", dir.resolve("m").toString()).errLines())
        .containsExactly("viralsim: " + held + ": is a sweep still running (runs so far in " + staging + "); wait for it to end");
  }

  private static String running(Path held, Path staging) {
    return held + ": another viralsim sweep is running into " + staging + " (its .lock is locked); wait for it to end";
  }

  private static Process probe(Path folder) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SweepLockProbe.class.getName(),
        folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Closes the probe's input, which ends it, or kills it if it hangs. */
  private static void end(Process probe) throws IOException, InterruptedException {
    probe.getOutputStream().close();
    if (!probe.waitFor(30, TimeUnit.SECONDS)) {
      probe.destroyForcibly();
      throw new AssertionError("the lock probe did not end when its input closed");
    }
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }
}
