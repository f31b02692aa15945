package org.viralsim.model;

import java.util.Arrays;

/** A growable list of ints without boxing, for the hot path. */
public final class IntList {
  private int[] data;
  private int size;

  public IntList() { this(8); }

  public IntList(int capacity) { data = new int[Math.max(1, capacity)]; }

  public void add(int v) {
    if (size == data.length) data = Arrays.copyOf(data, data.length + (data.length >> 1) + 1);
    data[size++] = v;
  }

  public int get(int i) { return data[i]; }

  public int size() { return size; }

  public void set(int i, int v) { data[i] = v; }

  public void clear() { size = 0; }

  /** Keeps the first {@code n} entries (n <= size). */
  public void truncate(int n) { size = n; }

  public int[] toArray() { return Arrays.copyOf(data, size); }
}
