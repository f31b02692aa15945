package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DegreeStatsTest {
  private static Graph undirected(int n, int[][] edges) {
    GraphBuilder b = new GraphBuilder(false, edges.length);
    for (int[] e : edges) b.add(e[0], e[1]);
    return b.build(n, null);
  }

  @Test
  void starWithFourLeaves() {
    DegreeStats s = DegreeStats.of(undirected(5, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    assertThat(s.nodes()).isEqualTo(5);
    assertThat(s.arcs()).isEqualTo(8);
    assertThat(s.meanDegree()).isCloseTo(1.6, within(1e-12));
    assertThat(s.secondMoment()).isCloseTo(4.0, within(1e-12));
    assertThat(s.maxDegree()).isEqualTo(4);
    assertThat(s.distribution()).containsExactly(0, 0.8, 0, 0, 0.2);
    assertThat(s).isEqualTo(DegreeStats.of(undirected(5, new int[][] {{1, 0}, {2, 0}, {3, 0}, {4, 0}})));
  }

  @Test
  void distributionIsACopy() {
    DegreeStats s = DegreeStats.of(undirected(2, new int[][] {{0, 1}}));
    s.distribution()[1] = 9;
    assertThat(s.distribution()).containsExactly(0, 1);
  }
}
