package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TreeMetricsTest {
  private static final long SEED = 20160201L;

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 10, 1000})
  void starOfNHasViralityTwoTimesNMinusOneOverN(int n) {
    int[] star = new int[n];
    star[0] = -1;
    assertThat(TreeMetrics.structuralVirality(star)).isCloseTo(2.0 * (n - 1) / n, within(1e-12));
    assertThat(TreeMetrics.depth(star)).isEqualTo(1);
    assertThat(TreeMetrics.maxBreadth(star)).isEqualTo(n - 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 10, 1000, 100_000})
  void chainOfNHasViralityNPlusOneOverThree(int n) {
    int[] chain = IntStream.range(0, n).map(i -> i - 1).toArray();
    assertThat(TreeMetrics.structuralVirality(chain)).isCloseTo((n + 1) / 3.0, within(1e-9 * n));
    assertThat(TreeMetrics.depth(chain)).isEqualTo(n - 1);
    assertThat(TreeMetrics.maxBreadth(chain)).isEqualTo(1);
  }

  @Test
  void handComputedTree() {
    // 0 - 1 - 3 and 0 - 2: distances 1, 1, 2, 2, 1, 3 over six pairs.
    int[] tree = {-1, 0, 0, 1};
    assertThat(TreeMetrics.structuralVirality(tree)).isCloseTo(10.0 / 6, within(1e-15));
    assertThat(TreeMetrics.depth(tree)).isEqualTo(2);
    assertThat(TreeMetrics.maxBreadth(tree)).isEqualTo(2);
  }

  @Test
  void forestOfTwoInterleavedChainsPoolsPairs() {
    // Chains 0-2-5 (W = 4 over 3 pairs) and 1-3-4-6 (W = 10 over 6 pairs), activations interleaved.
    int[] forest = {-1, -1, 0, 1, 3, 2, 4};
    assertThat(TreeMetrics.structuralVirality(forest)).isCloseTo(14.0 / 9, within(1e-15));
    assertThat(TreeMetrics.depth(forest)).isEqualTo(3);
    assertThat(TreeMetrics.maxBreadth(forest)).isEqualTo(2);
  }

  @Test
  void seedsAloneHaveNoPairs() {
    assertThat(TreeMetrics.structuralVirality(new int[] {-1, -1})).isNaN();
    assertThat(TreeMetrics.structuralVirality(new int[0])).isNaN();
    assertThat(TreeMetrics.depth(new int[] {-1, -1})).isZero();
    assertThat(TreeMetrics.maxBreadth(new int[] {-1, -1})).isEqualTo(2);
    assertThat(TreeMetrics.depth(new int[0])).isZero();
    assertThat(TreeMetrics.maxBreadth(new int[0])).isZero();
  }

  @Test
  void rejectsParentsThatAreNotEarlierNodes() {
    assertThatThrownBy(() -> TreeMetrics.depth(new int[] {-1, 1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TreeMetrics.structuralVirality(new int[] {0})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TreeMetrics.maxBreadth(new int[] {-2})).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("randomForests")
  void agreesWithAllPairsBreadthFirstSearch(int[] parent) {
    Reference r = Reference.of(parent);
    if (r.pairs == 0) {
      assertThat(TreeMetrics.structuralVirality(parent)).isNaN();
    } else {
      assertThat(TreeMetrics.structuralVirality(parent)).isCloseTo((double) r.distanceSum / r.pairs, within(1e-12));
    }
    assertThat(TreeMetrics.depth(parent)).isEqualTo(r.depth);
    assertThat(TreeMetrics.maxBreadth(parent)).isEqualTo(r.maxBreadth);
  }

  /** 200 forests mixing broadcast (parent drawn early), viral (parent drawn late) and many seeds. */
  static Stream<int[]> randomForests() {
    Random random = new Random(SEED);
    return IntStream.range(0, 200).mapToObj(c -> {
      int n = 1 + random.nextInt(60);
      double rootChance = c % 4 == 0 ? 0.3 : 0.02;
      double bias = 0.2 + 3 * random.nextDouble(); // < 1 favours recent nodes, > 1 early ones
      int[] parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i == 0 || random.nextDouble() < rootChance ? -1 : (int) (i * Math.pow(random.nextDouble(), bias));
      }
      return parent;
    });
  }

  /** Sums of distances over ordered pairs in the same tree, by a breadth-first search from every node. */
  private record Reference(long distanceSum, long pairs, int depth, int maxBreadth) {
    static Reference of(int[] parent) {
      int n = parent.length;
      List<List<Integer>> adjacent = new ArrayList<>();
      for (int i = 0; i < n; i++) adjacent.add(new ArrayList<>());
      for (int i = 0; i < n; i++) {
        if (parent[i] >= 0) {
          adjacent.get(i).add(parent[i]);
          adjacent.get(parent[i]).add(i);
        }
      }
      long sum = 0;
      long ordered = 0;
      int[] atDepth = new int[n];
      int depth = 0;
      for (int s = 0; s < n; s++) {
        int[] d = distancesFrom(s, adjacent);
        for (int t = 0; t < n; t++) {
          if (t != s && d[t] >= 0) {
            sum += d[t];
            ordered++;
          }
        }
        if (parent[s] < 0) {
          for (int t = 0; t < n; t++) {
            if (d[t] >= 0) {
              atDepth[d[t]]++;
              depth = Math.max(depth, d[t]);
            }
          }
        }
      }
      return new Reference(sum, ordered, depth, Arrays.stream(atDepth).max().orElse(0));
    }

    private static int[] distancesFrom(int s, List<List<Integer>> adjacent) {
      int[] d = new int[adjacent.size()];
      Arrays.fill(d, -1);
      d[s] = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
      while (!queue.isEmpty()) {
        int u = queue.poll();
        for (int v : adjacent.get(u)) {
          if (d[v] < 0) {
            d[v] = d[u] + 1;
            queue.add(v);
          }
        }
      }
      return d;
    }
  }
}
