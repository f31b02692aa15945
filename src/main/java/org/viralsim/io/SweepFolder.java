package org.viralsim.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The results folder of a sweep. Like {@link OutputFolder} it appears under its final name only
 * when complete, but its staging folder has a fixed hidden name, {@code .NAME.sweep-partial} next to
 * the final folder, and is kept when the sweep is interrupted (even by SIGKILL), so that
 * {@code viralsim sweep --resume NAME} finds it and finishes the sweep. While open it holds a lock
 * on {@code .lock} in the staging folder, so that no two processes write one sweep; the operating
 * system drops the lock when the process ends, however it ends.
 */
public final class SweepFolder implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final String SUFFIX = ".sweep-partial";
  private static final String LOCK = ".lock";
  private final Path target;
  private final Path staging;
  private final FileChannel lock;

  private SweepFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
    this.lock = lock(target, staging);
  }

  /** Takes the staging folder's lock, or says which process may be holding it. */
  private static FileChannel lock(Path target, Path staging) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock held = channel.tryLock();
      if (held != null) return channel;
    } catch (OverlappingFileLockException e) {
      // held by this process: refused below like any other holder
    } catch (IOException e) {
      throw new OutputException(target + ": cannot lock the sweep in " + staging + " (" + e + ")", e);
    }
    closeQuietly(channel);
    throw new OutputException(target + ": another viralsim process is running this sweep (" + staging.resolve(LOCK)
        + " is locked); wait for it to end");
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }

  /** Starts a new sweep folder: {@code out}, or {@code root/NAME/TIMESTAMP} when out is null. */
  public static SweepFolder create(Path out, Path root, String name, LocalDateTime now) {
    Path target = (out != null ? out : root.resolve(name).resolve(STAMP.format(now))).toAbsolutePath().normalize();
    OutputFolder.checkUsable(target);
    Path staging = stagingOf(target);
    if (Files.exists(staging)) {
      throw new OutputException(target + ": an interrupted sweep is being kept in " + staging
          + "; finish it with 'viralsim sweep --resume " + target + "' or delete it");
    }
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new OutputException(target + ": cannot write results there (" + e + ")", e);
    }
    return new SweepFolder(target, staging);
  }

  /** The interrupted sweep for {@code dir}: its final name or its staging folder. */
  public static SweepFolder resume(Path dir) {
    Names names = Names.of(dir);
    if (!Files.isDirectory(names.staging)) {
      String why = Files.exists(names.target) ? "is a finished sweep; there is nothing to resume"
          : "no interrupted sweep found (looked for " + names.staging + ")";
      throw new OutputException(dir + ": " + why);
    }
    return new SweepFolder(names.target, names.staging);
  }

  /**
   * A finished sweep folder as given, or an InputFileException saying why {@code dir} is not one:
   * it does not exist, or it is a sweep still being written or interrupted.
   */
  public static Path finished(Path dir) {
    Names names = Names.of(dir);
    if (Files.isDirectory(names.staging)) {
      String why = running(names.staging) ? "is a sweep still running in another viralsim process"
          : "is an interrupted sweep; finish it with viralsim sweep --resume " + names.target;
      throw new InputFileException(dir, 0, why + " (runs so far in " + names.staging + ")");
    }
    if (!Files.exists(names.target)) throw new InputFileException(dir, 0, "no such folder");
    if (!Files.isDirectory(names.target)) throw new InputFileException(dir, 0, "is not a folder");
    return dir;
  }

  /** The staging folders of unfinished sweeps beside {@code dirs}, by name: shards a merge may be missing. */
  public static List<Path> unfinishedBeside(List<Path> dirs) {
    Set<Path> found = new TreeSet<>();
    for (Path dir : dirs) {
      Path parent = dir.toAbsolutePath().normalize().getParent();
      if (parent == null) continue;
      try (Stream<Path> siblings = Files.list(parent)) {
        siblings.filter(p -> isStaging(p.getFileName().toString()) && Files.isDirectory(p)).forEach(found::add);
      } catch (IOException e) {
        // only a hint for a message; a folder that cannot be listed gives none
      }
    }
    return List.copyOf(found);
  }

  private static boolean running(Path staging) {
    Path lockFile = staging.resolve(LOCK);
    if (!Files.exists(lockFile)) return false;
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) return true;
      held.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isStaging(String name) {
    return name.startsWith(".") && name.endsWith(SUFFIX) && name.length() > 1 + SUFFIX.length();
  }

  /** The final and staging names of a sweep folder given by either. */
  private record Names(Path target, Path staging) {
    static Names of(Path dir) {
      Path given = dir.toAbsolutePath().normalize();
      if (given.getFileName() == null) throw new OutputException(dir + ": is not a sweep folder");
      String name = given.getFileName().toString();
      if (!isStaging(name)) return new Names(given, stagingOf(given));
      return new Names(given.resolveSibling(name.substring(1, name.length() - SUFFIX.length())), given);
    }
  }

  private static Path stagingOf(Path target) {
    return target.resolveSibling("." + target.getFileName() + SUFFIX);
  }

  public Path target() { return target; }

  /** The folder being written. */
  public Path dir() { return staging; }

  /** Path of a file inside the folder being written. */
  public Path file(String name) { return staging.resolve(name); }

  /** Moves the finished folder to its final name in one step and returns that name. */
  public Path commit() {
    OutputFolder.checkUsable(target);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE); // still locked, so no one resumes it meanwhile
    } catch (IOException e) {
      throw new OutputException(target + ": could not move the finished results into place (" + e + ")", e);
    }
    close();
    try {
      Files.deleteIfExists(target.resolve(LOCK));
    } catch (IOException e) {
      throw new OutputException(target + ": cannot remove its " + LOCK + " file (" + e + ")", e);
    }
    return target;
  }

  /** Releases the lock; an interrupted sweep's staging folder stays for {@code --resume}. */
  @Override
  public void close() {
    closeQuietly(lock);
  }
}
