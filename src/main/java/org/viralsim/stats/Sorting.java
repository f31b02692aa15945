package org.viralsim.stats;

import java.util.Arrays;

/** Ascending copies of non-negative counts, linear-time when the counts are small. */
final class Sorting {
  /** Counting sort pays off while its histogram is no larger than the input (plus a floor). */
  private static final int COUNTING_FLOOR = 1 << 16;

  private Sorting() {}

  /** A sorted copy; rejects negative values, which no count can take. */
  static long[] ascending(long[] values) {
    long max = 0;
    for (long v : values) {
      if (v < 0) throw new IllegalArgumentException("counts must be non-negative, got " + v);
      max = Math.max(max, v);
    }
    if (max > Math.max(values.length, COUNTING_FLOOR)) {
      long[] sorted = values.clone();
      Arrays.sort(sorted);
      return sorted;
    }
    int[] histogram = new int[(int) max + 1];
    for (long v : values) histogram[(int) v]++;
    long[] sorted = new long[values.length];
    int at = 0;
    for (int v = 0; v <= max; v++) {
      Arrays.fill(sorted, at, at + histogram[v], v);
      at += histogram[v];
    }
    return sorted;
  }
}
