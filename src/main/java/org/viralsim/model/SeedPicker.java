package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Seeding;
import org.viralsim.graph.Cores;
import org.viralsim.graph.Graph;
import org.viralsim.graph.PageRank;

/** Chooses who posts the campaign item. */
public final class SeedPicker {
  private SeedPicker() {}

  public static int[] pick(Seeding seeding, Graph graph, byte[] roleOf, MersenneTwisterFast random) {
    int n = graph.nodeCount();
    return switch (seeding.strategy()) {
      case RANDOM -> sample(allUsers(n), checkCount(seeding.count(), n, "users in the network"), random);
      case CREATORS -> {
        int[] first = usersOfRole(roleOf, 0);
        yield sample(first, checkCount(seeding.count(), first.length, "users in the first role"), random);
      }
      case TOP_DEGREE -> topDegree(graph, checkCount(seeding.count(), n, "users in the network"), random);
      case K_CORE -> innermostCores(graph, checkCount(seeding.count(), n, "users in the network"), random);
      case PAGERANK -> highestPageRank(graph, checkCount(seeding.count(), n, "users in the network"), random);
      case USERS -> resolve(seeding.users(), graph);
    };
  }

  private static int checkCount(int count, int available, String what) {
    if (count > available) {
      throw new InvalidValueException("seeding.count",
          "asks for " + count + " seeds but there are only " + available + " " + what);
    }
    return count;
  }

  static int[] allUsers(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) all[i] = i;
    return all;
  }

  static int[] usersOfRole(byte[] roleOf, int role) {
    IntList list = new IntList();
    for (int u = 0; u < roleOf.length; u++) if (roleOf[u] == role) list.add(u);
    return list.toArray();
  }

  /** k distinct users from pool by a partial Fisher-Yates shuffle (pool is modified). */
  static int[] sample(int[] pool, int k, MersenneTwisterFast random) {
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(pool.length - i);
      int t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return java.util.Arrays.copyOf(pool, k);
  }

  /** The k users with most followers; equal follower counts are ordered at random. */
  static int[] topDegree(Graph graph, int k, MersenneTwisterFast random) {
    int[] degree = new int[graph.nodeCount()];
    for (int u = 0; u < degree.length; u++) degree[u] = graph.outDegree(u);
    return topBy(degree, k, random);
  }

  /** The k users of highest score; equal scores in random order (a sort of packed longs, no boxing). */
  private static int[] topBy(int[] score, int k, MersenneTwisterFast random) {
    int[] order = RoleAssigner.shuffled(score.length, random);
    long[] packed = new long[order.length];
    for (int i = 0; i < order.length; i++) packed[i] = ((long) (Integer.MAX_VALUE - score[order[i]]) << 32) | i;
    java.util.Arrays.sort(packed);
    int[] top = new int[k];
    for (int i = 0; i < k; i++) top[i] = order[(int) packed[i]];
    return top;
  }

  /**
   * The k users of the highest core numbers, equal ones in random order: within a core, position
   * rather than the number of followers is what the strategy bets on (Kitsak et al. 2010).
   */
  static int[] innermostCores(Graph graph, int k, MersenneTwisterFast random) {
    return topBy(Cores.coreNumbers(graph), k, random);
  }

  /** The k users of highest PageRank; equal ranks in random order. */
  static int[] highestPageRank(Graph graph, int k, MersenneTwisterFast random) {
    double[] rank = PageRank.of(graph);
    int[] order = RoleAssigner.shuffled(graph.nodeCount(), random);
    Integer[] ranked = new Integer[order.length];
    for (int i = 0; i < order.length; i++) ranked[i] = i;
    java.util.Arrays.sort(ranked, (a, b) -> {
      int c = Double.compare(rank[order[b]], rank[order[a]]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] top = new int[k];
    for (int i = 0; i < k; i++) top[i] = order[ranked[i]];
    return top;
  }

  /** Node ids as written in the network file (or 0..n-1 for generated networks) to indices. */
  public static int[] resolve(List<String> ids, Graph graph) {
    int[] seeds = new int[ids.size()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = graph.indexOf(ids.get(i));
      if (seeds[i] < 0) {
        throw new InvalidValueException("seeding.users",
            "node id \"" + ids.get(i) + "\" is not in the network");
      }
    }
    return seeds;
  }
}
