package org.viralsim.graph;

/**
 * PageRank (Brin and Page 1998) of the follower network: a user ranks high when followed by users who
 * rank high and follow few others. A follower passes its rank on to the accounts it follows, each a
 * share; a user who follows nobody spreads its rank over everyone.
 */
public final class PageRank {
  /** The usual damping factor: the share of rank passed along links rather than spread evenly. */
  public static final double DAMPING = 0.85;
  /** Iterations stop when the ranks move by less than this in total (L1), or after {@link #MAX_ITERATIONS}. */
  static final double TOLERANCE = 1e-10;
  static final int MAX_ITERATIONS = 200;

  private PageRank() {}

  /** Each user's PageRank; the ranks sum to 1. */
  public static double[] of(Graph g) {
    int n = g.nodeCount();
    int[] following = g.inDegrees(); // an arc u -> v means v follows u
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / n);
    double[] next = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double dangling = 0;
      for (int v = 0; v < n; v++) if (following[v] == 0) dangling += rank[v];
      java.util.Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
      for (int u = 0; u < n; u++) {
        for (int e = g.start(u); e < g.end(u); e++) {
          int v = g.target(e);
          next[u] += DAMPING * rank[v] / following[v];
        }
      }
      double change = 0;
      for (int u = 0; u < n; u++) change += Math.abs(next[u] - rank[u]);
      double[] t = rank;
      rank = next;
      next = t;
      if (change < TOLERANCE) break;
    }
    return rank;
  }
}
