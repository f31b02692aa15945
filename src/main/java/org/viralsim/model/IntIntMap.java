package org.viralsim.model;

/**
 * A map from user ids in [0, universe) to ints, where an absent user reads 0: an open-addressing
 * table of keys and values side by side that turns into a plain int[universe] once that array
 * would be smaller. The threshold model keeps two per item; most items reach a handful of users,
 * so a dense array per item would cost 4 bytes per user of the network for each of thousands of
 * small items, and a boxed HashMap would be slow and heavy for the few that reach millions.
 */
final class IntIntMap {
  private static final int GOLDEN = 0x9E3779B9;
  private static final int INITIAL_CAPACITY = 8;
  private final int universe;
  /** Slot i holds key + 1 at [2i] (0 marks an empty slot) and the value at [2i + 1]. */
  private int[] slots;
  private int mask = INITIAL_CAPACITY - 1;
  private int shift = 29; // 32 - log2(capacity): Fibonacci hashing takes the top bits
  private int size;
  private int[] dense;

  /**
   * Even an item that will reach everyone starts as a table: a campaign can reach few users, and
   * the doublings on the way to the array cost little next to the exposures that fill it.
   */
  IntIntMap(int universe) {
    this.universe = universe;
    if (universe <= 2 * INITIAL_CAPACITY) {
      dense = new int[universe];
    } else {
      slots = new int[2 * INITIAL_CAPACITY];
    }
  }

  int get(int key) {
    if (dense != null) return dense[key];
    int k = key + 1;
    for (int i = (k * GOLDEN) >>> shift; ; i = (i + 1) & mask) {
      int at = slots[2 * i];
      if (at == k) return slots[2 * i + 1];
      if (at == 0) return 0;
    }
  }

  /** Sets the value of key; returns the previous one (0 if absent). */
  int put(int key, int value) {
    int at = dense == null ? valueIndex(key) : -1;
    if (at < 0) {
      int old = dense[key];
      dense[key] = value;
      return old;
    }
    int old = slots[at];
    slots[at] = value;
    return old;
  }

  /** Adds 1 to the value of key; returns the new value. */
  int increment(int key) {
    int at = dense == null ? valueIndex(key) : -1;
    return at < 0 ? ++dense[key] : ++slots[at];
  }

  /**
   * Where the value of key sits in the table, the key claimed (value 0) if new; -1 if the table
   * had to grow and turned into the dense array instead.
   */
  private int valueIndex(int key) {
    int k = key + 1;
    int i = (k * GOLDEN) >>> shift;
    for (int at; (at = slots[2 * i]) != 0; i = (i + 1) & mask) {
      if (at == k) return 2 * i + 1;
    }
    if ((size + 1) * 2 > mask + 1) {
      grow();
      return dense != null ? -1 : valueIndex(key);
    }
    slots[2 * i] = k;
    size++;
    return 2 * i + 1;
  }

  /** Doubles the table, or turns dense once the doubled table would be at least as large. */
  private void grow() {
    int[] old = slots;
    if (2L * old.length >= universe) {
      dense = new int[universe];
      for (int j = 0; j < old.length; j += 2) if (old[j] != 0) dense[old[j] - 1] = old[j + 1];
      slots = null;
      return;
    }
    slots = new int[2 * old.length];
    mask = old.length - 1;
    shift--;
    for (int j = 0; j < old.length; j += 2) {
      int k = old[j];
      if (k == 0) continue;
      int i = (k * GOLDEN) >>> shift;
      while (slots[2 * i] != 0) i = (i + 1) & mask;
      slots[2 * i] = k;
      slots[2 * i + 1] = old[j + 1];
    }
  }
}
