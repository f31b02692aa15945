package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.NetworkSpec;
import org.viralsim.testing.TestGraphs;

class GeneratorsTest {
  private static Graph generate(NetworkSpec spec, long seed) {
    return Generators.generate(spec, new MersenneTwisterFast(seed));
  }

  /** Asserts |actual - expected| < 5 standard deviations of a Binomial(trials, p) count. */
  private static void assertBinomial(long actual, double trials, double p) {
    double mean = trials * p;
    double sd = Math.sqrt(trials * p * (1 - p));
    assertThat(Math.abs(actual - mean)).as("count %d vs expected %.1f (sd %.1f)", actual, mean, sd).isLessThan(5 * sd);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void erdosRenyiEdgeCountIsBinomial(long seed) {
    int n = 2000;
    Graph g = generate(new NetworkSpec.ErdosRenyi(n, 10, null), seed);
    assertThat(g.nodeCount()).isEqualTo(n);
    assertThat(g.directed()).isFalse();
    assertBinomial(g.edgeCount(), n * (n - 1) / 2.0, 10.0 / (n - 1));
    assertThat(DegreeStats.of(g).meanDegree()).isBetween(9.5, 10.5);
    assertSimpleAndSymmetric(g);
  }

  @Test
  void erdosRenyiExtremes() {
    assertThat(generate(new NetworkSpec.ErdosRenyi(50, 0, null), 1).edgeCount()).isZero();
    assertThat(generate(new NetworkSpec.ErdosRenyi(50, 49, null), 1).edgeCount()).isEqualTo(50 * 49 / 2);
  }

  @Test
  void wattsStrogatzWithoutRewiringIsTheRingLattice() {
    int n = 100;
    Graph g = generate(new NetworkSpec.WattsStrogatz(n, 6, 0, null), 1);
    assertThat(g.edgeCount()).isEqualTo(n * 3);
    for (int u = 0; u < n; u++) {
      assertThat(g.followers(u)).containsExactlyInAnyOrder(
          (u + 1) % n, (u + 2) % n, (u + 3) % n, (u + n - 1) % n, (u + n - 2) % n, (u + n - 3) % n);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 1.0})
  void wattsStrogatzRewiresAboutAFractionPAndKeepsTheEdgeCount(double p) {
    int n = 3000;
    int k = 8;
    Graph g = generate(new NetworkSpec.WattsStrogatz(n, k, p, null), 11);
    long edges = (long) n * k / 2;
    assertThat(g.edgeCount()).isEqualTo(edges);
    assertSimpleAndSymmetric(g);
    long offLattice = 0;
    for (int u = 0; u < n; u++) {
      assertThat(g.outDegree(u)).isGreaterThanOrEqualTo(k / 2); // a node keeps its own k/2 edges
      for (int v : g.followers(u)) if (ringDistance(u, v, n) > k / 2) offLattice++;
    }
    // Each edge is rewired with probability p; a rewired one lands back on the lattice with
    // probability at most about k/n.
    double sd = Math.sqrt(edges * p * (1 - p));
    double landedBack = edges * p * k / n;
    assertThat((double) offLattice / 2)
        .isBetween(edges * p - landedBack - 5 * sd - 5 * Math.sqrt(landedBack), edges * p + 5 * sd);
  }

  private static int ringDistance(int u, int v, int n) {
    int d = Math.abs(u - v);
    return Math.min(d, n - d);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5})
  void barabasiAlbertHasExactEdgesAndMinimumDegreeM(int m) {
    int n = 5000;
    Graph g = generate(new NetworkSpec.BarabasiAlbert(n, 2 * m, null), 5);
    assertThat(g.nodeCount()).isEqualTo(n);
    assertThat(g.edgeCount()).isEqualTo((long) m * (m + 1) / 2 + (long) (n - m - 1) * m);
    assertSimpleAndSymmetric(g);
    DegreeStats s = DegreeStats.of(g);
    for (int u = 0; u < n; u++) assertThat(g.outDegree(u)).isGreaterThanOrEqualTo(m);
    assertThat(s.meanDegree()).isCloseTo(2.0 * m, within(0.01 * m));
    assertThat(s.maxDegree()).as("preferential attachment grows hubs").isGreaterThan(15 * m);
  }

  @Test
  void powerLawDegreesStayInRangeAndFollowTheExponent() {
    int n = 20_000;
    double exponent = 2.5;
    Graph g = generate(new NetworkSpec.PowerLaw(n, exponent, 2, 100, null), 3);
    assertThat(g.nodeCount()).isEqualTo(n);
    assertSimpleAndSymmetric(g);
    DegreeStats s = DegreeStats.of(g);
    assertThat(s.maxDegree()).isLessThanOrEqualTo(100);
    double[] p = s.distribution();
    assertThat(p[0] + p[1]).as("erasure rarely drops a degree below the minimum").isLessThan(0.01);
    // p_2 / p_3 = (3/2)^exponent for the drawn degrees; erasure barely moves it.
    assertThat(p[2] / p[3]).isBetween(0.9 * Math.pow(1.5, exponent), 1.1 * Math.pow(1.5, exponent));
    double norm = 0;
    double first = 0;
    for (int k = 2; k <= 100; k++) {
      norm += Math.pow(k, -exponent);
      first += Math.pow(k, 1 - exponent);
    }
    assertThat(s.meanDegree()).isBetween(0.97 * first / norm, 1.01 * first / norm);
  }

