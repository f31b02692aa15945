package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.NetworkSpec;

class CoresTest {
  static LongStream seeds() { return LongStream.range(0, 40).map(i -> 104_729L * i + 1); }

  /** A clique of four with a tail: 0-1-2-3 all linked, 3-4, 4-5. */
  @Test
  void aCliqueWithATail() {
    GraphBuilder b = new GraphBuilder(false, 8);
    int[][] edges = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}};
    for (int[] e : edges) b.add(e[0], e[1]);
    assertThat(Cores.coreNumbers(b.build(7, null))).containsExactly(3, 3, 3, 3, 1, 1, 0);
  }

  /** A directed star: the hub has followers but every link touches it once, so the core is 1, not 5. */
  @Test
  void aDirectedStarIsOneCore() {
    GraphBuilder b = new GraphBuilder(true, 5);
    for (int v = 1; v <= 5; v++) b.add(0, v);
    assertThat(Cores.coreNumbers(b.build(6, null))).containsOnly(1);
  }

  /** Against the definition: peel users of degree below k until none is left, for every k. */
  @ParameterizedTest
  @MethodSource("seeds")
  void coreNumbersAreThoseOfRepeatedPeeling(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int n = 30 + random.nextInt(120);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, 2 + random.nextInt(8), null), random);
    int[] core = Cores.coreNumbers(g);
    int max = 0;
    for (int c : core) max = Math.max(max, c);
    for (int k = 0; k <= max + 1; k++) {
      boolean[] in = peel(g, k);
      for (int u = 0; u < n; u++) assertThat(in[u]).as("user %d in the %d-core", u, k).isEqualTo(core[u] >= k);
    }
  }

  private static boolean[] peel(Graph g, int k) {
    int n = g.nodeCount();
    boolean[] in = new boolean[n];
    java.util.Arrays.fill(in, true);
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int u = 0; u < n; u++) {
        if (!in[u]) continue;
        int d = 0;
        for (int v : g.followers(u)) if (in[v]) d++;
        if (d < k) {
          in[u] = false;
          changed = true;
        }
      }
    }
    return in;
  }
}
