package org.viralsim.graph;

/**
 * The k-core decomposition (Seidman 1983): a user's core number is the largest k such that it
 * belongs to a subgraph in which every user has at least k links; in a directed network a link is
 * an arc either way (followers and followed accounts alike). Kitsak et al. (2010) found the core number a
 * better predictor of how far a user spreads information than the number of followers.
 */
public final class Cores {
  private Cores() {}

  /**
   * Each user's core number, by the O(n + m) bucket algorithm of Batagelj and Zaversnik (2003):
   * users are taken in order of their remaining degree, each lowering its not yet taken followers'.
   */
  public static int[] coreNumbers(Graph g) {
    int n = g.nodeCount();
    int[][] adjacency = g.directed() ? symmetric(g) : new int[][] {g.offsets(), g.targets()};
    int[] offsets = adjacency[0];
    int[] targets = adjacency[1];
    int[] degree = new int[n];
    int max = 0;
    for (int u = 0; u < n; u++) {
      degree[u] = offsets[u + 1] - offsets[u];
      max = Math.max(max, degree[u]);
    }
    int[] binStart = new int[max + 2];
    for (int u = 0; u < n; u++) binStart[degree[u] + 1]++;
    for (int d = 1; d <= max + 1; d++) binStart[d] += binStart[d - 1];
    int[] order = new int[n];
    int[] position = new int[n];
    int[] next = binStart.clone();
    for (int u = 0; u < n; u++) {
      position[u] = next[degree[u]]++;
      order[position[u]] = u;
    }
    for (int i = 0; i < n; i++) {
      int u = order[i];
      for (int e = offsets[u]; e < offsets[u + 1]; e++) {
        int v = targets[e];
        if (degree[v] > degree[u]) {
          // move v to the front of its bin, then shrink the bin from the front: v's degree drops by one
          int dv = degree[v];
          int front = binStart[dv];
          int w = order[front];
          if (w != v) {
            order[position[v]] = w;
            position[w] = position[v];
            order[front] = v;
            position[v] = front;
          }
          binStart[dv]++;
          degree[v]--;
        }
      }
    }
    return degree;
  }

  /** The arcs of a directed network both ways, as offsets and targets. */
  private static int[][] symmetric(Graph g) {
    int n = g.nodeCount();
    int[] degree = new int[n];
    for (int u = 0; u < n; u++) {
      for (int e = g.start(u); e < g.end(u); e++) {
        degree[u]++;
        degree[g.target(e)]++;
      }
    }
    int[] offsets = new int[n + 1];
    for (int u = 0; u < n; u++) offsets[u + 1] = offsets[u] + degree[u];
    int[] next = java.util.Arrays.copyOf(offsets, n);
    int[] targets = new int[offsets[n]];
    for (int u = 0; u < n; u++) {
      for (int e = g.start(u); e < g.end(u); e++) {
        int v = g.target(e);
        targets[next[u]++] = v;
        targets[next[v]++] = u;
      }
    }
    return new int[][] {offsets, targets};
  }
}
