package org.viralsim.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.io.InputFileException;
import org.viralsim.io.OutputException;

class SweepFolderTest {
  @TempDir Path dir;

  /** Sweeps started at once into one folder: one writes it, the others are refused, and nothing of the winner's is lost. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
  void ofSweepsStartedTogetherOneWinsAndKeepsItsFolder(int attempt) throws Exception {
    Path out = dir.resolve("out" + attempt);
    int starters = 4;
    ExecutorService pool = Executors.newFixedThreadPool(starters);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<SweepFolder>> started = new ArrayList<>();
    for (int i = 0; i < starters; i++) {
      started.add(pool.submit(() -> {
        go.await();
        try {
          return SweepFolder.create(out, dir, "unused", LocalDateTime.now());
        } catch (OutputException refused) {
          assertThat(refused).hasMessage(out + ": another viralsim sweep is running into " + dir.resolve(".out"
              + attempt + ".sweep-partial") + " (its .lock is locked); wait for it to end");
          return null;
        }
      }));
    }
    go.countDown();
    List<SweepFolder> winners = new ArrayList<>();
    for (Future<SweepFolder> f : started) {
      if (f.get() != null) winners.add(f.get());
    }
    pool.shutdown();
    assertThat(winners).hasSize(1);
    try (SweepFolder winner = winners.get(0)) {
      assertThat(winner.dir().resolve(".lock")).as("the winner's folder is whole").exists();
      Files.writeString(winner.file("runs.csv"), "point\n");
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString()))
            .as("no folder of a refused start is left behind").containsExactly(".out" + attempt + ".sweep-partial");
      }
    }
  }

  /** Checks of a sweep's state in this process never drop its lock, held or being taken (Linux: /proc/locks). */
  @Test
  void checksRacingALockInThisProcessLeaveItHeld() throws Exception {
    Path locks = Path.of("/proc/locks");
    Assumptions.assumeTrue(Files.isReadable(locks), "needs /proc/locks");
    Path staging = Files.createDirectory(dir.resolve(".raced.sweep-partial"));
    AtomicBoolean done = new AtomicBoolean();
    Thread checker = new Thread(() -> {
      while (!done.get()) {
        try {
          SweepFolder.finished(dir.resolve("raced"));
        } catch (InputFileException expected) {
          // running or interrupted: either is right at some moment
        }
      }
    });
    checker.start();
    try {
      for (int i = 0; i < 3000; i++) {
        try (SweepFolder held = SweepFolder.resume(dir.resolve("raced"))) {
          long inode = (Long) Files.getAttribute(held.file(".lock"), "unix:ino");
          String pid = Long.toString(ProcessHandle.current().pid());
          assertThat(Files.readAllLines(locks)).as("round " + i)
              .anyMatch(l -> l.contains(" WRITE " + pid + " ") && l.contains(":" + inode + " "));
        }
      }
    } finally {
      done.set(true);
      checker.join();
    }
    assertThat(staging).isDirectory();
  }

  @Test
  void aResumeCommandQuotesAFolderTheShellWouldSplit() {
    assertThat(SweepFolder.resumeCommand(Path.of("/tmp/plain-name_1.2")))
        .isEqualTo("viralsim sweep --resume /tmp/plain-name_1.2");
    assertThat(SweepFolder.resumeCommand(Path.of("/tmp/my sweeps/it's")))
        .isEqualTo("viralsim sweep --resume '/tmp/my sweeps/it'\\''s'");
  }
}
