package org.viralsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears only when complete: files go to a hidden sibling
 * ({@code .NAME.partial-PID}), renamed into place at the end. An interrupted run leaves no folder
 * under the final name, and an existing non-empty folder is never written into.
 */
public final class OutputFolder implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private final Path target;
  private final Path staging;
  private final Thread cleanup;
  private boolean committed;

  private OutputFolder(Path target) throws IOException {
    this.target = target;
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    this.staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
    readableByAll(staging); // temporary folders are private by default; results are not
    this.cleanup = new Thread(this::deleteStaging, "results-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Where a run's results go: exactly {@code out} when given (it must not exist or be empty),
   * else {@code root/NAME/TIMESTAMP}, with a suffix if that stamp is taken.
   */
  public static Path choose(Path out, Path root, String name, LocalDateTime now) {
    if (out != null) {
      checkUsable(out);
      return out;
    }
    Path base = root.resolve(name).resolve(STAMP.format(now));
    Path candidate = base;
    for (int i = 2; Files.exists(candidate); i++) candidate = base.resolveSibling(base.getFileName() + "-" + i);
    return candidate;
  }

  /** Fails with a one-line message unless dir is an empty folder or absent with a folder to create it in. */
  public static void checkUsable(Path dir) {
    if (!Files.exists(dir)) {
      // It is created at the end, so its nearest existing ancestor must be a folder.
      Path up = dir.toAbsolutePath().getParent();
      while (up != null && !Files.exists(up)) up = up.getParent();
      if (up != null && !Files.isDirectory(up)) {
        throw new IllegalArgumentException(dir + ": cannot be created, " + up + " is not a folder");
      }
      return;
    }
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": exists and is not a folder");
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) {
        throw new IllegalArgumentException(dir + ": folder is not empty; results are never written over, choose a new --out");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static OutputFolder open(Path target) throws IOException {
    return new OutputFolder(target);
  }

  private static void readableByAll(Path dir) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException | IOException notPosix) {
      // file systems without POSIX permissions keep their own defaults
    }
  }

  /** Path of a file inside the folder being written. */
  public Path file(String name) { return staging.resolve(name); }

  /** Moves the finished folder to its final name in one step. */
  public Path commit() throws IOException {
    checkUsable(target);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
      throw new IOException(target + ": could not move the finished results into place (" + e.getMessage() + ")", e);
    }
    committed = true;
    return target;
  }

  @Override
  public void close() {
    if (!committed) deleteStaging();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook itself is running and cleans up
    }
  }

  private void deleteStaging() {
    if (committed || !Files.exists(staging)) return;
    try (Stream<Path> walk = Files.walk(staging)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a leftover hidden .partial folder is clearly marked as such
    }
  }
}
