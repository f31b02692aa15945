package org.viralsim.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.viralsim.io.OutputException;
import org.viralsim.io.sweep.SweepFolder;

/**
 * A second process for lock tests: takes the lock of the sweep folder in {@code args[0]}, prints
 * {@code locked} and holds it until its standard input closes; or prints why it could not.
 */
public final class SweepLockProbe {
  private SweepLockProbe() {}

  public static void main(String[] args) throws IOException {
    try (SweepFolder folder = SweepFolder.resume(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our input
      }
    } catch (OutputException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }
}
