package org.viralsim.gui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.io.network.EdgeListReader;

class LayoutsTest {
  private static final NetworkSpec.Sbm FOUR_TEAMS = new NetworkSpec.Sbm(List.of(150, 150, 150, 150), 0.1, 0.005, null);

  private static Graph generate(NetworkSpec spec, long seed) {
    return Generators.generate(spec, new MersenneTwisterFast(seed));
  }

  static Stream<Arguments> networks() {
    return Stream.of(
        Arguments.of(new NetworkSpec.BarabasiAlbert(600, 10, null)),
        Arguments.of(new NetworkSpec.ErdosRenyi(600, 10, null)),
        Arguments.of(new NetworkSpec.WattsStrogatz(600, 10, 0.05, null)),
        Arguments.of(new NetworkSpec.PowerLaw(600, 2.5, 1, 100, null)),
        Arguments.of(FOUR_TEAMS));
  }

  /** Users distinct, ascending and in the graph; every coordinate finite and inside the margins. */
  private static void assertWellFormed(Layout layout, Graph graph) {
    assertThat(layout.totalUsers()).isEqualTo(graph.nodeCount());
    assertThat(layout.x()).hasSize(layout.size());
    assertThat(layout.y()).hasSize(layout.size());
    for (int i = 0; i < layout.size(); i++) {
      assertThat(layout.users()[i]).isBetween(0, graph.nodeCount() - 1);
      if (i > 0) assertThat(layout.users()[i]).isGreaterThan(layout.users()[i - 1]);
      assertThat(layout.x()[i]).isFinite().isBetween(Points.MARGIN, 1 - Points.MARGIN);
      assertThat(layout.y()[i]).isFinite().isBetween(Points.MARGIN, 1 - Points.MARGIN);
    }
  }

  private static double distance(Layout layout, int i, int j) {
    return Math.hypot(layout.x()[i] - layout.x()[j], layout.y()[i] - layout.y()[j]);
  }

  /** Mean distance between linked drawn users, over that between random pairs of drawn users. */
  private static double neighbourDistanceRatio(Graph graph, Layout layout) {
    double linked = 0;
    long links = 0;
    for (int i = 0; i < layout.size(); i++) {
      int u = layout.users()[i];
      for (int arc = graph.start(u); arc < graph.end(u); arc++) {
        int j = Arrays.binarySearch(layout.users(), graph.target(arc));
        if (j >= 0 && j != i) {
          linked += distance(layout, i, j);
          links++;
        }
      }
    }
    SplittableRandom random = new SplittableRandom(0);
    double any = 0;
    int pairs = 20_000;
    for (int p = 0; p < pairs; p++) any += distance(layout, random.nextInt(layout.size()), random.nextInt(layout.size()));
    return (linked / links) / (any / pairs);
  }

  /** Mean distance between drawn users of one group, over that between users of different groups. */
  private static double withinToAcrossGroups(Layout layout, IntUnaryOperator groupOf) {
    double within = 0, across = 0;
    long withinPairs = 0, acrossPairs = 0;
    for (int i = 0; i < layout.size(); i++) {
      for (int j = i + 1; j < layout.size(); j++) {
        boolean same = groupOf.applyAsInt(layout.users()[i]) == groupOf.applyAsInt(layout.users()[j]);
        if (same) {
          within += distance(layout, i, j);
          withinPairs++;
        } else {
          across += distance(layout, i, j);
          acrossPairs++;
        }
      }
    }
    return (within / withinPairs) / (across / acrossPairs);
  }

  @ParameterizedTest
  @MethodSource("networks")
  void sameInputsGiveTheSamePositionsAndAnotherSeedOthers(NetworkSpec spec) {
    Graph graph = generate(spec, 1);
    Layout first = Layouts.of(graph, spec, 7, null);
    Layout again = Layouts.of(graph, spec, 7, null);
    Layout otherSeed = Layouts.of(graph, spec, 8, null);

    assertThat(again.users()).containsExactly(first.users());
    assertThat(again.x()).containsExactly(first.x());
    assertThat(again.y()).containsExactly(first.y());
    assertThat(otherSeed.x()).isNotEqualTo(first.x());
  }