  @Test
  void powerLawWithOneOddDegreeAndOddNodeCountStillPairsStubs() {
    Graph g = generate(new NetworkSpec.PowerLaw(1001, 3, 3, 3, null), 9);
    DegreeStats s = DegreeStats.of(g);
    assertThat(s.maxDegree()).isEqualTo(3);
    assertThat(g.edgeCount()).isLessThanOrEqualTo((1001 * 3 - 1) / 2).isGreaterThan(1450);
  }

  @Test
  void sbmDensitiesInsideAndAcrossBlocks() {
    List<Integer> blocks = List.of(300, 500, 200);
    double pIn = 0.05;
    double pOut = 0.005;
    Graph g = generate(new NetworkSpec.Sbm(blocks, pIn, pOut, null), 4);
    assertThat(g.nodeCount()).isEqualTo(1000);
    assertSimpleAndSymmetric(g);
    int[] block = new int[1000];
    for (int b = 0, u = 0; b < blocks.size(); b++) {
      for (int i = 0; i < blocks.get(b); i++) block[u++] = b;
    }
    long[] inside = new long[blocks.size()];
    long across = 0;
    for (int u = 0; u < 1000; u++) {
      for (int v : g.followers(u)) {
        if (u >= v) continue;
        if (block[u] == block[v]) inside[block[u]]++;
        else across++;
      }
    }
    for (int b = 0; b < blocks.size(); b++) assertBinomial(inside[b], blocks.get(b) * (blocks.get(b) - 1) / 2.0, pIn);
    assertBinomial(across, 300 * 500 + 300 * 200 + 500 * 200, pOut);
  }

  @Test
  void edgeListIsNotGenerated() {
    assertThatThrownBy(() -> generate(new NetworkSpec.EdgeList("x.txt", null, false), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edge_list");
  }

  static Stream<NetworkSpec> everyType() {
    return Stream.of(
        new NetworkSpec.ErdosRenyi(300, 6, null),
        new NetworkSpec.WattsStrogatz(300, 6, 0.2, null),
        new NetworkSpec.BarabasiAlbert(300, 6, null),
        new NetworkSpec.PowerLaw(300, 2.2, 1, 50, null),
        new NetworkSpec.Sbm(List.of(100, 200), 0.1, 0.01, null));
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void sameSeedSameGraphOtherSeedOtherGraph(NetworkSpec spec) {
    Graph a = generate(spec, 42);
    Graph b = generate(spec, 42);
    Graph c = generate(spec, 43);
    assertThat(b.offsets()).isEqualTo(a.offsets());
    assertThat(TestGraphs.arcs(b)).isEqualTo(TestGraphs.arcs(a));
    assertThat(TestGraphs.arcs(c)).isNotEqualTo(TestGraphs.arcs(a));
    assertThat(a.hasLabels()).isFalse();
  }

  static LongStream seeds() { return LongStream.range(0, 100); }

  /** Small specs of every type with parameters drawn from the seed. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomSmallSpecsGiveSimpleSymmetricGraphs(long seed) {
    MersenneTwisterFast r = new MersenneTwisterFast(seed);
    int n = 3 + r.nextInt(60);
    NetworkSpec spec = switch ((int) (seed % 5)) {
      case 0 -> new NetworkSpec.ErdosRenyi(n, r.nextDouble() * (n - 1), null);
      case 1 -> new NetworkSpec.WattsStrogatz(n, 2 + 2 * r.nextInt((n - 1) / 2), r.nextDouble(), null);
      case 2 -> new NetworkSpec.BarabasiAlbert(n, 2 * (1 + r.nextInt(n - 1)), null);
      case 3 -> powerLaw(r, n);
      default -> new NetworkSpec.Sbm(List.of(1 + r.nextInt(20), 1 + r.nextInt(20), 1 + r.nextInt(20)), r.nextDouble(), r.nextDouble(), null);
    };
    Graph g = generate(spec, seed);
    assertThat(g.directed()).isFalse();
    assertSimpleAndSymmetric(g);
  }

  private static NetworkSpec powerLaw(MersenneTwisterFast r, int n) {
    int min = 1 + r.nextInt(n - 1);
    int max = min + r.nextInt(n - min);
    return new NetworkSpec.PowerLaw(n, 1.01 + r.nextDouble() * 4, min, max, null);
  }

  /** No self-loops, no repeated arcs, and every arc u->v has its reverse v->u. */
  static void assertSimpleAndSymmetric(Graph g) {
    Set<Long> arcs = new HashSet<>();
    long n = g.nodeCount();
    for (int u = 0; u < n; u++) {
      for (int v : g.followers(u)) {
        assertThat(v).as("self-loop at %d", u).isNotEqualTo(u);
        assertThat(arcs.add(u * n + v)).as("repeated arc %d->%d", u, v).isTrue();
      }
    }
    for (long arc : arcs) {
      assertThat(arcs.contains((arc % n) * n + arc / n)).as("reverse of %d->%d", arc / n, arc % n).isTrue();
    }
  }
}
