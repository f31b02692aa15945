package org.viralsim.stats;

import java.util.Arrays;

/**
 * The measures of one cascade tree that a run's items.csv gives per item, plus how long the tree
 * took to reach half its final size when its nodes' times are known.
 *
 * @param timeToHalf time from the root to the node that brings the tree to half its final size
 *     (the ceil(size / 2)-th node in time order, the root counting as the first); NaN without times
 */
public record CascadeShape(int size, int depth, int maxBreadth, double structuralVirality, double timeToHalf) {

  /**
   * @param parent one parent index per node as {@link TreeMetrics} takes it, a single root at 0
   * @param time each node's time, or null when not known
   */
  public static CascadeShape of(int[] parent, double[] time) {
    if (parent.length == 0 || parent[0] != -1) throw new IllegalArgumentException("a tree has its root at index 0");
    if (time != null && time.length != parent.length) {
      throw new IllegalArgumentException("time has " + time.length + " values, expected " + parent.length);
    }
    return new CascadeShape(parent.length, TreeMetrics.depth(parent), TreeMetrics.maxBreadth(parent),
        TreeMetrics.structuralVirality(parent), time == null ? Double.NaN : timeToHalf(time));
  }

  private static double timeToHalf(double[] time) {
    double[] sorted = time.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length + 1) / 2 - 1] - time[0];
  }
}
