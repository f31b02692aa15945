package org.viralsim.io;

import java.nio.file.Path;

/**
 * An input file that cannot be used. The message is one line, {@code FILE: line N: reason}, or
 * {@code FILE: reason} when no single line is at fault.
 */
public final class InputFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final long line;
  private final String reason;

  /** @param line the 1-based line at fault, or 0 when the problem is the whole file */
  public InputFileException(Path file, long line, String reason) {
    super(file + (line > 0 ? ": line " + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public InputFileException(Path file, String reason) {
    this(file, 0, reason);
  }

  public Path file() { return file; }

  /** The 1-based line at fault, or 0 when the problem is the whole file. */
  public long line() { return line; }

  public String reason() { return reason; }
}
