package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.testing.TestGraphs;

class FollowerIndexTest {

  static Stream<Long> seeds() {
    MersenneTwisterFast random = new MersenneTwisterFast(42L);
    return IntStream.range(0, 100).mapToObj(i -> random.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void groupsFollowersByRoleAndKeepsEveryFollower(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int n = 1 + random.nextInt(60);
    Graph g = random.nextBoolean()
        ? TestGraphs.randomDirected(n, random.nextInt(4 * n + 1), random)
        : Generators.generate(new NetworkSpec.ErdosRenyi(Math.max(2, n), Math.min(3.0, Math.max(2, n) - 1), null), random);
    int users = g.nodeCount();
    int roles = 1 + random.nextInt(4);
    byte[] roleOf = new byte[users];
    for (int u = 0; u < users; u++) roleOf[u] = (byte) random.nextInt(roles);

    FollowerIndex index = FollowerIndex.of(g, roleOf, roles);
    assertThat(index.roles()).isEqualTo(roles);
    // Users are grouped in a random order, as cascades reach them, some asked for twice.
    int[] order = IntStream.range(0, 2 * users).map(i -> random.nextInt(users)).toArray();
    for (int u : order) {
      int b = index.base(u);
      int[] seg = index.segments();
      int[] targets = index.targets();
      assertThat(seg[b + roles] - seg[b]).as("followers of user %d", u).isEqualTo(g.outDegree(u));
      int[] inRoleOrder = IntStream.range(0, roles)
          .flatMap(r -> Arrays.stream(g.followers(u)).filter(v -> roleOf[v] == r)).toArray();
      assertThat(Arrays.copyOfRange(targets, seg[b], seg[b + roles]))
          .as("followers of user %d grouped by role, each group in the graph's order", u).containsExactly(inRoleOrder);
      for (int r = 0; r < roles; r++) {
        assertThat(seg[b + r]).isLessThanOrEqualTo(seg[b + r + 1]);
        for (int a = seg[b + r]; a < seg[b + r + 1]; a++) {
          assertThat(roleOf[targets[a]]).as("role of follower %d of user %d in group %d", targets[a], u, r).isEqualTo((byte) r);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void groupingLaterUsersLeavesEarlierGroupsIntact(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int n = 2 + random.nextInt(200);
    Graph g = TestGraphs.randomDirected(n, random.nextInt(20 * n + 1), random);
    byte[] roleOf = new byte[n];
    for (int u = 0; u < n; u++) roleOf[u] = (byte) random.nextInt(3);
    FollowerIndex index = FollowerIndex.of(g, roleOf, 3);
    int first = random.nextInt(n);
    int b = index.base(first);
    int[] before = Arrays.copyOfRange(index.targets(), index.segments()[b], index.segments()[b + 3]);
    for (int u = 0; u < n; u++) index.base(u); // the arrays grow and are replaced
    assertThat(index.base(first)).isEqualTo(b);
    assertThat(Arrays.copyOfRange(index.targets(), index.segments()[b], index.segments()[b + 3])).containsExactly(before);
    assertThat(index.targets().length).as("never more than one copy of the arcs").isLessThanOrEqualTo((int) g.arcCount());
  }

  @Test
  void aFollowerWhoFollowsTwiceIsListedTwice() {
    Graph g = new Graph(new int[] {0, 3, 3}, new int[] {1, 1, 1}, null, true);
    FollowerIndex index = FollowerIndex.of(g, new byte[] {0, 1}, 2);
    int b = index.base(0);
    assertThat(Arrays.copyOfRange(index.targets(), index.segments()[b + 1], index.segments()[b + 2])).containsExactly(1, 1, 1);
    assertThat(index.segments()[b]).isEqualTo(index.segments()[b + 1]); // no follower in role 0
  }
}
