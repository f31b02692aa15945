package org.viralsim.config;

/** Range checks that throw {@link InvalidValueException} naming the key and the value. */
public final class Checks {
  private Checks() {}

  public static double probability(String key, double value) {
    return range(key, value, 0, 1);
  }

  public static double range(String key, double value, double lo, double hi) {
    if (!(value >= lo && value <= hi)) {
      throw new InvalidValueException(key, "must be in [" + fmt(lo) + ", " + fmt(hi) + "], was " + fmt(value));
    }
    return value;
  }

  public static long atLeast(String key, long value, long min) {
    if (value < min) throw new InvalidValueException(key, "must be at least " + min + ", was " + value);
    return value;
  }

  public static long atMost(String key, long value, long max) {
    if (value > max) throw new InvalidValueException(key, "must be at most " + max + ", was " + value);
    return value;
  }

  /** A name used in output columns: a letter or digit, then letters, digits, '-' and '_'. */
  public static String name(String key, String value) {
    present(key, value);
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,39}")) {
      throw new InvalidValueException(key,
          "must start with a letter or digit and use only letters, digits, '-' and '_' (at most 40), was \"" + value + "\"");
    }
    return value;
  }

  /**
   * A name that becomes a folder name under results/ (a scenario's, a sweep's, a myth run's): one
   * rule for all of them, so none can climb out ("../x") or into another folder ("a/b").
   */
  public static String pathName(String key, String value) {
    return pathName(key, value, 100);
  }

  /** {@link #pathName(String, String)} for a name of at most {@code maxLength} characters. */
  public static String pathName(String key, String value, int maxLength) {
    present(key, value);
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9._-]{0," + (maxLength - 1) + "}")) {
      throw new InvalidValueException(key, "must start with a letter or digit and use only letters, digits, '.', '-'"
          + " and '_' (at most " + maxLength + "), was \"" + value + "\"");
    }
    return value;
  }

  public static <T> T present(String key, T value) {
    if (value == null) throw new InvalidValueException(key, "is required");
    return value;
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
