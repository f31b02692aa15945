package org.viralsim.graph;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.viralsim.config.NetworkSpec;

/**
 * A directed follower network shaped like Twitter's (twitter-2010: 41.7M users, 1.47B follows):
 * follower counts are heavy-tailed, a power law of exponent 2 capped at a tenth of the users, and
 * each follower is drawn uniformly among the other users, so the numbers of accounts followed are
 * light-tailed (binomial). Made to be streamed: the follower counts come first, then the followers
 * block of nodes by block, each block from its own stream, so blocks can be drawn on several
 * threads with the same result and the arcs never have to be held at once.
 */
public final class SyntheticFollowers {
  /** Exponent of the follower-count density. */
  public static final double EXPONENT = 2.0;
  /** Nodes per block of {@link #followers}. */
  public static final int BLOCK = 1 << 16;

  private final int users;
  private final long seed;
  private final int cap;
  private final int[] counts;

  /**
   * Draws the follower counts: a truncated power law whose lower end is set so their mean is
   * follows / users, then nudged one by one on random users so they add up to follows exactly.
   *
   * @throws IllegalArgumentException for fewer than 2 users, more than {@code MAX_NODES}, or a
   *     mean above a twentieth of the users (the cap would flatten the tail)
   */
  public SyntheticFollowers(int users, long follows, long seed) {
    if (users < 2 || users > NetworkSpec.MAX_NODES) {
      throw new IllegalArgumentException("users must be in [2, " + NetworkSpec.MAX_NODES + "], was " + users);
    }
    this.users = users;
    this.seed = seed;
    this.cap = Math.max(1, (users - 1) / 10);
    double mean = (double) follows / users;
    if (follows < 0 || mean > cap / 2.0) {
      throw new IllegalArgumentException(String.format("follows must be in [0, %,d] for %,d users, was %,d",
          (long) (cap / 2.0 * users), users, follows));
    }
    if (follows > GraphBuilder.MAX_ARCS) {
      throw new IllegalArgumentException(String.format("follows must be at most %,d, was %,d", GraphBuilder.MAX_ARCS, follows));
    }
    this.counts = drawCounts(follows, new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), -1}));
  }

  private int[] drawCounts(long follows, MersenneTwisterFast random) {
    double low = lowerEnd((double) follows / users);
    double span = 1 / low - 1 / (cap + 1.0);
    int[] c = new int[users];
    long sum = 0;
    for (int u = 0; u < users; u++) {
      c[u] = (int) Math.min(cap, 1 / (1 / low - random.nextDouble() * span)); // inverse of the power law's CDF
      sum += c[u];
    }
    while (sum != follows) {
      int u = random.nextInt(users);
      if (sum < follows && c[u] < cap) {
        c[u]++;
        sum++;
      } else if (sum > follows && c[u] > 0) {
        c[u]--;
        sum--;
      }
    }
    return c;
  }

  /** The lower end k of the density k/x^2 on [k, cap + 1) whose floor has the given mean (bisection). */
  private double lowerEnd(double mean) {
    double lo = 1e-9;
    double hi = cap;
    for (int i = 0; i < 200; i++) {
      double k = (lo + hi) / 2;
      double c = cap + 1.0;
      double floorMean = Math.log(c / k) / (1 / k - 1 / c) - 0.5; // about half a unit below the real mean
      if (floorMean < mean) lo = k;
      else hi = k;
    }
    return lo;
  }

  public int users() { return users; }

  /** Each user's number of followers; shared, do not modify. */
  public int[] followerCounts() { return counts; }

  /** The number of blocks of {@link #BLOCK} users. */
  public int blocks() { return (users + BLOCK - 1) / BLOCK; }

  /** The number of follows of the users of block b. */
  public long blockFollows(int b) {
    long sum = 0;
    for (int u = b * BLOCK; u < Math.min(users, (b + 1) * BLOCK); u++) sum += counts[u];
    return sum;
  }

  /**
   * The followers of the users of block b, user after user, each user's sorted and distinct and
   * never the user itself, into a new array of {@link #blockFollows} ints.
   */
  public int[] followers(int b) {
    MersenneTwisterFast random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), b});
    int[] out = new int[(int) blockFollows(b)];
    int at = 0;
    for (int u = b * BLOCK; u < Math.min(users, (b + 1) * BLOCK); u++) {
      drawDistinct(u, counts[u], out, at, random);
      at += counts[u];
    }
    return out;
  }

  /** Draws count distinct users other than u into out[at, at + count), sorted: draw, sort, drop repeats, redraw. */
  private void drawDistinct(int u, int count, int[] out, int at, MersenneTwisterFast random) {
    int have = 0;
    while (have < count) {
      for (int i = at + have; i < at + count; i++) {
        int v = random.nextInt(users - 1);
        out[i] = v >= u ? v + 1 : v;
      }
      Arrays.sort(out, at, at + count);
      have = 0;
      for (int i = at; i < at + count; i++) {
        if (have == 0 || out[at + have - 1] != out[i]) out[at + have++] = out[i];
      }
    }
  }
}
