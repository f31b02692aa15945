package org.viralsim.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
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
  private static final int MAX_LENGTH = 300;

  /** @param line the 1-based line at fault, or 0 when the problem is the whole file */
  public InputFileException(Path file, long line, String reason) {
    super(file + (line > 0 ? ": line " + line : "") + ": " + printable(reason));
    this.file = file;
    this.line = line;
    this.reason = printable(reason);
  }

  /**
   * The reason as a terminal can show it: a binary file's bytes quoted in it become {@code \xNN}
   * escapes and a long excerpt is cut, so the message stays one readable line.
   */
  static String printable(String reason) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (; i < reason.length() && b.length() < MAX_LENGTH; i++) {
      char c = reason.charAt(i);
      if (c == '\uFFFD') b.append('?'); // a byte that was not text: which one is lost in decoding
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) b.append(String.format("\\x%02X", (int) c));
      else b.append(c);
    }
    return i < reason.length() ? b + "..." : b.toString();
  }

  public InputFileException(Path file, String reason) {
    this(file, 0, reason);
  }

  /** An input file that could not be read: missing, not permitted, or another reason. */
  public static InputFileException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) return new InputFileException(file, "no such file");
    if (e instanceof AccessDeniedException) return new InputFileException(file, "permission denied");
    return new InputFileException(file, "cannot read: " + e.getMessage());
  }

  public Path file() { return file; }

  /** The 1-based line at fault, or 0 when the problem is the whole file. */
  public long line() { return line; }

  public String reason() { return reason; }
}
