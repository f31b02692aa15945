package org.viralsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.viralsim.config.Checks;
import org.viralsim.config.InvalidValueException;

/**
 * A results folder that appears only when complete: files go to a hidden sibling
 * ({@code .NAME.partial-RANDOM}), made before the run starts and renamed into place at the end. An
 * interrupted run leaves no folder under the final name, and an existing non-empty folder is never
 * written into. Problems are reported as {@link OutputException}s naming the folder.
 */
public final class OutputFolder implements AutoCloseable {
  private static final int MAX_FOLDER_NAME = 240;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private Path target;
  private final boolean named;
  private final Path staging;
  /** The outermost folder this run created to hold its results, or null; removed if left empty. */
  private final Path created;
  private final Thread cleanup;
  /** Held while the folder is written; its release tells the next writer that a folder left here is abandoned. */
  private StagingLock lock;
  /** Staging folders of killed writers that opening this one removed. */
  private final List<Path> abandoned;
  private boolean committed;

  private OutputFolder(Path target, boolean named) {
    this.target = target;
    this.named = named;
    Path parent = target.getParent();
    Path outermost = null;
    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) outermost = p;
    this.created = outermost;
    this.abandoned = StagingLock.removeAbandoned(parent);
    this.staging = parent.resolve("." + target.getFileName() + StagingLock.PARTIAL + UUID.randomUUID());
    try {
      Files.createDirectories(parent);
      this.lock = StagingLock.take(staging); // locked before the folder exists: no one sees it unguarded
      Files.createDirectory(staging);
    } catch (IOException e) {
      if (lock != null) lock.close();
      throw new OutputException(target + ": cannot write results there (" + e + ")", e);
    }
    readableByAll(staging); // temporary folders are private by default; results are not
    this.cleanup = new Thread(this::deleteStaging, "results-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Starts a results folder: exactly {@code out} when given (it must not exist or be empty), else
   * {@code root/NAME/TIMESTAMP}, with a -2, -3 ... suffix if that name is taken when it is opened
   * or when it is committed (two runs started in the same second).
   */
  public static OutputFolder open(Path out, Path root, String name, LocalDateTime now) {
    if (out != null) {
      Path target = out.toAbsolutePath().normalize();
      checkUsable(target);
      return new OutputFolder(target, true);
    }
    return new OutputFolder(free(named(root, name).resolve(STAMP.format(now))), false);
  }

  /**
   * {@code root/NAME}, for a name checked by the one rule for names that become paths
   * ({@link Checks#pathName}), which keeps it inside root. Names made from others (compare-A-vs-B)
   * may be longer than those users write, up to what file systems take.
   */
  public static Path named(Path root, String name) {
    try {
      Checks.pathName("name", name, MAX_FOLDER_NAME);
    } catch (InvalidValueException e) {
      throw new OutputException("cannot name a results folder \"" + name + "\": " + e.reason());
    }
    return root.resolve(name).toAbsolutePath().normalize();
  }

  private static Path free(Path base) {
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
        throw new OutputException(dir + ": cannot be created, " + up + " is not a folder");
      }
      return;
    }
    if (!Files.isDirectory(dir)) throw new OutputException(dir + ": exists and is not a folder");
    try (Stream<Path> s = Files.list(dir)) {
      if (s.findAny().isPresent()) {
        throw new OutputException(dir + ": folder is not empty; results are never written over, choose a new --out");
      }
    } catch (IOException e) {
      throw new OutputException(dir + ": cannot be read (" + e + ")", e);
    }
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

  /** The folder being written. */
  public Path dir() { return staging; }

  /** The name the folder is to have (it may still change with a suffix when it is committed). */
  public Path target() { return target; }

  /** Moves the finished folder to its final name in one step and returns that name. */
  public Path commit() {
    if (!named) target = free(target);
    checkUsable(target);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException(target + ": could not move the finished results into place (" + e + ")", e);
    }
    committed = true;
    lock.close();
    return target;
  }

  /**
   * One line saying which unfinished folders of stopped or killed writers opening this one removed,
   * or null when there were none.
   */
  public String removedNote() {
    if (abandoned.isEmpty()) return null;
    return "removed " + abandoned.size() + " unfinished results folder" + (abandoned.size() == 1 ? "" : "s")
        + " that a stopped run left (" + String.join(", ", abandoned.stream().map(p -> p.getFileName().toString())
        .toList()) + ")";
  }

  @Override
  public void close() {
    if (!committed) {
      deleteStaging();
      removeEmptyCreated();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook itself is running and cleans up
    }
  }

  /** A failed first run of a scenario leaves no empty results/NAME folder behind. */
  private void removeEmptyCreated() { removeEmptyParents(target, created); }

  private static void removeEmptyParents(Path target, Path created) {
    if (created == null) return;
    for (Path p = target.getParent(); p != null && p.startsWith(created); p = p.getParent()) {
      try {
        Files.deleteIfExists(p); // only succeeds while empty
      } catch (IOException notEmpty) {
        return;
      }
    }
  }

  /** The outermost folder that opening this one created to hold it, or null. */
  public Path createdParents() { return created; }

  /**
   * Removes a committed folder that turned out unusable (its jobs could not be submitted), and the
   * folders opening it created, if that leaves them empty.
   */
  public static void withdraw(Path target, Path createdParents) {
    deleteQuietly(target);
    removeEmptyParents(target, createdParents);
  }

  private void deleteStaging() {
    if (!committed) {
      deleteQuietly(staging);
      if (lock != null) lock.close();
    }
  }

  /** Deletes a folder this program made, as far as it can. */
  public static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a leftover hidden .partial folder is clearly marked as such
    }
  }
}
