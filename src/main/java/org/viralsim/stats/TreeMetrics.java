package org.viralsim.stats;

/**
 * Shape of cascade forests. A forest is given as one parent index per node in activation order:
 * {@code parent[i] < i}, or -1 for a root (a seed). All methods are linear in the number of nodes.
 */
public final class TreeMetrics {
  private TreeMetrics() {}

  /**
   * Structural virality (Goel et al. 2016): the mean shortest-path distance between two distinct
   * nodes of the same tree. For one tree of n nodes it is W / (n (n - 1) / 2), W the Wiener index
   * (sum of distances over unordered pairs): 2 (n - 1) / n for a star, (n + 1) / 3 for a chain. For
   * a forest, pairs are pooled over its trees: sum of W / sum of n (n - 1) / 2, so each tree weighs
   * by its number of pairs. NaN when no tree has two nodes.
   */
  public static double structuralVirality(int[] parent) {
    int n = checked(parent);
    // Subtree sizes: children come after their parent, so one backward pass accumulates them.
    int[] size = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      size[i]++;
      if (parent[i] >= 0) size[parent[i]] += size[i];
    }
    // The edge above node i separates its s = size[i] nodes from the t - s others of its tree,
    // and lies on every path between the two sides: W = sum over edges of s (t - s).
    int[] root = new int[n];
    // A double cannot overflow (a long would, for chains of a few million nodes).
    double wiener = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        root[i] = i;
        pairs += (long) size[i] * (size[i] - 1) / 2;
      } else {
        root[i] = root[parent[i]];
        wiener += (long) size[i] * (size[root[i]] - size[i]);
      }
    }
    return pairs == 0 ? Double.NaN : wiener / pairs;
  }

  /** Largest distance from a root to a node (0 for seeds alone or no node at all). */
  public static int depth(int[] parent) {
    int max = 0;
    for (int d : depths(parent)) max = Math.max(max, d);
    return max;
  }

  /** Largest number of nodes at the same distance from their root, over the whole forest. */
  public static int maxBreadth(int[] parent) {
    int[] depth = depths(parent);
    int[] count = new int[depth.length];
    int max = 0;
    for (int d : depth) max = Math.max(max, ++count[d]);
    return max;
  }

  private static int[] depths(int[] parent) {
    int n = checked(parent);
    int[] depth = new int[n];
    for (int i = 0; i < n; i++) depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
    return depth;
  }

  private static int checked(int[] parent) {
    for (int i = 0; i < parent.length; i++) {
      if (parent[i] < -1 || parent[i] >= i) {
        throw new IllegalArgumentException("parent[" + i + "] must be -1 or in [0, " + i + "), was " + parent[i]);
      }
    }
    return parent.length;
  }
}
