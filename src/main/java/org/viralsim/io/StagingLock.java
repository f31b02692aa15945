package org.viralsim.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a results folder being written from one left by a process that died: beside each hidden
 * staging folder {@code .NAME.partial-ID}, its writer holds an exclusive lock on
 * {@code .NAME.partial-ID.lock}, which the operating system drops when the process ends, however it
 * ends (kill -9 included). A lock that can be taken marks a staging folder nobody will finish.
 */
final class StagingLock implements AutoCloseable {
  static final String PARTIAL = ".partial-";
  static final String SUFFIX = ".lock";
  /** The lock files this program makes: {@code .NAME.partial-UUID.lock}, nothing else. */
  private static final Pattern OURS = Pattern.compile("\\..+\\.partial-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.lock");
  /**
   * Lock files this JVM holds: closing any channel on a file this process has locked drops its lock,
   * so the sweep for stale folders must not even probe them.
   */
  private static final Set<Path> HELD_HERE = new HashSet<>();

  private final Path file;
  private final FileChannel channel;

  private StagingLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** The lock file of a staging folder. */
  static Path of(Path staging) {
    return staging.resolveSibling(staging.getFileName() + SUFFIX);
  }

  /**
   * Creates and locks the staging folder's lock file (before the folder itself exists): made and
   * locked under a name the sweep for abandoned folders does not match, then renamed, so no one ever
   * sees it unlocked.
   */
  static StagingLock take(Path staging) throws IOException {
    Path file = of(staging).toAbsolutePath();
    Path starting = file.resolveSibling(file.getFileName() + ".new");
    synchronized (HELD_HERE) {
      FileChannel channel = FileChannel.open(starting, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        boolean locked;
        try {
          locked = channel.tryLock() != null;
        } catch (IOException noLocks) {
          locked = true; // a file system without locks: the folder goes unguarded
        }
        if (!locked) throw new IOException(starting + " is locked by another process");
        Files.move(starting, file, StandardCopyOption.ATOMIC_MOVE); // the lock is on the file, whatever its name
      } catch (IOException | RuntimeException e) {
        channel.close();
        Files.deleteIfExists(starting);
        throw e;
      }
      HELD_HERE.add(file);
      return new StagingLock(file, channel);
    }
  }

  /**
   * Releases the lock, and deletes its file when its folder is gone (committed or removed); a folder
   * still there keeps its lock file, so that the next writer beside it can tell it is abandoned.
   */
  @Override
  public void close() {
    synchronized (HELD_HERE) {
      try {
        channel.close();
        Path staging = stagingOf(file);
        if (!Files.exists(staging)) Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a lock file left unlocked is removed by the next writer's sweep
      } finally {
        HELD_HERE.remove(file);
      }
    }
  }

  private static Path stagingOf(Path lockFile) {
    String name = lockFile.getFileName().toString();
    return lockFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
  }

  /**
   * Removes, in {@code parent}, the staging folders (and lock files) of writers that are gone: those
   * whose lock can be taken. Folders of writers still running, and those without a lock file, stay.
   *
   * @return the staging folders removed
   */
  static List<Path> removeAbandoned(Path parent) {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(parent)) return removed;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + "*" + PARTIAL + "*" + SUFFIX)) {
      for (Path lockFile : entries) {
        if (!OURS.matcher(lockFile.getFileName().toString()).matches()) continue; // someone else's file
        Path staging = stagingOf(lockFile);
        if (!Files.isDirectory(staging) && Files.exists(staging)) continue;
        if (abandoned(lockFile.toAbsolutePath())) {
          boolean existed = Files.exists(staging);
          OutputFolder.deleteQuietly(staging);
          if (!Files.exists(staging)) Files.deleteIfExists(lockFile); // else the next writer tries again
          if (existed) removed.add(staging);
        }
      }
    } catch (IOException ignored) {
      // an unreadable parent is reported when the results are written there
    }
    return removed;
  }

  private static boolean abandoned(Path lockFile) {
    synchronized (HELD_HERE) {
      if (HELD_HERE.contains(lockFile)) return false;
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
        FileLock lock = channel.tryLock();
        if (lock == null) return false; // its writer is alive
        lock.release();
        return true;
      } catch (IOException | OverlappingFileLockException cannotTell) {
        return false;
      }
    }
  }
}
