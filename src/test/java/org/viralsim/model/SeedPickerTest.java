package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;

class SeedPickerTest {

  static Stream<Long> seeds() {
    MersenneTwisterFast random = new MersenneTwisterFast(314L);
    return IntStream.range(0, 100).mapToObj(i -> random.nextLong());
  }

  private static Seeding seeding(SeedingStrategy s, int count) {
    return new Seeding(s, count, List.of());
  }

  private static Graph randomGraph(MersenneTwisterFast random) {
    int n = 2 + random.nextInt(200);
    return random.nextBoolean()
        ? Generators.generate(new NetworkSpec.BarabasiAlbert(n, 2, null), random)
        : Generators.generate(new NetworkSpec.ErdosRenyi(n, Math.min(3.0, n - 1), null), random);
  }

  private static byte[] randomRoles(int n, int roles, MersenneTwisterFast random) {
    byte[] roleOf = new byte[n];
    for (int u = 0; u < n; u++) roleOf[u] = (byte) random.nextInt(roles);
    return roleOf;
  }

  private static void assertDistinctInRange(int[] picked, int n) {
    assertThat(IntStream.of(picked).distinct().count()).isEqualTo(picked.length);
    for (int u : picked) assertThat(u).isBetween(0, n - 1);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomPicksDistinctUsers(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    Graph g = randomGraph(random);
    int n = g.nodeCount();
    int k = 1 + random.nextInt(n);
    int[] picked = SeedPicker.pick(seeding(SeedingStrategy.RANDOM, k), g, new byte[n], random);
    assertThat(picked).hasSize(k);
    assertDistinctInRange(picked, n);
  }

  /** A clique of four (0-3) with a tail 3-4-5, and a star 6 with six leaves 7-12 (more followers, core 1). */
  @Test
  void kCoreSeedsAreTheInnermostCoreNotTheBiggestHub() {
    GraphBuilder b = new GraphBuilder(false, 16);
    int[][] edges = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}};
    for (int[] e : edges) b.add(e[0], e[1]);
    for (int leaf = 7; leaf <= 12; leaf++) b.add(6, leaf);
    Graph g = b.build(13, null);
    byte[] roles = new byte[13];
    Set<Integer> single = new HashSet<>();
    for (long seed = 0; seed < 40; seed++) {
      MersenneTwisterFast random = new MersenneTwisterFast(seed);
      int[] core = SeedPicker.pick(new Seeding(SeedingStrategy.K_CORE, 4, List.of()), g, roles, random);
      assertThat(core).containsExactlyInAnyOrder(0, 1, 2, 3);
      int[] one = SeedPicker.pick(new Seeding(SeedingStrategy.K_CORE, 1, List.of()), g, roles, random);
      assertThat(one[0]).as("a user of the core").isBetween(0, 3);
      single.add(one[0]);
      assertThat(SeedPicker.pick(new Seeding(SeedingStrategy.TOP_DEGREE, 1, List.of()), g, roles, random))
          .as("the hub outside the core").containsExactly(6);
    }
    assertThat(single).as("users of one core are picked at random").hasSize(4);
  }

  /** PageRank seeds are the users of highest rank: on a directed star, the account everyone follows. */
  @Test
  void pageRankSeedsAreTheBestRanked() {
    GraphBuilder b = new GraphBuilder(true, 8);
    for (int v = 1; v <= 6; v++) b.add(0, v);
    b.add(1, 2);
    Graph g = b.build(7, null);
    int[] seeds = SeedPicker.pick(new Seeding(SeedingStrategy.PAGERANK, 2, List.of()), g, new byte[7],
        new MersenneTwisterFast(3));
    assertThat(seeds).containsExactly(0, 1);
  }

  @Test
  void randomPicksEveryUserWithChanceKOverN() {
    int n = 10;
    int k = 3;
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, 2, null), new MersenneTwisterFast(1));
    MersenneTwisterFast random = new MersenneTwisterFast(2);
    int runs = 20_000;
    int[] times = new int[n];
    for (int i = 0; i < runs; i++) for (int u : SeedPicker.pick(seeding(SeedingStrategy.RANDOM, k), g, new byte[n], random)) times[u]++;
    double p = k / (double) n;
    double se = Math.sqrt(p * (1 - p) / runs);
    for (int u = 0; u < n; u++) assertThat(times[u] / (double) runs).as("user %d", u).isCloseTo(p, offset(4 * se));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void topDegreePicksTheMostFollowedUsers(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    Graph g = randomGraph(random);
    int n = g.nodeCount();
    int k = 1 + random.nextInt(Math.min(n, 20));
    int[] picked = SeedPicker.pick(seeding(SeedingStrategy.TOP_DEGREE, k), g, new byte[n], random);
    assertThat(picked).hasSize(k);
    assertDistinctInRange(picked, n);
    int[] all = IntStream.range(0, n).map(g::outDegree).sorted().toArray();
    int[] topK = IntStream.range(0, k).map(i -> all[n - 1 - i]).toArray();
    int[] pickedDegrees = IntStream.of(picked).map(g::outDegree).toArray();
    assertThat(pickedDegrees).as("degrees in pick order").containsExactly(topK);
  }

  @Test
  void topDegreeBreaksTiesAtRandom() {
    // A ring: every user has two followers, so one seed is any user with chance 1/n.
    int n = 8;
    Graph ring = Generators.generate(new NetworkSpec.WattsStrogatz(n, 2, 0, null), new MersenneTwisterFast(1));
    MersenneTwisterFast random = new MersenneTwisterFast(3);
    int runs = 8000;
    int[] times = new int[n];
    for (int i = 0; i < runs; i++) times[SeedPicker.pick(seeding(SeedingStrategy.TOP_DEGREE, 1), ring, new byte[n], random)[0]]++;
    double p = 1.0 / n;
    double se = Math.sqrt(p * (1 - p) / runs);
    for (int u = 0; u < n; u++) assertThat(times[u] / (double) runs).as("user %d", u).isCloseTo(p, offset(4 * se));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void creatorsAreAllInTheFirstRole(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    Graph g = randomGraph(random);
    int n = g.nodeCount();
    byte[] roleOf = randomRoles(n, 1 + random.nextInt(3), random);
    int firstRole = (int) IntStream.range(0, n).filter(u -> roleOf[u] == 0).count();
    if (firstRole == 0) roleOf[random.nextInt(n)] = 0;
    int available = (int) IntStream.range(0, n).filter(u -> roleOf[u] == 0).count();
    int k = 1 + random.nextInt(available);
    int[] picked = SeedPicker.pick(seeding(SeedingStrategy.CREATORS, k), g, roleOf, random);
    assertThat(picked).hasSize(k);
    assertDistinctInRange(picked, n);
    for (int u : picked) assertThat(roleOf[u]).as("role of seed %d", u).isZero();
  }

  @Test
  void creatorsRejectsACountLargerThanTheFirstRole() {
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(10, 2, null), new MersenneTwisterFast(1));
    byte[] roleOf = {0, 1, 1, 0, 1, 1, 1, 1, 1, 1};
    assertThat(SeedPicker.pick(seeding(SeedingStrategy.CREATORS, 2), g, roleOf, new MersenneTwisterFast(1))).containsExactlyInAnyOrder(0, 3);
    assertThatThrownBy(() -> SeedPicker.pick(seeding(SeedingStrategy.CREATORS, 3), g, roleOf, new MersenneTwisterFast(1)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.key()).isEqualTo("seeding.count"));
  }

  @Test
  void randomAndTopDegreeRejectMoreSeedsThanUsers() {
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(5, 2, null), new MersenneTwisterFast(1));
    for (SeedingStrategy s : new SeedingStrategy[] {SeedingStrategy.RANDOM, SeedingStrategy.TOP_DEGREE}) {
      assertThat(SeedPicker.pick(seeding(s, 5), g, new byte[5], new MersenneTwisterFast(1))).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
      assertThatThrownBy(() -> SeedPicker.pick(seeding(s, 6), g, new byte[5], new MersenneTwisterFast(1)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.key()).isEqualTo("seeding.count"));
    }
  }

  @Test
  void usersResolvesLabelsInTheOrderListed() {
    // Arcs alice -> bob, bob -> 007, 007 -> 7 with labels as a file would give them.
    Graph g = new Graph(new int[] {0, 1, 2, 3, 3}, new int[] {1, 2, 3}, new String[] {"alice", "bob", "007", "7"}, true);
    Seeding s = new Seeding(SeedingStrategy.USERS, 0, List.of("7", "alice", "007"));
    assertThat(SeedPicker.pick(s, g, new byte[4], new MersenneTwisterFast(1))).containsExactly(3, 0, 2);
    assertThat(SeedPicker.resolve(List.of("bob"), g)).containsExactly(1);
  }

  @Test
  void usersOfAGeneratedNetworkAreItsNumbers() {
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(50, 2, null), new MersenneTwisterFast(1));
    assertThat(SeedPicker.resolve(List.of("49", "0", "17"), g)).containsExactly(49, 0, 17);
  }

  @Test
  void usersRejectsAnUnknownIdNamingTheKeyAndTheId() {
    Graph g = new Graph(new int[] {0, 1, 1}, new int[] {1}, new String[] {"alice", "bob"}, true);
    for (String unknown : new String[] {"carol", "2", "Alice", " bob"}) {
      Seeding s = new Seeding(SeedingStrategy.USERS, 0, List.of("alice", unknown));
      assertThatThrownBy(() -> SeedPicker.pick(s, g, new byte[2], new MersenneTwisterFast(1)))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.key()).isEqualTo("seeding.users");
            assertThat(e.reason()).contains("\"" + unknown + "\"");
          });
    }
  }

  @Test
  void usersOfRoleListsExactlyThatRole() {
    byte[] roleOf = {2, 0, 1, 0, 2, 2};
    assertThat(SeedPicker.usersOfRole(roleOf, 0)).containsExactly(1, 3);
    assertThat(SeedPicker.usersOfRole(roleOf, 2)).containsExactly(0, 4, 5);
    assertThat(SeedPicker.usersOfRole(roleOf, 3)).isEmpty();
    assertThat(Arrays.stream(SeedPicker.allUsers(4)).toArray()).containsExactly(0, 1, 2, 3);
  }
}
