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
    n = g.nodeCount();
    int roles = 1 + random.nextInt(4);
    byte[] roleOf = new byte[n];
    for (int u = 0; u < n; u++) roleOf[u] = (byte) random.nextInt(roles);

    FollowerIndex index = FollowerIndex.of(g, roleOf, roles);
    assertThat(index.roles()).isEqualTo(roles);
    int[] seg = index.segments();
    int[] targets = index.targets();
    assertThat(targets).hasSize((int) g.arcCount());
    for (int u = 0; u < n; u++) {
      assertThat(seg[u * roles]).as("start of user %d", u).isEqualTo(g.start(u));
      assertThat(seg[u * roles + roles]).as("end of user %d", u).isEqualTo(g.end(u));
      int[] grouped = Arrays.copyOfRange(targets, seg[u * roles], seg[u * roles + roles]);
      for (int r = 0; r < roles; r++) {
        assertThat(seg[u * roles + r]).isLessThanOrEqualTo(seg[u * roles + r + 1]);
        for (int a = seg[u * roles + r]; a < seg[u * roles + r + 1]; a++) {
          assertThat(roleOf[targets[a]]).as("role of follower %d of user %d in group %d", targets[a], u, r).isEqualTo((byte) r);
        }
      }
      int[] followers = g.followers(u);
      Arrays.sort(grouped);
      Arrays.sort(followers);
      assertThat(grouped).as("followers of user %d", u).containsExactly(followers);
    }
  }

  @Test
  void aFollowerWhoFollowsTwiceIsListedTwice() {
    Graph g = new Graph(new int[] {0, 3, 3}, new int[] {1, 1, 1}, null, true);
    FollowerIndex index = FollowerIndex.of(g, new byte[] {0, 1}, 2);
    assertThat(Arrays.copyOfRange(index.targets(), index.segments()[1], index.segments()[2])).containsExactly(1, 1, 1);
    assertThat(index.segments()[0]).isEqualTo(index.segments()[1]); // no follower in role 0
  }
}
