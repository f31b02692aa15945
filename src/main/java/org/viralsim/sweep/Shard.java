package org.viralsim.sweep;

/**
 * One of {@code count} deterministic shares of a sweep's runs (0-based {@code index}): the runs whose
 * number point * replications + replication is index modulo count. Written "I/N" with I from 1.
 */
public record Shard(int index, int count) {
  public static final Shard WHOLE = new Shard(0, 1);

  public Shard {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("shard " + index + " of " + count + " does not exist");
    }
  }

  /**
   * The shard written "I/N" (null: the whole sweep).
   *
   * @throws IllegalArgumentException naming the text, when it is not I/N with 1 <= I <= N
   */
  public static Shard parse(String text) {
    if (text == null) return WHOLE;
    String[] parts = text.split("/", -1);
    try {
      int i = Integer.parseInt(parts[0].strip());
      int n = Integer.parseInt(parts[1].strip());
      if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) return new Shard(i - 1, n);
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // reported below
    }
    throw new IllegalArgumentException("expected I/N with 1 <= I <= N, was \"" + text + "\"");
  }
}
