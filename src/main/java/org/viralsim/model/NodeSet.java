package org.viralsim.model;

/**
 * A set of user ids in [0, universe) that is cheap while small and fast when large: an
 * open-addressing hash table that turns into a bitset once the bitset would be smaller. Most items
 * reach a handful of users, a few reach millions; a plain bitset per item would cost universe/8
 * bytes for every one of thousands of small items, a boxed HashSet would be slow for the big ones.
 */
public final class NodeSet {
  private static final int GOLDEN = 0x9E3779B9;
  private final int universe;
  private int[] table; // stores id + 1; 0 marks an empty slot
  private int mask = 15;
  private int shift = 28; // 32 - log2(table length): Fibonacci hashing takes the top bits
  private long[] bits;
  private int size;

  /** A set that starts as a hash table and turns into a bitset when that is smaller: sized by what it holds. */
  public NodeSet(int universe) {
    this.universe = universe;
    table = new int[16];
  }

  private NodeSet(int universe, long[] bits) {
    this.universe = universe;
    this.bits = bits;
  }

  /** A set expected to grow large (a campaign's readers): a bitset from the start. */
  static NodeSet bitset(int universe) { return new NodeSet(universe, new long[(universe + 63) >>> 6]); }

  public int size() { return size; }

  public boolean contains(int v) {
    if (bits != null) return (bits[v >>> 6] & (1L << v)) != 0;
    int key = v + 1;
    for (int i = (key * GOLDEN) >>> shift; ; i = (i + 1) & mask) {
      int k = table[i];
      if (k == key) return true;
      if (k == 0) return false;
    }
  }

  /** Adds v; returns false if it was already present. */
  public boolean add(int v) {
    if (bits != null) {
      long m = 1L << v;
      int w = v >>> 6;
      if ((bits[w] & m) != 0) return false;
      bits[w] |= m;
      size++;
      return true;
    }
    int key = v + 1;
    int i = (key * GOLDEN) >>> shift;
    for (int k; (k = table[i]) != 0; i = (i + 1) & mask) {
      if (k == key) return false;
    }
    table[i] = key;
    if (++size * 2 > table.length) grow();
    return true;
  }

  private void grow() {
    int[] old = table;
    if ((long) old.length * 2 * Integer.SIZE >= universe) { // a bitset is now smaller
      bits = new long[(universe + 63) >>> 6];
      for (int k : old) if (k != 0) bits[(k - 1) >>> 6] |= 1L << (k - 1);
      table = null;
      return;
    }
    table = new int[old.length * 2];
    mask = table.length - 1;
    shift--;
    for (int k : old) {
      if (k == 0) continue;
      int i = (k * GOLDEN) >>> shift;
      while (table[i] != 0) i = (i + 1) & mask;
      table[i] = k;
    }
  }
}
