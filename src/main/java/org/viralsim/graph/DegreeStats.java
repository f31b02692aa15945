package org.viralsim.graph;

import java.util.Arrays;

/**
 * Out-degree (follower count) statistics of a graph.
 *
 * @param nodes        number of nodes
 * @param arcs         number of arcs (an undirected edge counts twice)
 * @param meanDegree   mean out-degree, &lt;k&gt;
 * @param secondMoment mean squared out-degree, &lt;k^2&gt;
 * @param maxDegree    largest out-degree
 * @param distribution p_k, the fraction of nodes with out-degree k, for k = 0..maxDegree
 */
public record DegreeStats(
    int nodes, long arcs, double meanDegree, double secondMoment, int maxDegree, double[] distribution) {

  public DegreeStats {
    distribution = distribution.clone();
  }

  @Override
  public double[] distribution() { return distribution.clone(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof DegreeStats d && nodes == d.nodes && arcs == d.arcs && maxDegree == d.maxDegree
        && Double.compare(meanDegree, d.meanDegree) == 0 && Double.compare(secondMoment, d.secondMoment) == 0
        && Arrays.equals(distribution, d.distribution);
  }

  @Override
  public int hashCode() { return 31 * Long.hashCode(arcs) + Arrays.hashCode(distribution); }

  public static DegreeStats of(Graph graph) {
    int n = graph.nodeCount();
    int max = 0;
    double sumSquares = 0;
    for (int u = 0; u < n; u++) {
      int k = graph.outDegree(u);
      max = Math.max(max, k);
      sumSquares += (double) k * k;
    }
    double[] p = new double[max + 1];
    for (int u = 0; u < n; u++) p[graph.outDegree(u)]++;
    for (int k = 0; k <= max; k++) p[k] /= n;
    return new DegreeStats(n, graph.arcCount(), (double) graph.arcCount() / n, sumSquares / n, max, p);
  }
}