  @ParameterizedTest
  @MethodSource("networks")
  void aSmallNetworkIsDrawnWholeInsideTheSquare(NetworkSpec spec) {
    Graph graph = generate(spec, 2);
    Layout layout = Layouts.of(graph, spec, 3, new int[] {5, 5, 17});

    assertWellFormed(layout, graph);
    assertThat(layout.users()).containsExactly(IntStream.range(0, graph.nodeCount()).toArray());
    assertThat(layout.isSample()).isFalse();
    assertThat(layout.note()).isNull();
  }

  @ParameterizedTest
  @MethodSource("networks")
  void linkedUsersSitCloserThanRandomPairs(NetworkSpec spec) {
    Graph graph = generate(spec, 3);
    // Random networks have no structure to show, so only a modest gain is possible there.
    double bound = spec instanceof NetworkSpec.BarabasiAlbert || spec instanceof NetworkSpec.ErdosRenyi ? 0.8 : 0.5;
    assertThat(neighbourDistanceRatio(graph, Layouts.of(graph, spec, 1, null))).isLessThan(bound);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void communitiesOfABlockModelSitApart(long seed) {
    Graph graph = generate(FOUR_TEAMS, seed);
    Layout byCommunity = Layouts.of(graph, FOUR_TEAMS, seed, null);
    Layout forceDirected = Layouts.of(graph, null, seed, null);

    assertWellFormed(byCommunity, graph);
    assertThat(withinToAcrossGroups(byCommunity, u -> u / 150)).isLessThan(0.45);
    assertThat(withinToAcrossGroups(forceDirected, u -> u / 150)).isLessThan(0.5);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 9, 20})
  void anyNumberOfBlocksIsDrawnByCommunity(int blocks) {
    NetworkSpec.Sbm spec = new NetworkSpec.Sbm(Collections.nCopies(blocks, 40), 0.3, 0.01, null);
    Graph graph = generate(spec, blocks);
    Layout layout = Layouts.of(graph, spec, blocks, null);

    assertWellFormed(layout, graph);
    assertThat(layout.size()).isEqualTo(40 * blocks);
    if (blocks > 1) assertThat(withinToAcrossGroups(layout, u -> u / 40)).isLessThan(0.45);
  }

