package org.viralsim.io.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.viralsim.io.InputFileException;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.ShellWords;

/**
 * The results folder of a sweep. Like {@link OutputFolder} it appears under its final name only
 * when complete, but its staging folder has a fixed hidden name, {@code .NAME.sweep-partial} next to
 * the final folder, and is kept when the sweep is interrupted (even by SIGKILL), so that
 * {@code viralsim sweep --resume NAME} finds it and finishes the sweep. While open it holds a lock
 * on {@code .lock} in the staging folder ({@link SweepLock}), so that no two writers share one sweep.
 */
public final class SweepFolder implements AutoCloseable {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final String SUFFIX = ".sweep-partial";
  private final Path target;
  private final Path staging;
  private final SweepLock lock;

  private SweepFolder(Path target, Path staging, SweepLock lock) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /** Why the sweep could not be locked against a second writer, or null when it is locked. */
  public String unlockedBecause() { return lock.unlockedBecause(); }

  /** Starts a new sweep folder: {@code out}, or {@code root/NAME/TIMESTAMP} when out is null. */
  public static SweepFolder create(Path out, Path root, String name, LocalDateTime now) {
    Path target = (out != null ? out : OutputFolder.named(root, name).resolve(STAMP.format(now))).toAbsolutePath()
        .normalize();
    OutputFolder.checkUsable(target);
    Path staging = stagingOf(target);
    if (Files.exists(staging)) throw kept(target, staging);
    // Made and locked under a name of its own, then renamed: no one sees the folder unlocked.
    Path starting = staging.resolveSibling(staging.getFileName() + "." + UUID.randomUUID());
    SweepLock lock;
    try {
      Files.createDirectories(staging.getParent());
      Files.createDirectory(starting);
      lock = Objects.requireNonNull(SweepLock.take(starting), "a new folder is not locked");
    } catch (IOException | RuntimeException e) {
      OutputFolder.deleteQuietly(starting);
      throw new OutputException(target + ": cannot write results there (" + e + ")", e);
    }
    IOException failed = null;
    try {
      if (lock.renameTo(starting, staging)) return new SweepFolder(target, staging, lock);
    } catch (IOException e) { // another sweep's folder got there first, or the rename failed
      failed = e;
    }
    lock.close();
    OutputFolder.deleteQuietly(starting);
    if (failed != null && !Files.exists(staging)) {
      throw new OutputException(target + ": cannot write results there (" + failed + ")", failed);
    }
    throw kept(target, staging);
  }

  /** Why a new sweep cannot go where a sweep folder is kept. */
  private static OutputException kept(Path target, Path staging) {
    return switch (SweepLock.state(staging)) {
      case RUNNING -> runningError(target, staging);
      case GONE -> new OutputException(target + ": a sweep finished there just now; choose a new --out");
      case STOPPED -> new OutputException(target + ": an interrupted sweep is being kept in " + staging
          + "; finish it with " + resumeCommand(target) + ", or delete it");
      case UNKNOWN -> new OutputException(target + ": a sweep is being kept in " + staging + ", running or"
          + " interrupted (its lock cannot be checked here); if interrupted, finish it with " + resumeCommand(target));
    };
  }

  private static OutputException runningError(Path target, Path staging) {
    return new OutputException(target + ": another viralsim sweep is running into " + staging + " (its "
        + SweepLock.FILE + " is locked); wait for it to end");
  }

  /** The command that finishes the sweep of {@code target}, as the launcher was called (viralsim by default). */
  public static String resumeCommand(Path target) {
    return System.getProperty("viralsim.launcher", "viralsim") + " sweep --resume " + ShellWords.quote(target.toString());
  }

  /** What lies at a sweep folder's final name: a finished sweep, one being written or interrupted, or nothing. */
  public enum Found { FINISHED, RUNNING, INTERRUPTED, UNKNOWN, ABSENT }

  /** The state of the sweep whose final name is {@code target}, read from its folders and lock alone. */
  public static Found find(Path target) {
    Names names = Names.of(target);
    if (Files.isDirectory(names.staging)) {
      switch (SweepLock.state(names.staging)) {
        case RUNNING: return Found.RUNNING;
        case STOPPED: return Found.INTERRUPTED;
        case UNKNOWN: return Found.UNKNOWN;
        default: break; // gone: it finished meanwhile
      }
    }
    return Files.isDirectory(names.target) ? Found.FINISHED : Found.ABSENT;
  }

  /** The hidden folder in which the sweep of {@code target} is kept until it is finished. */
  public static Path keptIn(Path target) {
    return Names.of(target).staging;
  }

  /** The interrupted sweep for {@code dir}: its final name or its staging folder. */
  public static SweepFolder resume(Path dir) {
    Names names = Names.of(dir);
    if (!Files.isDirectory(names.staging)) {
      String why = Files.exists(names.target) ? "is a finished sweep; there is nothing to resume"
          : "no interrupted sweep found (looked for " + names.staging + ")";
      throw new OutputException(dir + ": " + why);
    }
    SweepLock lock;
    try {
      lock = SweepLock.take(names.staging);
    } catch (NoSuchFileException e) {
      throw finishedMeanwhile(names.target);
    } catch (IOException e) {
      throw new OutputException(names.target + ": cannot lock the sweep in " + names.staging + " (" + e + ")", e);
    }
    if (lock == null) throw runningError(names.target, names.staging);
    if (!Files.isDirectory(names.staging)) { // committed between the check above and the lock
      lock.close();
      throw finishedMeanwhile(names.target);
    }
    return new SweepFolder(names.target, names.staging, lock);
  }

  private static OutputException finishedMeanwhile(Path target) {
    return new OutputException(target + ": the sweep finished meanwhile; there is nothing to resume");
  }

  /** The real path of a file, or its absolute one where it cannot be resolved (it is gone, say). */
  public static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /**
   * A finished sweep folder as given, or an InputFileException saying why {@code dir} is not one:
   * it does not exist, or it is a sweep still being written or interrupted.
   */
  public static Path finished(Path dir) {
    Names names = Names.of(dir);
    SweepLock.State state = Files.isDirectory(names.staging) ? SweepLock.state(names.staging) : SweepLock.State.GONE;
    if (state != SweepLock.State.GONE) { // gone: it finished meanwhile, so the checks below apply
      String soFar = " (runs so far in " + names.staging + "); ";
      String resume = resumeCommand(names.target);
      throw new InputFileException(dir, 0, switch (state) {
        case RUNNING -> "is a sweep still running" + soFar + "wait for it to end";
        case STOPPED -> "is an interrupted sweep" + soFar + "finish it with " + resume;
        default -> "is a sweep running or interrupted (its lock cannot be checked here)" + soFar
            + "wait for it to end or, if interrupted, finish it with " + resume;
      });
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
      return SweepManifest.hashOf(staging).equals(sweepHash);
    } catch (InputFileException e) {
      return false; // no manifest yet: started too briefly to hold any run
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
      Files.deleteIfExists(target.resolve(SweepLock.FILE));
    } catch (IOException e) {
      // the results are in place; an empty lock file left among them does no harm
    }
    return target;
  }

  /** Releases the lock; an interrupted sweep's staging folder stays for {@code --resume}. */
  @Override
  public void close() {
    lock.close();
  }
}
