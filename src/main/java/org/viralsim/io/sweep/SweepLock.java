package org.viralsim.io.sweep;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What keeps a second writer, in another process or in this one, out of a sweep folder: an
 * exclusive lock on its {@code .lock} file, which the operating system drops when the process ends,
 * however it ends. On a file system without locks (some network mounts) the sweep goes on unguarded
 * and says why.
 */
final class SweepLock implements AutoCloseable {
  static final String FILE = ".lock";
  private static final int TRIES = 5;
  private static final long RETRY_MILLIS = 20;
  /**
   * Guards every lock operation of this JVM and records the folders it holds locked: closing any
   * channel on a locked file drops the process's lock, so no probe may open one while a writer here
   * holds or takes it.
   */
  private static final Object GUARD = new Object();
  private static final Set<Path> HELD_HERE = new HashSet<>();

  /** Whether a sweep is writing into a folder; gone when the folder was renamed meanwhile. */
  enum State { RUNNING, STOPPED, UNKNOWN, GONE }

  private Path key;
  private final FileChannel channel;
  private final String unlockedBecause;

  private SweepLock(Path key, FileChannel channel, String unlockedBecause) {
    this.key = key;
    this.channel = channel;
    this.unlockedBecause = unlockedBecause;
  }

  /** Locks {@code folder}, or returns null when another writer holds it. */
  static SweepLock take(Path folder) throws IOException {
    synchronized (GUARD) {
      Path key = SweepFolder.realPath(folder);
      if (HELD_HERE.contains(key)) return null;
      FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      SweepLock lock = null;
      try {
        lock = lockOrNull(key, channel);
      } finally {
        if (lock == null || lock.channel == null) channel.close();
      }
      if (lock != null) HELD_HERE.add(key);
      return lock;
    }
  }

  /** The lock through {@code channel}, one without a channel where there are no locks, or null when held. */
  private static SweepLock lockOrNull(Path key, FileChannel channel) {
    for (int attempt = 1; attempt <= TRIES; attempt++) {
      try {
        if (channel.tryLock() != null) return new SweepLock(key, channel, null);
      } catch (IOException noLocks) {
        return new SweepLock(key, null, noLocks.getMessage());
      } catch (OverlappingFileLockException heldHereUnderAnotherName) {
        return null;
      }
      try {
        Thread.sleep(RETRY_MILLIS); // another process may only be probing it (see state) for a moment
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** Whether a sweep is writing into {@code folder} now, in this process or another. */
  static State state(Path folder) {
    synchronized (GUARD) {
      if (HELD_HERE.contains(SweepFolder.realPath(folder))) return State.RUNNING;
      try (FileChannel probe = FileChannel.open(folder.resolve(FILE), StandardOpenOption.READ)) {
        FileLock shared;
        try {
          shared = probe.tryLock(0, Long.MAX_VALUE, true);
        } catch (IOException noLocks) {
          return State.UNKNOWN;
        }
        if (shared == null) return State.RUNNING;
        shared.release();
        return State.STOPPED;
      } catch (NoSuchFileException e) {
        return Files.isDirectory(folder) ? State.STOPPED : State.GONE;
      } catch (OverlappingFileLockException heldHereUnderAnotherName) {
        return State.RUNNING;
      } catch (IOException e) {
        return State.UNKNOWN;
      }
    }
  }

  /**
   * Renames the locked folder to {@code to} (the lock goes with the file), recording it under its new
   * name first; false when a writer here holds that name. Fails when another folder is there.
   */
  boolean renameTo(Path from, Path to) throws IOException {
    synchronized (GUARD) {
      Path name = SweepFolder.realPath(to.getParent()).resolve(to.getFileName());
      if (!HELD_HERE.add(name)) return false;
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        HELD_HERE.remove(name);
        throw e;
      }
      HELD_HERE.remove(key);
      key = name;
      return true;
    }
  }

  /** Why the folder could not be locked, or null when it is. */
  String unlockedBecause() { return unlockedBecause; }

  @Override
  public void close() {
    synchronized (GUARD) {
      try {
        if (channel != null) channel.close();
      } catch (IOException e) {
        // nothing was written through it
      }
      HELD_HERE.remove(key);
    }
  }
}
