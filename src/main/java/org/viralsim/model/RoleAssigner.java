package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.viralsim.config.Assignment;
import org.viralsim.config.Population;
import org.viralsim.graph.Graph;

/** Gives every user a role: exact counts from the shares, users chosen at random or by followers. */
public final class RoleAssigner {
  private RoleAssigner() {}

  /**
   * Role counts by largest remainder, so they sum to n exactly and follow the shares as closely as
   * whole users allow; ties go to the role listed first. Shares are taken relative to their sum,
   * which a population allows to be off 1 by a little.
   */
  public static int[] counts(double[] shares, int n) {
    int[] counts = new int[shares.length];
    double[] rest = new double[shares.length];
    double total = 0;
    for (double s : shares) total += s;
    // Off by 1e-6 times 10 million users, share * n would miss n by 10 users (beyond n: a crash).
    double scale = total > 0 ? n / total : 0;
    int given = 0;
    for (int r = 0; r < shares.length; r++) {
      double exact = shares[r] * scale;
      counts[r] = (int) Math.floor(exact);
      rest[r] = exact - counts[r];
      given += counts[r];
    }
    for (; given < n; given++) {
      int best = 0;
      for (int r = 1; r < shares.length; r++) if (rest[r] > rest[best]) best = r;
      counts[best]++;
      rest[best] = -1;
    }
    return counts;
  }

  /** The role index of each user, in the order roles are listed in the population. */
  public static byte[] assign(Graph graph, Population population, MersenneTwisterFast random) {
    int n = graph.nodeCount();
    double[] shares = population.roles().values().stream().mapToDouble(r -> r.share()).toArray();
    int[] counts = counts(shares, n);
    int[] order = population.assignment() == Assignment.BY_DEGREE && population.degreeBias() > 0
        ? byDegree(graph, population.degreeBias(), random)
        : shuffled(n, random);
    byte[] roleOf = new byte[n];
    int i = 0;
    for (int r = 0; r < counts.length; r++) {
      for (int k = 0; k < counts[r]; k++) roleOf[order[i++]] = (byte) r;
    }
    return roleOf;
  }

  static int[] shuffled(int n, MersenneTwisterFast random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /**
   * Weighted sampling without replacement (Efraimidis and Spirakis): key = E / w with E a standard
   * exponential and w = (1 + followers)^bias, users in increasing key order. Keys are compared as
   * log E - bias log(1 + followers), which cannot underflow however large the bias or degree; the
   * top 38 bits of the key's sortable double bits are packed with the user index (26 bits, enough
   * for {@code NetworkSpec.MAX_NODES}) into one long, so a primitive sort does the work.
   */
  static int[] byDegree(Graph graph, double bias, MersenneTwisterFast random) {
    int n = graph.nodeCount();
    long[] packed = new long[n];
    for (int u = 0; u < n; u++) {
      double logKey = Math.log(-Math.log(1.0 - random.nextDouble())) - bias * Math.log1p(graph.outDegree(u));
      long bits = Double.doubleToLongBits(logKey);
      bits ^= (bits >> 63) & Long.MAX_VALUE; // negative doubles: flip so long order is double order
      packed[u] = ((bits >> INDEX_BITS) << INDEX_BITS) | u;
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = (int) (packed[i] & ((1L << INDEX_BITS) - 1));
    return order;
  }

  private static final int INDEX_BITS = 26;
}
