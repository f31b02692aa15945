package org.viralsim.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
  /** Staging folders whose lock this JVM holds: a second channel on the same file would drop that lock. */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
  private final Path target;
  private final Path staging;
  private final Path heldKey;
  private final FileChannel lock;
  private final String unlockedBecause;

  private SweepFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
    this.heldKey = realPath(staging);
    if (!HELD_HERE.add(heldKey)) throw runningError(target, staging);
    FileChannel channel = null;
    String why = null;
    try {
      channel = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) throw runningError(target, staging);
    } catch (NoSuchFileException e) {
      throw finishedMeanwhile(target, channel);
    } catch (IOException e) {
      closeQuietly(channel); // a file system without locks (some network mounts): go on unguarded, and say so
      channel = null;
      why = e.getMessage();
    } catch (RuntimeException e) {
      closeQuietly(channel);
      HELD_HERE.remove(heldKey);
      throw e;
    }
    if (!Files.isDirectory(staging)) throw finishedMeanwhile(target, channel);
    this.lock = channel;
    this.unlockedBecause = why;
  }

  private OutputException finishedMeanwhile(Path target, FileChannel channel) {
    closeQuietly(channel);
    HELD_HERE.remove(heldKey);
    return new OutputException(target + ": the sweep finished meanwhile; its results are in " + target);
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path; // gone already: the lock below says so
    }
  }

  private static OutputException runningError(Path target, Path staging) {
    return new OutputException(target + ": another viralsim sweep is running into " + staging + " (its " + LOCK
        + " is locked); wait for it to end");
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }

  /** Why the sweep could not be locked against a second writer, or null when it is locked. */
  public String unlockedBecause() { return unlockedBecause; }

  /** Starts a new sweep folder: {@code out}, or {@code root/NAME/TIMESTAMP} when out is null. */
  public static SweepFolder create(Path out, Path root, String name, LocalDateTime now) {
    Path target = (out != null ? out : root.resolve(name).resolve(STAMP.format(now))).toAbsolutePath().normalize();
    OutputFolder.checkUsable(target);
    Path staging = stagingOf(target);
    if (Files.exists(staging)) {
      if (running(staging)) throw runningError(target, staging);
      throw new OutputException(target + ": an interrupted sweep is being kept in " + staging
          + "; finish it with '" + resumeCommand(target) + "' or delete it");
    }
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new OutputException(target + ": cannot write results there (" + e + ")", e);
    }
    try {
      return new SweepFolder(target, staging);
    } catch (OutputException e) {
      OutputFolder.deleteQuietly(staging);
      throw e;
    }
  }

  /** The command that finishes the sweep of {@code target}, as the launcher was called (viralsim by default). */
  public static String resumeCommand(Path target) {
    return System.getProperty("viralsim.launcher", "viralsim") + " sweep --resume " + target;
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
      String soFar = " (runs so far in " + names.staging + "); ";
      throw new InputFileException(dir, 0, running(names.staging) ? "is a sweep still running" + soFar + "wait for it to end"
          : "is an interrupted sweep" + soFar + "finish it with " + resumeCommand(names.target));
    }
    if (!Files.exists(names.target)) throw new InputFileException(dir, 0, "no such folder");
    if (!Files.isDirectory(names.target)) throw new InputFileException(dir, 0, "is not a folder");
    return dir;
  }

  /**
   * The unfinished sweeps of the sweep with hash {@code sweepHash} that lie beside {@code dirs}, by their
   * final names: shards a merge may be missing, hidden from a {@code shards/*} glob.
   */
  public static List<Path> unfinishedBeside(List<Path> dirs, String sweepHash) {
    Set<Path> found = new TreeSet<>();
    for (Path dir : dirs) {
      Path parent = dir.toAbsolutePath().normalize().getParent();
      if (parent == null) continue;
      try (Stream<Path> siblings = Files.list(parent)) {
        siblings.filter(p -> isStaging(p.getFileName().toString()) && Files.isDirectory(p))
            .filter(p -> ofSweep(p, sweepHash)).forEach(p -> found.add(Names.of(p).target));
      } catch (IOException e) {
        // only a hint for a message; a folder that cannot be listed gives none
      }
    }
    return List.copyOf(found);
  }

  private static boolean ofSweep(Path staging, String sweepHash) {
    try {
      return SweepTables.hashOf(staging).equals(sweepHash);
    } catch (InputFileException e) {
      return false; // no manifest yet: started too briefly to hold any run
    }
  }

  /** Whether a sweep is writing into {@code staging} now, in this process or another. */
  private static boolean running(Path staging) {
    Path lockFile = staging.resolve(LOCK);
    if (HELD_HERE.contains(realPath(staging))) return true;
    if (!Files.exists(lockFile)) return false;
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ)) {
      FileLock held = channel.tryLock(0, Long.MAX_VALUE, true);
      if (held == null) return true;
      held.release();
      return false;
    } catch (IOException | OverlappingFileLockException e) {
      return false; // no locks on this file system: nothing tells a running sweep from an interrupted one
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
    HELD_HERE.remove(heldKey);
  }
}
