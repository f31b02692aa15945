package org.viralsim.config;

/**
 * A scenario value that breaks a rule. {@code key} is the snake_case key path relative to the record
 * that threw (e.g. {@code "share"}); loaders prefix the path of the enclosing record so the user sees
 * the full path, e.g. {@code population.roles.creator.share}.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final String reason;

  public InvalidValueException(String key, String reason) {
    super(key + ": " + reason);
    this.key = key;
    this.reason = reason;
  }

  public String key() { return key; }

  public String reason() { return reason; }

  /** The same problem seen from an enclosing record: {@code prefix.key}. */
  public InvalidValueException under(String prefix) {
    return new InvalidValueException(prefix.isEmpty() ? key : prefix + "." + key, reason);
  }
}