  @Test
  void aBlockWithoutDrawnUsersTakesNoRoom() {
    NetworkSpec.Sbm spec = new NetworkSpec.Sbm(List.of(6000, 3), 0.002, 0, null);
    Graph graph = generate(spec, 1);
    Layout layout = Layouts.of(graph, spec, 1, null);

    assertWellFormed(layout, graph);
    assertThat(layout.size()).isEqualTo(Layouts.SAMPLE_SIZE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void twoDenseClustersJoinedByOneLinkSitApart(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    GraphBuilder builder = new GraphBuilder(false, 2000);
    for (int cluster = 0; cluster < 2; cluster++) {
      for (int u = 0; u < 100; u++) {
        for (int v = u + 1; v < 100; v++) if (random.nextDouble() < 0.2) builder.add(cluster * 100 + u, cluster * 100 + v);
      }
    }
    builder.add(0, 100);
    Graph graph = builder.build(200, null);
    Layout layout = Layouts.of(graph, null, seed, null);

    assertWellFormed(layout, graph);
    assertThat(neighbourDistanceRatio(graph, layout)).isLessThan(0.4);
    assertThat(withinToAcrossGroups(layout, u -> u / 100)).isLessThan(0.4);
  }

  @Test
  void aRealNetworkShowsItsGroups() {
    Graph facebook = EdgeListReader.read(Path.of("data", "networks", "facebook_combined.txt"), false).graph();
    Layout layout = Layouts.of(facebook, new NetworkSpec.EdgeList("facebook_combined.txt", null, false), 1, null);

    assertWellFormed(layout, facebook);
    assertThat(layout.size()).isEqualTo(facebook.nodeCount());
    assertThat(neighbourDistanceRatio(facebook, layout)).isLessThan(0.25);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void hubsKeepApart(long seed) {
    NetworkSpec spec = new NetworkSpec.BarabasiAlbert(2000, 10, null);
    Graph graph = generate(spec, seed);
    Layout layout = Layouts.of(graph, spec, seed, null);
    int[] hubs = IntStream.range(0, graph.nodeCount()).boxed()
        .sorted((u, v) -> graph.outDegree(v) - graph.outDegree(u)).limit(20).mapToInt(Integer::intValue).toArray();

    double closest = Double.POSITIVE_INFINITY;
    for (int a = 0; a < hubs.length; a++) {
      for (int b = a + 1; b < hubs.length; b++) closest = Math.min(closest, distance(layout, hubs[a], hubs[b]));
    }
    // All users evenly spread over the square would be 1 / sqrt(n) apart.
    assertThat(closest * Math.sqrt(graph.nodeCount())).isGreaterThan(0.7);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void aLargeNetworkIsSampledWithTheUsersThatMustShow(long seed) {
    NetworkSpec spec = new NetworkSpec.BarabasiAlbert(20_000, 10, null);
    Graph graph = generate(spec, seed);
    int[] mustShow = {19_999, 12_345, 7, 12_345};
    Layout layout = Layouts.of(graph, spec, seed, mustShow);

    assertWellFormed(layout, graph);
    assertThat(layout.size()).isEqualTo(Layouts.SAMPLE_SIZE);
    assertThat(layout.isSample()).isTrue();
    assertThat(layout.totalUsers()).isEqualTo(20_000);
    assertThat(layout.note()).isEqualTo("Showing a sample of 2,500 of the 20,000 users: the best-followed, "
        + "the campaign's seeds and random others.");
    assertThat(layout.users()).contains(19_999, 12_345, 7);
    int[] best = IntStream.range(0, graph.nodeCount()).boxed()
        .sorted((u, v) -> graph.outDegree(v) - graph.outDegree(u)).limit(100).mapToInt(Integer::intValue).toArray();
    assertThat(layout.users()).contains(best);
    // Random others are followers of users already drawn, so hardly anyone is drawn without a link.
    long linked = IntStream.of(layout.users()).filter(u -> IntStream.range(graph.start(u), graph.end(u))
        .anyMatch(arc -> Arrays.binarySearch(layout.users(), graph.target(arc)) >= 0)).count();
    assertThat(linked).isGreaterThan(Layouts.SAMPLE_SIZE * 95L / 100);
    assertThat(neighbourDistanceRatio(graph, layout)).isLessThan(0.8);
    assertThat(Layouts.of(graph, spec, seed, mustShow).x()).containsExactly(layout.x());
  }

  @Test
  void aLargeBlockModelIsSampledAndDrawnByCommunity() {
    NetworkSpec.Sbm spec = new NetworkSpec.Sbm(List.of(3000, 3000, 3000), 0.005, 0.0002, null);
    Graph graph = generate(spec, 4);
    Layout layout = Layouts.of(graph, spec, 4, null);

    assertWellFormed(layout, graph);
    assertThat(layout.size()).isEqualTo(Layouts.SAMPLE_SIZE);
    assertThat(layout.note()).isEqualTo("Showing a sample of 2,500 of the 9,000 users: the best-followed and "
        + "random others.");
    assertThat(withinToAcrossGroups(layout, u -> u / 3000)).isLessThan(0.45);
  }

  @Test
  void manyUsersThatMustShowGrowTheSampleUpToTheForceLimit() {
    NetworkSpec spec = new NetworkSpec.ErdosRenyi(6000, 2, null);
    Graph graph = generate(spec, 5);
    Layout layout = Layouts.of(graph, spec, 5, IntStream.range(0, 5500).toArray());

    assertWellFormed(layout, graph);
    assertThat(layout.users()).containsExactly(IntStream.range(0, Layouts.FORCE_LIMIT).toArray());
  }

  static Stream<Arguments> tinyAndScatteredGraphs() {
    GraphBuilder twoLinked = new GraphBuilder(false, 1);
    twoLinked.add(0, 1);
    GraphBuilder cliqueAndLoners = new GraphBuilder(false, 50);
    for (int u = 0; u < 10; u++) for (int v = u + 1; v < 10; v++) cliqueAndLoners.add(u, v);
    GraphBuilder directedStar = new GraphBuilder(true, 30);
    for (int v = 1; v < 30; v++) directedStar.add(0, v);
    GraphBuilder sameSpot = new GraphBuilder(false, 3); // a triangle: every pivot distance ties
    sameSpot.add(0, 1);
    sameSpot.add(1, 2);
    sameSpot.add(2, 0);
    return Stream.of(
        Arguments.of("no users", new GraphBuilder(false, 1).build(0, null)),
        Arguments.of("one user", new GraphBuilder(false, 1).build(1, null)),
        Arguments.of("two users, no link", new GraphBuilder(false, 1).build(2, null)),
        Arguments.of("two linked users", twoLinked.build(2, null)),
        Arguments.of("50 loners", new GraphBuilder(false, 1).build(50, null)),
        Arguments.of("a clique and 40 loners", cliqueAndLoners.build(50, null)),
        Arguments.of("a directed star", directedStar.build(30, null)),
        Arguments.of("a triangle", sameSpot.build(3, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tinyAndScatteredGraphs")
  void tinyAndScatteredGraphsGiveFinitePositions(String name, Graph graph) {
    Layout layout = Layouts.of(graph, null, 1, null);

    assertWellFormed(layout, graph);
    assertThat(layout.size()).isEqualTo(graph.nodeCount());
  }

  @Test
  void distinctUsersDoNotShareASpot() {
    Graph graph = tinyGraph("a clique and 40 loners");
    Layout layout = Layouts.of(graph, null, 1, null);
    for (int i = 0; i < layout.size(); i++) {
      for (int j = i + 1; j < layout.size(); j++) assertThat(distance(layout, i, j)).isGreaterThan(1e-3);
    }
  }

  @Test
  void lonersDoNotPushTheMainGroupIntoACorner() {
    GraphBuilder builder = new GraphBuilder(false, 2000);
    SplittableRandom random = new SplittableRandom(1);
    for (int u = 0; u < 300; u++) for (int v = u + 1; v < 300; v++) if (random.nextDouble() < 0.03) builder.add(u, v);
    Graph graph = builder.build(400, null); // users 300..399 follow no one
    Layout layout = Layouts.of(graph, null, 1, null);

    double minX = 1, maxX = 0, minY = 1, maxY = 0;
    for (int i = 0; i < 300; i++) {
      minX = Math.min(minX, layout.x()[i]);
      maxX = Math.max(maxX, layout.x()[i]);
      minY = Math.min(minY, layout.y()[i]);
      maxY = Math.max(maxY, layout.y()[i]);
    }
    assertThat(Math.max(maxX - minX, maxY - minY)).isGreaterThan(0.6);
  }

  @Test
  void linkedUsersOfADirectedNetworkSitTogether() {
    GraphBuilder builder = new GraphBuilder(true, 800).dropSelfLoops();
    SplittableRandom random = new SplittableRandom(2);
    for (int u = 0; u < 200; u++) {
      for (int k = 0; k < 4; k++) builder.add(u, (u / 50) * 50 + random.nextInt(50)); // followers in the same group
    }
    Graph graph = builder.build(200, null);
    Layout layout = Layouts.of(graph, null, 2, null);

    assertWellFormed(layout, graph);
    assertThat(withinToAcrossGroups(layout, u -> u / 50)).isLessThan(0.5);
  }

  @Test
  void badInputIsRefused() {
    Graph graph = generate(FOUR_TEAMS, 1);
    assertThatThrownBy(() -> Layouts.of(graph, null, 1, new int[] {600}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user 600");
    NetworkSpec.Sbm smaller = new NetworkSpec.Sbm(List.of(100, 100), 0.1, 0.01, null);
    assertThatThrownBy(() -> Layouts.of(graph, smaller, 1, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200").hasMessageContaining("600");
  }

  private static Graph tinyGraph(String name) {
    return tinyAndScatteredGraphs().filter(a -> a.get()[0].equals(name)).map(a -> (Graph) a.get()[1])
        .findFirst().orElseThrow();
  }
}
