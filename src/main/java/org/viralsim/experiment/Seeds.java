package org.viralsim.experiment;

/** Seeds of replications: derived from the base seed and the index alone, never from timing or threads. */
public final class Seeds {
  private Seeds() {}

  /** The seed of replication i (0-based) of a scenario with base seed {@code base}. */
  public static long replication(long base, int i) {
    return mix(base + mix(0x632BE59BD9B4E019L + i));
  }

  /** SplitMix64's finaliser: spreads nearby inputs over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
