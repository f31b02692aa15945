package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Role;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.stats.TreeMetrics;
import org.viralsim.testing.TestGraphs;

/** The threshold rule on small hand-built graphs: the tie, rounding, in-degree and timing. */
class ThresholdDiffusionTest {
  /** User 0 follows users 1..k (arcs i -> 0), and users k+1..k+followers follow user 0. */
  private static Graph follower(int k, int followers) {
    GraphBuilder b = new GraphBuilder(true, k + followers);
    for (int i = 1; i <= k; i++) b.add(i, 0);
    for (int j = 1; j <= followers; j++) b.add(0, k + j);
    return b.build(k + followers + 1, null);
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from + 1];
    for (int i = 0; i < out.length; i++) out[i] = from + i;
    return out;
  }

  private static Item run(Graph g, double phi, int... authors) {
    return SingleCascade.threshold(g, phi).run(authors, new MersenneTwisterFast(1));
  }

  @Test
  void aTieAdopts() {
    Graph g = follower(3, 0);
    assertThat(run(g, 1.0 / 3, 1).sharedBy(0)).as("1 of 3 reaches phi = 1/3").isTrue();
    // Math.nextUp(1.0 / 3) * 3 rounds to 1.0, so a rule built on phi * k would adopt here.
    assertThat(run(g, Math.nextUp(1.0 / 3), 1).sharedBy(0)).as("1 of 3 misses the next double above 1/3").isFalse();
    assertThat(run(g, Math.nextUp(1.0 / 3), 1, 2).sharedBy(0)).as("2 of 3 reach it").isTrue();
  }

  @Test
  void thresholdsAreComparedAsTheDoublesGiven() {
    Graph g = follower(10, 0);
    assertThat(run(g, 0.3, 1, 2, 3).sharedBy(0)).isTrue();
    assertThat(run(g, 0.1 * 3, 1, 2, 3).sharedBy(0)).as("0.1 * 3 is 0.30000000000000004").isFalse();
    assertThat(run(g, 0.1 * 3, 1, 2, 3, 4).sharedBy(0)).isTrue();
  }

  /** needed(k, theta) is the least m with (double) m / k >= theta, for thresholds at and next to every m / k. */
  @Test
  void theIntegerRuleIsTheDoubleTest() {
    MersenneTwisterFast random = new MersenneTwisterFast(3);
    for (int k = 1; k <= 120; k++) {
      double[] thetas = new double[3 * (k + 1) + 20];
      int i = 0;
      for (int m = 0; m <= k; m++) {
        double q = (double) m / k;
        thetas[i++] = q;
        thetas[i++] = Math.nextUp(q);
        thetas[i++] = Math.nextDown(q);
      }
      while (i < thetas.length) thetas[i++] = random.nextDouble();
      for (double theta : thetas) {
        int least = 0;
        while (least <= k && (double) least / k < theta) least++;
        int expected = least > k ? Integer.MAX_VALUE : least;
        assertThat(ThresholdDiffusion.needed(k, theta)).as("k = %d, theta = %s", k, theta).isEqualTo(expected);
      }
    }
    assertThat(ThresholdDiffusion.needed(5, Double.NaN)).isEqualTo(Integer.MAX_VALUE);
    assertThat(ThresholdDiffusion.needed(5, Double.POSITIVE_INFINITY)).isEqualTo(Integer.MAX_VALUE);
    assertThat(ThresholdDiffusion.needed(0, 0.1)).isEqualTo(Integer.MAX_VALUE);
  }

  /** User 0 follows 3 accounts and has 10 followers: k is the 3 it follows, not the 10. */
  @Test
  void directedNetworksCountTheAccountsAUserFollows() {
    Graph g = follower(3, 10);
    Item item = run(g, 1.0 / 3, 1);
    assertThat(item.sharedBy(0)).isTrue();
    assertThat(item.cascadeSize()).as("the seed, user 0 and its 10 followers, who follow only user 0").isEqualTo(12);
    assertThat(run(g, 0.34, 1).cascadeSize()).isEqualTo(1);
  }

  /** On an undirected star the hub follows every leaf: k is its degree. */
  @Test
  void undirectedNetworksCountTheDegree() {
    Graph star = TestGraphs.undirectedStar(5);
    assertThat(run(star, 0.2, 1).cascadeSize()).as("1 of 5 tips the hub, which tips every leaf").isEqualTo(6);
    assertThat(run(star, 0.21, 1).cascadeSize()).isEqualTo(1);
  }

  /** Along a chain each user adopts the tick after the one before it, from the user before it. */
  @Test
  void adoptersPassTheItemOnAtTheNextTick() {
    Item item = run(TestGraphs.directedChain(4), 1.0, 0);
    assertThat(item.sharersInOrder()).containsExactly(0, 1, 2, 3, 4);
    assertThat(item.parentIndex()).containsExactly(-1, 0, 1, 2, 3);
    assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(4);
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(1);
  }

  /**
   * User 0 follows 1, 2 and 3 and needs two of them; user 2 follows 1. From seed 1, user 2 adopts
   * at tick 1 and user 0 at tick 2, from user 2. From seeds 1 and 3, user 0 is exposed by both
   * before it reads at tick 1, and adopts from 3, the later sharer.
   */
  @Test
  void theParentIsTheLastSharerWhoExposedTheUser() {
    GraphBuilder b = new GraphBuilder(true, 4);
    b.add(1, 0);
    b.add(2, 0);
    b.add(3, 0);
    b.add(1, 2);
    Graph g = b.build(4, null);
    Item item = run(g, 0.6, 1);
    assertThat(item.sharersInOrder()).containsExactly(1, 2, 0);
    assertThat(item.parentIndex()).containsExactly(-1, 0, 1);
    Item twoSeeds = run(g, 0.6, 1, 3);
    assertThat(twoSeeds.sharersInOrder()).containsExactly(1, 3, 0, 2);
    assertThat(twoSeeds.parentIndex()).containsExactly(-1, -1, 1, 0);
  }

  /** On random graphs with random thresholds and delays, every parent is a followed account that shared before. */
  @Test
  void theParentIsAFollowedSharerBefore() {
    MersenneTwisterFast random = new MersenneTwisterFast(5);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(3000, 3, null), random);
    Role[] roles = {new Role(1, 0.4, 0, 0, 0)};
    SingleCascade engine = SingleCascade.threshold(g, new byte[3000], roles,
        new ThresholdDistribution[] {new ThresholdDistribution.Uniform(0.05, 0.4)}, 1, false, random);
    for (int r = 0; r < 20; r++) {
      Item item = engine.run(SingleCascade.randomUsers(3000, 2, random), random);
      int[] users = item.sharersInOrder();
      int[] parents = item.parentIndex();
      for (int i = 2; i < users.length; i++) {
        assertThat(parents[i]).isBetween(0, i - 1);
        assertThat(TestGraphs.hasArc(g, users[parents[i]], users[i])).isTrue();
      }
    }
  }

  /**
   * With fixed thresholds, users offline part of the time adopt later but the same set adopts:
   * shared counts only grow, and every waiting user reads at last.
   */
  @ParameterizedTest(name = "activity {0} and {1}")
  @CsvSource({"0.3, 0.3", "0.1, 0.7"})
  void activityDelaysButKeepsTheAdopters(double a, double b) {
    MersenneTwisterFast random = new MersenneTwisterFast(7);
    int n = 3000;
    ThresholdDistribution[] phi = {new ThresholdDistribution.Fixed(0.18), new ThresholdDistribution.Fixed(0.25)};
    int slower = 0;
    for (int k = 0; k < 5; k++) {
      Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, 4, null), random);
      byte[] roleOf = new byte[n];
      for (int v = 0; v < n; v++) roleOf[v] = (byte) (v % 2);
      SingleCascade always = SingleCascade.threshold(g, roleOf, new Role[] {new Role(0.5, 1, 0, 0, 0),
          new Role(0.5, 1, 0, 0, 0)}, phi, 1, false, null);
      SingleCascade sometimes = SingleCascade.threshold(g, roleOf, new Role[] {new Role(0.5, a, 0, 0, 0),
          new Role(0.5, b, 0, 0, 0)}, phi, 1, false, null);
      for (int r = 0; r < 10; r++) {
        int[] seeds = SingleCascade.randomUsers(n, 3, random);
        long draws = random.nextLong();
        Item fast = always.run(seeds, new MersenneTwisterFast(draws));
        Item slow = sometimes.run(seeds, new MersenneTwisterFast(draws));
        int[] x = fast.sharersInOrder();
        int[] y = slow.sharersInOrder();
        Arrays.sort(x);
        Arrays.sort(y);
        assertThat(y).isEqualTo(x);
        // Everyone online adopts as early as possible: after as many ticks as that took, the
        // sometimes-offline cascade has at most as many adopters, the same draws giving the same start.
        int ticks = 0;
        while (always.run(seeds, new MersenneTwisterFast(draws), ticks).cascadeSize() < x.length) ticks++;
        int slowByThen = sometimes.run(seeds, new MersenneTwisterFast(draws), ticks).cascadeSize();
        assertThat(slowByThen).isLessThanOrEqualTo(x.length);
        if (slowByThen < y.length) slower++;
      }
    }
    assertThat(slower).as("runs that took more ticks").isPositive();
  }

  /** Users who never come online do not keep an item in flight, and never read it. */
  @Test
  void usersWhoAreNeverOnlineLetTheItemEnd() {
    Graph star = TestGraphs.directedStar(20);
    byte[] roleOf = new byte[21];
    Arrays.fill(roleOf, 1, 21, (byte) 1);
    Role[] roles = {new Role(0.1, 1, 0, 0, 0), new Role(0.9, 0, 0, 0, 1)};
    ThresholdDistribution[] phi = {new ThresholdDistribution.Fixed(0.1), new ThresholdDistribution.Fixed(0.1)};
    Item item = SingleCascade.threshold(star, roleOf, roles, phi, 1, true, null).run(new int[] {0}, new MersenneTwisterFast(2));
    assertThat(item.cascadeSize()).isEqualTo(1);
    assertThat(item.reach()).isEqualTo(1);
    assertThat(item.comments()).isZero();
  }

  /** Every online reader comments with its role's probability, whether it adopts or not. */
  @Test
  void readersComment() {
    Graph star = TestGraphs.directedStar(30);
    Role[] roles = {new Role(1, 1, 0, 0, 1)};
    ThresholdDistribution[] phi = {new ThresholdDistribution.Fixed(1)};
    Item item = SingleCascade.threshold(star, new byte[31], roles, phi, 0, true, null).run(new int[] {0},
        new MersenneTwisterFast(2));
    assertThat(item.cascadeSize()).as("appeal 0: nobody adopts").isEqualTo(1);
    assertThat(item.reach()).isEqualTo(31);
    assertThat(item.impressions()).isEqualTo(30);
    assertThat(item.comments()).isEqualTo(30);
  }
}
