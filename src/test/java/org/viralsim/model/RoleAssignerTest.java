package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.testing.TestGraphs;

class RoleAssignerTest {

  static Stream<Long> seeds() {
    MersenneTwisterFast random = new MersenneTwisterFast(7L);
    return IntStream.range(0, 100).mapToObj(i -> random.nextLong());
  }

  /** Shares that sum to 1 up to rounding: random weights, the last share the rest. */
  static double[] randomShares(MersenneTwisterFast random, int roles) {
    double[] w = new double[roles];
    double total = 0;
    for (int r = 0; r < roles; r++) total += w[r] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
    if (total == 0) w[0] = total = 1;
    double[] shares = new double[roles];
    double sum = 0;
    for (int r = 0; r < roles - 1; r++) sum += shares[r] = w[r] / total;
    shares[roles - 1] = Math.max(0, 1 - sum);
    return shares;
  }

  private static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) s += x;
    return s;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsSumToNAndStayWithinOneOfTheShare(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    double[] shares = randomShares(random, 1 + random.nextInt(6));
    int n = random.nextBoolean() ? 1 + random.nextInt(100) : 1 + random.nextInt(5_000_000);
    int[] counts = RoleAssigner.counts(shares, n);
    assertThat(IntStream.of(counts).sum()).isEqualTo(n);
    for (int r = 0; r < shares.length; r++) {
      assertThat(Math.abs(counts[r] - shares[r] * n)).as("role %d of %s, n = %d", r, Arrays.toString(shares), n).isLessThan(1 + 1e-9);
      assertThat(counts[r]).isNotNegative();
    }
  }

  /**
   * Population accepts shares whose sum is off by up to 1e-6. On a large network the floors of
   * share * n then add up to more than n; the counts must still add up to n.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void countsSumToNWhenSharesAreOffByTheAcceptedTolerance(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int roles = 2 + random.nextInt(4);
    double[] shares = randomShares(random, roles);
    double off = (2 * random.nextDouble() - 1) * 0.9 * Population.SHARE_SUM_TOLERANCE;
    int bumped = random.nextInt(roles);
    shares[bumped] = Math.max(0, shares[bumped] + off);
    assertThat(Math.abs(sum(shares) - 1)).isLessThanOrEqualTo(Population.SHARE_SUM_TOLERANCE);
    int n = 1_000_000 + random.nextInt(49_000_000);
    int[] counts = RoleAssigner.counts(shares, n);
    assertThat(IntStream.of(counts).sum()).as("counts %s for n = %d", Arrays.toString(counts), n).isEqualTo(n);
    double total = sum(shares);
    for (int r = 0; r < roles; r++) {
      assertThat(Math.abs(counts[r] - shares[r] / total * n)).isLessThan(1 + 1e-6);
    }
  }

  @Test
  void assignCopesWithSharesSummingSlightlyAboveOne() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("a", new Role(0.5000009, 0.5, 0, 0.1, 0.1));
    roles.put("b", new Role(0.5, 0.5, 0, 0.1, 0.1));
    Population population = new Population(roles, Assignment.RANDOM, 0); // accepted: off by 9e-7
    int n = 2_000_000;
    Graph edgeless = new GraphBuilder(false, 0).build(n, null);
    byte[] roleOf = RoleAssigner.assign(edgeless, population, new MersenneTwisterFast(1));
    int[] expected = RoleAssigner.counts(new double[] {0.5000009, 0.5}, n);
    assertThat(tally(roleOf, 2)).containsExactly(expected);
  }

  private static int[] tally(byte[] roleOf, int roles) {
    int[] c = new int[roles];
    for (byte r : roleOf) c[r]++;
    return c;
  }

  private static Population population(double[] shares, Assignment assignment, double bias) {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (int r = 0; r < shares.length; r++) roles.put("r" + r, new Role(shares[r], 0.5, 0.1, 0.1, 0.1));
    return new Population(roles, assignment, bias);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void assignGivesEachRoleExactlyItsCount(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    int n = 2 + random.nextInt(300);
    Graph g = random.nextBoolean()
        ? Generators.generate(new NetworkSpec.BarabasiAlbert(n, 2, null), random)
        : Generators.generate(new NetworkSpec.ErdosRenyi(n, Math.min(4.0, n - 1), null), random);
    double[] shares = randomShares(random, 1 + random.nextInt(5));
    Assignment assignment = random.nextBoolean() ? Assignment.RANDOM : Assignment.BY_DEGREE;
    Population p = population(shares, assignment, 3 * random.nextDouble());
    long streamSeed = random.nextLong();
    byte[] roleOf = RoleAssigner.assign(g, p, new MersenneTwisterFast(streamSeed));
    assertThat(roleOf).hasSize(n);
    assertThat(tally(roleOf, shares.length)).containsExactly(RoleAssigner.counts(shares, n));
    assertThat(RoleAssigner.assign(g, p, new MersenneTwisterFast(streamSeed))).containsExactly(roleOf);
  }

  /**
   * The first user drawn is user i with probability w_i / sum w, w = (1 + followers)^bias. On an
   * undirected star of 99 leaves and a first role of exactly one user, that user is the hub with
   * probability 100^b / (100^b + 99 * 2^b).
   */
  @ParameterizedTest(name = "bias {0}")
  @CsvSource({"0", "1", "2", "0.5"})
  void byDegreeDrawsTheHubFirstWithItsWeightedChance(double bias) {
    Graph star = TestGraphs.undirectedStar(99);
    Population p = population(new double[] {0.01, 0.99}, Assignment.BY_DEGREE, bias);
    double expected = bias == 0 ? 0.01 : Math.pow(100, bias) / (Math.pow(100, bias) + 99 * Math.pow(2, bias));
    int runs = 4000;
    MersenneTwisterFast random = new MersenneTwisterFast(99L);
    int hub = 0;
    for (int i = 0; i < runs; i++) if (RoleAssigner.assign(star, p, random)[0] == 0) hub++;
    double se = Math.sqrt(expected * (1 - expected) / runs);
    assertThat(hub / (double) runs).isCloseTo(expected, org.assertj.core.data.Offset.offset(4 * se));
  }

  /**
   * Ten hubs (a clique, each also followed by 9 own leaves: 18 followers) and 90 leaves (1 follower).
   * With bias 10 a leaf outranks a given hub with probability 2^10 / (19^10 + 2^10) < 2e-10, so
   * the first role (10% of users) is the ten hubs in every run.
   */
  @Test
  void aLargeBiasPutsTheTopFollowedUsersInTheFirstRole() {
    GraphBuilder b = new GraphBuilder(false, 200);
    for (int h = 0; h < 10; h++) {
      for (int k = h + 1; k < 10; k++) b.add(h, k);
      for (int j = 0; j < 9; j++) b.add(h, 10 + 9 * h + j);
    }
    Graph g = b.build(100, null);
    Population p = population(new double[] {0.1, 0.9}, Assignment.BY_DEGREE, 10);
    MersenneTwisterFast random = new MersenneTwisterFast(5L);
    for (int run = 0; run < 500; run++) {
      byte[] roleOf = RoleAssigner.assign(g, p, random);
      for (int u = 0; u < 100; u++) assertThat(roleOf[u]).as("user %d in run %d", u, run).isEqualTo((byte) (u < 10 ? 0 : 1));
    }
  }

  @Test
  void randomAssignmentIgnoresFollowers() {
    // Same graph and shares as above but assignment random: a hub lands in role 0 with chance 0.1.
    GraphBuilder b = new GraphBuilder(false, 200);
    for (int h = 0; h < 10; h++) for (int j = 0; j < 9; j++) b.add(h, 10 + 9 * h + j);
    Graph g = b.build(100, null);
    Population p = population(new double[] {0.1, 0.9}, Assignment.RANDOM, 10);
    MersenneTwisterFast random = new MersenneTwisterFast(6L);
    int runs = 2000;
    int hubsInFirst = 0;
    for (int run = 0; run < runs; run++) {
      byte[] roleOf = RoleAssigner.assign(g, p, random);
      for (int h = 0; h < 10; h++) if (roleOf[h] == 0) hubsInFirst++;
    }
    // Hypergeometric: 10 draws out of 100 with 10 hubs, mean 1 hub per run, variance 10*0.1*0.9*90/99.
    double se = Math.sqrt(10 * 0.1 * 0.9 * 90 / 99.0 / runs);
    assertThat(hubsInFirst / (double) runs).isCloseTo(1.0, org.assertj.core.data.Offset.offset(4 * se));
  }
}
