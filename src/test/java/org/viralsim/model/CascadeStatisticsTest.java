package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ec.util.MersenneTwisterFast;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Role;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.stats.TreeMetrics;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/** The cascade engine against distributions that follow from the independent cascade rule. */
class CascadeStatisticsTest {
  private static final int RUNS = 4000;

  /** From the hub of a directed star, each of the n leaves reshares independently: Binomial(n, T). */
  @ParameterizedTest(name = "n = {0}, T = {1}")
  @CsvSource({"1, 0.5", "10, 0.1", "50, 0.3", "200, 0.5", "30, 0.9", "1000, 0.05", "3000, 0.7"})
  void resharingLeavesOfAStarAreBinomial(int n, double t) {
    Graph star = TestGraphs.directedStar(n);
    SingleCascade engine = SingleCascade.uniform(star, t);
    MersenneTwisterFast random = new MersenneTwisterFast(1000L * n + (long) (100 * t));
    double[] leaves = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      Item item = engine.run(new int[] {0}, random);
      leaves[i] = item.cascadeSize() - 1;
      assertThat(item.reshares()).isEqualTo(item.cascadeSize() - 1);
      assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(leaves[i] > 0 ? 1 : 0);
      assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo((int) Math.max(1, leaves[i]));
    }
    double[] b = Moments.binomial(n, t);
    Moments.assertMean("leaves resharing", leaves, b[0], Math.sqrt(b[1]));
    Moments.assertVariance("leaves resharing", leaves, b[1], b[2]);
  }

  /**
   * Followers grouped by role: a leaf of role r reshares with probability activity_r x
   * min(1, reshare_r x appeal) and, independently, comments with probability activity_r x comment_r.
   */
  @Test
  void eachRoleGroupOfFollowersResharesWithItsOwnChance() {
    int n = 600;
    Graph star = TestGraphs.directedStar(n);
    Role[] roles = {new Role(0.2, 0.9, 0, 0.3, 0.2), new Role(0.3, 0.5, 0, 0.6, 0.0), new Role(0.5, 0.25, 0, 0.1, 0.5)};
    double appeal = 2;
    MersenneTwisterFast random = new MersenneTwisterFast(11);
    byte[] roleOf = new byte[n + 1];
    int[] members = new int[3];
    for (int v = 1; v <= n; v++) members[roleOf[v] = (byte) random.nextInt(3)]++;
    SingleCascade engine = new SingleCascade(star, roleOf, roles, appeal, false);
    double[][] reshares = new double[3][RUNS];
    double[] comments = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      Item item = engine.run(new int[] {0}, random);
      for (int v : item.sharersInOrder()) if (v != 0) reshares[roleOf[v]][i]++;
      comments[i] = item.comments();
      assertThat(item.impressions()).as("reads are not counted for organic items").isZero();
      assertThat(item.reach()).isZero();
    }
    double expectedComments = 0;
    double commentVariance = 0;
    for (int r = 0; r < 3; r++) {
      double p = roles[r].activity() * Math.min(1, roles[r].reshare() * appeal);
      double[] b = Moments.binomial(members[r], p);
      Moments.assertMean("reshares of role " + r, reshares[r], b[0], Math.sqrt(b[1]));
      double pc = roles[r].activity() * roles[r].comment();
      expectedComments += members[r] * pc;
      commentVariance += members[r] * pc * (1 - pc);
    }
    Moments.assertMean("comments", comments, expectedComments, Math.sqrt(commentVariance));
  }

  /**
   * A campaign item counts reads: the hub's n followers read it when online (activity a), so
   * impressions ~ Binomial(n, a), reach = 1 + impressions; of the readers, each reshares with
   * min(1, reshare x appeal) and comments with comment.
   */
  @ParameterizedTest(name = "n = {0}, activity = {1}, appeal = {2}")
  @CsvSource({"100, 0.3, 1", "500, 0.8, 2.5", "40, 0.05, 1", "250, 0.5, 10", "2000, 0.2, 0.5"})
  void campaignImpressionsOnAStarAreBinomial(int n, double a, double appeal) {
    Graph star = TestGraphs.directedStar(n);
    double reshare = 0.2;
    double comment = 0.3;
    SingleCascade engine = new SingleCascade(star, new byte[n + 1], new Role[] {new Role(1, a, 0, reshare, comment)}, appeal, true);
    MersenneTwisterFast random = new MersenneTwisterFast(n * 31L + (long) (a * 1000) + (long) appeal);
    double[] impressions = new double[RUNS];
    double[] reshares = new double[RUNS];
    double[] comments = new double[RUNS];
    double rs = Math.min(1, reshare * appeal);
    for (int i = 0; i < RUNS; i++) {
      Item item = engine.run(new int[] {0}, random);
      impressions[i] = item.impressions();
      reshares[i] = item.reshares();
      comments[i] = item.comments();
      assertThat(item.reach()).as("reach counts the author and each reader once").isEqualTo(item.impressions() + 1);
      assertThat(item.reshares()).isLessThanOrEqualTo(item.impressions());
      if (rs == 1) assertThat(item.reshares()).as("every reader reshares").isEqualTo(item.impressions());
    }
    double[] b = Moments.binomial(n, a);
    Moments.assertMean("impressions", impressions, b[0], Math.sqrt(b[1]));
    Moments.assertVariance("impressions", impressions, b[1], b[2]);
    double[] br = Moments.binomial(n, a * rs);
    Moments.assertMean("reshares", reshares, br[0], Math.sqrt(br[1]));
    double[] bc = Moments.binomial(n, a * comment);
    Moments.assertMean("comments", comments, bc[0], Math.sqrt(bc[1]));
  }

  static Stream<Arguments> randomGraphs() {
    MersenneTwisterFast random = new MersenneTwisterFast(2718L);
    return IntStream.range(0, 40).mapToObj(i -> {
      int n = 2 + random.nextInt(400);
      double z = Math.min(n - 1, 0.3 + 3 * random.nextDouble());
      return Arguments.of(n, z, 1 + random.nextInt(3), random.nextLong());
    });
  }

  /**
   * With T = 1 every follower reshares at the next tick, so the cascade is breadth-first search:
   * it covers the authors' connected component, generation g is the set at distance g.
   */
  @ParameterizedTest(name = "n = {0}, z = {1}, {2} authors")
  @MethodSource("randomGraphs")
  void certainTransmissionCoversTheComponentLayerByLayer(int n, double z, int authorCount, long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
    int[] authors = SingleCascade.randomUsers(n, Math.min(authorCount, n), random);
    Item item = SingleCascade.uniform(g, 1.0).run(authors, random);

    int[] dist = TestGraphs.distances(g, authors);
    int reachable = (int) IntStream.of(dist).filter(d -> d >= 0).count();
    int eccentricity = IntStream.of(dist).max().getAsInt();
    int[] layer = new int[eccentricity + 1];
    for (int d : dist) if (d >= 0) layer[d]++;

    int[] sharers = item.sharersInOrder();
    int[] parents = item.parentIndex();
    assertThat(sharers).hasSize(reachable);
    assertThat(IntStream.of(sharers).distinct().count()).isEqualTo(reachable);
    for (int i = 0; i < sharers.length; i++) {
      assertThat(dist[sharers[i]]).as("user %d is in the component", sharers[i]).isNotNegative();
      if (parents[i] < 0) {
        assertThat(dist[sharers[i]]).isZero();
      } else {
        assertThat(dist[sharers[i]]).isEqualTo(dist[sharers[parents[i]]] + 1);
        assertThat(TestGraphs.hasArc(g, sharers[parents[i]], sharers[i])).isTrue();
      }
    }
    assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(eccentricity);
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(IntStream.of(layer).max().getAsInt());
    assertThat(TreeMetrics.depth(parents)).isEqualTo(eccentricity);
    assertThat(item.reshares()).isEqualTo(reachable - authors.length);
  }

  @ParameterizedTest(name = "n = {0}, z = {1}, {2} authors")
  @MethodSource("randomGraphs")
  void zeroTransmissionLeavesOnlyTheAuthors(int n, double z, int authorCount, long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
    int[] authors = SingleCascade.randomUsers(n, Math.min(authorCount, n), random);
    Item item = SingleCascade.uniform(g, 0.0).run(authors, random);
    assertThat(item.sharersInOrder()).containsExactly(authors);
    assertThat(item.parentIndex()).containsOnly(-1);
    assertThat(TreeMetrics.depth(item.parentIndex())).isZero();
    assertThat(item.reshares()).isZero();
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(authors.length);
    assertThat(item.inFlight()).isFalse();
  }

  /** On a chain 0 -> 1 -> ... -> k with T = 1: depth k, k + 1 sharers, structural virality (k + 2) / 3. */
  @ParameterizedTest(name = "k = {0}")
  @CsvSource({"1", "2", "3", "10", "100", "2500"})
  void certainTransmissionRunsDownAChain(int k) {
    Item item = SingleCascade.uniform(TestGraphs.directedChain(k), 1.0).run(new int[] {0}, new MersenneTwisterFast(k));
    assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(k);
    assertThat(item.cascadeSize()).isEqualTo(k + 1);
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(1);
    assertThat(item.sharersInOrder()).containsExactly(IntStream.rangeClosed(0, k).toArray());
    assertThat(TreeMetrics.structuralVirality(item.parentIndex())).isCloseTo((k + 2) / 3.0, offset(1e-9 * k));
  }

  /** On a chain of length k with T < 1, P(depth >= j) = T^j, so E[depth] = T + T^2 + ... + T^k. */
  @ParameterizedTest(name = "k = {0}, T = {1}")
  @CsvSource({"5, 0.5", "20, 0.9", "3, 0.2"})
  void chainDepthIsATruncatedGeometric(int k, double t) {
    SingleCascade engine = SingleCascade.uniform(TestGraphs.directedChain(k), t);
    MersenneTwisterFast random = new MersenneTwisterFast(k * 7L);
    double[] depth = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      Item item = engine.run(new int[] {0}, random);
      depth[i] = TreeMetrics.depth(item.parentIndex());
      assertThat(item.cascadeSize()).isEqualTo(TreeMetrics.depth(item.parentIndex()) + 1);
    }
    double mean = 0;
    double second = 0;
    for (int j = 1; j <= k; j++) {
      mean += Math.pow(t, j);
      second += (2 * j - 1) * Math.pow(t, j); // E[D^2] = sum_j (2j - 1) P(D >= j)
    }
    Moments.assertMean("depth", depth, mean, Math.sqrt(second - mean * mean));
  }

  /**
   * One call of advance passes the item on exactly one generation; Activity sees its comments
   * at once and its reshares when the generation is booked, as the model does after each advance.
   */
  @Test
  void advanceSpreadsOneGenerationPerCall() {
    int k = 6;
    Graph chain = TestGraphs.directedChain(k);
    byte[] roleOf = new byte[k + 1];
    Role role = new Role(1, 1, 0, 1, 1);
    Activity activity = new Activity(roleOf.length, 1);
    IndependentCascade cascade = new IndependentCascade(FollowerIndex.of(chain, roleOf, 1), activity);
    Item item = new Item(1, false, 0, new Reaction[] {new Reaction(role, 1, false)}, k + 1);
    item.addAuthor(0);
    item.booked = 1;
    MersenneTwisterFast random = new MersenneTwisterFast(1);
    for (int step = 1; step <= k; step++) {
      assertThat(item.inFlight()).isTrue();
      cascade.advance(item, random);
      assertThat(activity.reshares(0)).isZero();
      activity.recordReshares(item, roleOf);
      assertThat(item.cascadeSize()).as("after %d generations", step).isEqualTo(step + 1);
      assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(step);
      assertThat(activity.reshares(0)).isEqualTo(1);
      assertThat(activity.comments(0)).isEqualTo(1);
      activity.beginTick(step);
    }
    cascade.advance(item, random);
    assertThat(item.inFlight()).isFalse();
    assertThat(item.cascadeSize()).isEqualTo(k + 1);
    assertThat(activity.actionsTotal(0)).isEqualTo(2L * k);
    assertThat(activity.contributions()[0]).isZero(); // the author's post went through addAuthor only
    assertThat(activity.contributions()[k]).isEqualTo(2);
  }
}
