package org.viralsim.io.scenario;

/**
 * A problem with a scenario, worded for the person who wrote it. The message is one line:
 * {@code FILE: KEY.PATH: reason}, or {@code FILE: reason} when no key applies (syntax errors put
 * {@code line L: } at the start of the reason).
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String keyPath;
  private final String reason;

  /**
   * @param file    the file as the user named it, {@code "<built-in>"} or {@code "--set"}
   * @param keyPath the snake_case key path, e.g. {@code population.roles.creator.share}, or null
   * @param reason  what is wrong; line breaks are flattened so the message stays on one line
   */
  public ScenarioException(String file, String keyPath, String reason) {
    super(format(file, keyPath, reason));
    this.file = file;
    this.keyPath = keyPath;
    this.reason = oneLine(reason);
  }

  public String file() { return file; }

  /** The key path, or null when the problem is not tied to a key. */
  public String keyPath() { return keyPath; }

  public String reason() { return reason; }

  private static String format(String file, String keyPath, String reason) {
    return file + ": " + (keyPath == null ? "" : keyPath + ": ") + oneLine(reason);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
