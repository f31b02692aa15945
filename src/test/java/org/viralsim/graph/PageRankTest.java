package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageRankTest {
  static LongStream seeds() { return LongStream.range(0, 30).map(i -> 7_919L * i + 5); }

  /** Against the linear system r = (1 - d)/n + d M r solved directly, on random directed graphs with dangling users. */
  @ParameterizedTest
  @MethodSource("seeds")
  void ranksSolveThePageRankEquations(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int n = 5 + random.nextInt(40);
    GraphBuilder b = new GraphBuilder(true, 4 * n);
    for (int i = 0; i < 3 * n; i++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      if (u != v) b.add(u, v);
    }
    Graph g = b.build(n, null);
    double[] rank = PageRank.of(g);
    int[] following = g.inDegrees();
    RealMatrix system = new Array2DRowRealMatrix(n, n);
    for (int u = 0; u < n; u++) system.setEntry(u, u, 1);
    for (int u = 0; u < n; u++) {
      for (int e = g.start(u); e < g.end(u); e++) {
        int v = g.target(e);
        system.addToEntry(u, v, -PageRank.DAMPING / following[v]);
      }
    }
    for (int v = 0; v < n; v++) {
      if (following[v] == 0) for (int u = 0; u < n; u++) system.addToEntry(u, v, -PageRank.DAMPING / n);
    }
    double[] constant = new double[n];
    Arrays.fill(constant, (1 - PageRank.DAMPING) / n);
    double[] expected = new LUDecomposition(system).getSolver().solve(new ArrayRealVector(constant)).toArray();
    for (int u = 0; u < n; u++) assertThat(rank[u]).as("user %d", u).isCloseTo(expected[u], within(1e-9));
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1, within(1e-9));
  }

  @Test
  void theAccountFollowedByEveryoneRanksFirstAndARingIsEven() {
    GraphBuilder star = new GraphBuilder(true, 6);
    for (int v = 1; v <= 6; v++) star.add(0, v); // 1..6 follow 0
    double[] rank = PageRank.of(star.build(7, null));
    for (int v = 1; v <= 6; v++) assertThat(rank[0]).isGreaterThan(rank[v]);
    GraphBuilder ring = new GraphBuilder(false, 8);
    for (int u = 0; u < 8; u++) ring.add(u, (u + 1) % 8);
    for (double r : PageRank.of(ring.build(8, null))) assertThat(r).isCloseTo(1 / 8.0, within(1e-12));
  }
}
