package org.viralsim.stats;

import java.util.Arrays;

/**
 * How often each non-negative whole value occurred (entry v counts the values equal to v), growing
 * with the largest value: sizes of many cascades or contributions of many users, kept in the space
 * of the largest value rather than of the number of values.
 */
public final class Counts {
  private long[] counts = new long[16];
  private int length;

  public void add(long value, long times) {
    if (value < 0 || value >= Integer.MAX_VALUE) throw new IllegalArgumentException("value out of range: " + value);
    int v = (int) value;
    if (v >= counts.length) counts = Arrays.copyOf(counts, Math.max(v + 1, 2 * counts.length));
    counts[v] += times;
    length = Math.max(length, v + 1);
  }

  public void add(long value) { add(value, 1); }

  /** Adds counts of the same kind (entry v: values equal to v). */
  public void addAll(long[] countsByValue) {
    for (int v = countsByValue.length - 1; v >= 0; v--) if (countsByValue[v] != 0) add(v, countsByValue[v]);
  }

  /** Entry v: the number of values equal to v, up to the largest value seen (a copy). */
  public long[] toArray() { return Arrays.copyOf(counts, length); }
}
