package org.viralsim.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What keeps a second writer, in another process or in this one, out of a sweep folder: an
 * exclusive lock on its {@code .lock} file, which the operating system drops when the process ends,
 * however it ends. On a file system without locks (some network mounts) the sweep goes on unguarded
 * and says why.
 */
final class SweepLock implements AutoCloseable {
  static final String FILE = ".lock";
  /** Folders locked by this JVM: a second channel on a locked file would, once closed, drop the lock. */
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  /** Whether a sweep is writing into a folder; unknown where the file system has no locks. */
  enum State { RUNNING, STOPPED, UNKNOWN }

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
    Path key = SweepFolder.realPath(folder);
    if (!HELD_HERE.add(key)) return null;
    FileChannel channel = null;
    try {
      channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (IOException noLocks) {
        channel.close();
        return new SweepLock(key, null, noLocks.getMessage());
      }
      if (lock != null) return new SweepLock(key, channel, null);
      channel.close();
      HELD_HERE.remove(key);
      return null;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      HELD_HERE.remove(key);
      throw e;
    }
  }

  /** Whether a sweep is writing into {@code folder} now, in this process or another. */
  static State state(Path folder) {
    if (HELD_HERE.contains(SweepFolder.realPath(folder))) return State.RUNNING;
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) return State.STOPPED; // every sweep folder is made with its lock file
    try (FileChannel probe = FileChannel.open(file, StandardOpenOption.READ)) {
      FileLock shared = probe.tryLock(0, Long.MAX_VALUE, true);
      if (shared == null) return State.RUNNING;
      shared.release();
      return State.STOPPED;
    } catch (OverlappingFileLockException e) {
      return State.RUNNING;
    } catch (IOException e) {
      return State.UNKNOWN;
    }
  }

  /**
   * Records the lock under the name the folder is about to be renamed to (the lock goes with the
   * file), before the rename so that no check in this JVM finds the folder there unrecorded; false
   * when a writer here already holds that name.
   */
  boolean claim(Path folderToBe) {
    Path name = SweepFolder.realPath(folderToBe.getParent()).resolve(folderToBe.getFileName());
    if (!HELD_HERE.add(name)) return false;
    HELD_HERE.remove(key);
    key = name;
    return true;
  }

  /** Why the folder could not be locked, or null when it is. */
  String unlockedBecause() { return unlockedBecause; }

  @Override
  public void close() {
    closeQuietly(channel);
    HELD_HERE.remove(key);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) channel.close();
    } catch (IOException e) {
      // nothing was written through it
    }
  }
}
