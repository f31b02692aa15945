package org.viralsim.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The results folder of a sweep. Like {@link OutputFolder} it appears under its final name only
 * when complete, but its staging folder has a fixed hidden name, {@code .NAME.sweep-partial} next to
 * the final folder, and is kept when the sweep is interrupted (even by SIGKILL), so that
 * {@code viralsim sweep --resume NAME} finds it and finishes the sweep.
 */
public final class SweepFolder {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final String SUFFIX = ".sweep-partial";
  private final Path target;
  private final Path staging;

  private SweepFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
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
    Path given = dir.toAbsolutePath().normalize();
    String name = given.getFileName().toString();
    boolean isStaging = name.startsWith(".") && name.endsWith(SUFFIX);
    Path target = isStaging ? given.resolveSibling(name.substring(1, name.length() - SUFFIX.length())) : given;
    Path staging = isStaging ? given : stagingOf(given);
    if (!Files.isDirectory(staging)) {
      String why = Files.exists(target) ? "is a finished sweep; there is nothing to resume"
          : "no interrupted sweep found (looked for " + staging + ")";
      throw new OutputException(dir + ": " + why);
    }
    return new SweepFolder(target, staging);
  }

  /**
   * A finished sweep folder as given, or an InputFileException saying why {@code dir} is not one:
   * it does not exist, or it is a sweep still being written or interrupted.
   */
  public static Path finished(Path dir) {
    Path given = dir.toAbsolutePath().normalize();
    String name = given.getFileName() == null ? "" : given.getFileName().toString();
    boolean isStaging = name.startsWith(".") && name.endsWith(SUFFIX);
    Path staging = isStaging ? given : stagingOf(given);
    if (Files.isDirectory(staging)) {
      throw new InputFileException(dir, 0, "is an unfinished sweep (runs so far in " + staging + "); finish it with"
          + " viralsim sweep --resume " + (isStaging ? given.resolveSibling(name.substring(1, name.length()
          - SUFFIX.length())) : dir));
    }
    if (!Files.isDirectory(given)) throw new InputFileException(dir, 0, "no such folder");
    return dir;
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
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new OutputException(target + ": could not move the finished results into place (" + e + ")", e);
    }
    return target;
  }
}
