package org.viralsim.graph;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative long keys to non-negative int values, with linear
 * probing and backward-shift removal. Hand-written because boxed maps cost an object per entry on
 * graphs with millions of nodes and edges.
 */
public final class LongIntMap {
  /** Returned for an absent key. */
  public static final int MISSING = -1;
  private static final long EMPTY = -1;
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] keys;
  private int[] values;
  private int mask;
  private int shift;
  private int size;

  public LongIntMap(int expectedSize) {
    int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, 2L * expectedSize)) - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    mask = capacity - 1;
    shift = 64 - Integer.numberOfTrailingZeros(capacity);
  }

  public int size() { return size; }

  /** Removes every key, keeping the capacity, so a map refilled many times is allocated once. */
  public void clear() {
    Arrays.fill(keys, EMPTY);
    size = 0;
  }

  private int slot(long key) { return (int) ((key * MIX) >>> shift); }

  /** The value of key, or {@link #MISSING}. */
  public int get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) return values[i];
      if (k == EMPTY) return MISSING;
    }
  }

  /** Maps key to value unless key is present; returns the present value, or {@link #MISSING} if it inserted. */
  public int putIfAbsent(long key, int value) {
    if (key < 0 || value < 0) throw new IllegalArgumentException("keys and values must be non-negative");
    int i = slot(key);
    for (long k; (k = keys[i]) != EMPTY; i = (i + 1) & mask) {
      if (k == key) return values[i];
    }
    keys[i] = key;
    values[i] = value;
    if (++size > (mask + 1) >>> 1) rehash();
    return MISSING;
  }

  /** Removes key; returns whether it was present. */
  public boolean remove(long key) {
    int i = slot(key);
    for (long k; (k = keys[i]) != key; i = (i + 1) & mask) {
      if (k == EMPTY) return false;
    }
    // Shift later entries of the probe run back so lookups never stop early at the hole.
    for (int hole = i, j = (i + 1) & mask; ; j = (j + 1) & mask) {
      long k = keys[j];
      if (k == EMPTY) {
        keys[hole] = EMPTY;
        size--;
        return true;
      }
      int home = slot(k);
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        keys[hole] = k;
        values[hole] = values[j];
        hole = j;
      }
    }
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(keys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == EMPTY) continue;
      int j = slot(oldKeys[i]);
      while (keys[j] != EMPTY) j = (j + 1) & mask;
      keys[j] = oldKeys[i];
      values[j] = oldValues[i];
    }
  }
}
