package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GraphBuilderTest {
  @Test
  void directedArcsLandInCsrInInsertionOrder() {
    GraphBuilder b = new GraphBuilder(true, 4);
    b.add(0, 2);
    b.add(2, 1);
    b.add(0, 1);
    b.add(3, 0);
    Graph g = b.build(5, null);

    assertThat(g.directed()).isTrue();
    assertThat(g.nodeCount()).isEqualTo(5);
    assertThat(g.offsets()).containsExactly(0, 2, 2, 3, 4, 4);
    assertThat(g.followers(0)).containsExactly(2, 1);
    assertThat(g.followers(2)).containsExactly(1);
    assertThat(g.followers(3)).containsExactly(0);
    assertThat(g.followers(4)).isEmpty();
    assertThat(g.edgeCount()).isEqualTo(4);
    assertThat(g.inDegrees()).containsExactly(1, 2, 1, 0, 0);
    assertThat(b.stats()).isEqualTo(new BuildStats(4, 0, 0));
  }

  @Test
  void undirectedEdgesStoreBothArcs() {
    GraphBuilder b = new GraphBuilder(false, 1);
    b.add(0, 1);
    b.add(1, 2);
    Graph g = b.build(3, null);

    assertThat(g.directed()).isFalse();
    assertThat(g.arcCount()).isEqualTo(4);
    assertThat(g.edgeCount()).isEqualTo(2);
    assertThat(g.followers(0)).containsExactly(1);
    assertThat(g.followers(1)).containsExactly(0, 2);
    assertThat(g.followers(2)).containsExactly(1);
  }

  @Test
  void growsPastTheCapacityHint() {
    GraphBuilder b = new GraphBuilder(true, 1);
    for (int i = 0; i < 1000; i++) b.add(i, (i + 1) % 1000);
    Graph g = b.build(1000, null);
    for (int i = 0; i < 1000; i++) assertThat(g.followers(i)).containsExactly((i + 1) % 1000);
  }

  @Test
  void dropsSelfLoopsAndCountsThem() {
    GraphBuilder b = new GraphBuilder(false, 4).dropSelfLoops();
    b.add(0, 0);
    b.add(0, 1);
    b.add(1, 1);
    Graph g = b.build(2, null);
    assertThat(g.edgeCount()).isEqualTo(1);
    assertThat(b.stats()).isEqualTo(new BuildStats(3, 2, 0));
  }

  @Test
  void keptUndirectedSelfLoopIsOneArc() {
    GraphBuilder b = new GraphBuilder(false, 1);
    b.add(1, 1);
    Graph g = b.build(2, null);
    assertThat(g.followers(1)).containsExactly(1);
  }

  @Test
  void undirectedDuplicatesCountOncePerRepeatedEdgeInEitherDirection() {
    GraphBuilder b = new GraphBuilder(false, 4).dropDuplicates();
    b.add(2, 0);
    b.add(0, 2);
    b.add(0, 1);
    b.add(2, 0);
    b.add(1, 1);
    b.add(1, 1);
    Graph g = b.build(3, null);
    assertThat(g.followers(0)).containsExactly(1, 2);
    assertThat(g.followers(1)).containsExactly(0, 1);
    assertThat(g.followers(2)).containsExactly(0);
    assertThat(g.arcCount()).isEqualTo(5);
    assertThat(b.stats()).isEqualTo(new BuildStats(6, 0, 3));
  }

  @Test
  void directedDuplicatesAreSortedAndRemovedButReversesKept() {
    GraphBuilder b = new GraphBuilder(true, 4).dropDuplicates().dropSelfLoops();
    b.add(0, 3);
    b.add(0, 1);
    b.add(0, 3);
    b.add(3, 0);
    b.add(2, 2);
    Graph g = b.build(4, null);
    assertThat(g.followers(0)).containsExactly(1, 3);
    assertThat(g.followers(3)).containsExactly(0);
    assertThat(g.targets()).hasSize(3);
    assertThat(b.stats()).isEqualTo(new BuildStats(5, 1, 1));
  }

  @Test
  void labelsComeFromNumbersOrTexts() {
    GraphBuilder b = new GraphBuilder(true, 1);
    b.add(0, 1);
    Graph g = b.build(2, new NodeLabels(new long[] {42, -1}, new String[] {null, "alice"}));
    assertThat(g.label(0)).isEqualTo("42");
    assertThat(g.label(1)).isEqualTo("alice");
    assertThat(new Graph(g.offsets(), g.targets(), new String[] {"a", "b"}, true).label(1)).isEqualTo("b");
    assertThat(new Graph(g.offsets(), g.targets(), null, true).label(1)).isEqualTo("1");
  }

  @Test
  void rejectsBadIdsAndSecondBuild() {
    GraphBuilder b = new GraphBuilder(true, 1);
    assertThatThrownBy(() -> b.add(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    b.add(0, 5);
    assertThatThrownBy(() -> b.build(5, null)).hasMessage("node id 5 out of range for 5 nodes");
    assertThatThrownBy(b::stats).isInstanceOf(IllegalStateException.class);
    b.build(6, null);
    assertThatThrownBy(() -> b.build(6, null)).isInstanceOf(IllegalStateException.class);
  }

  static LongStream seeds() { return LongStream.range(0, 100); }

  /** Edges added one by one or as arrays, in any mix, give the CSR of a list of followers per node filled in order. */
  @ParameterizedTest
  @MethodSource("seeds")
  void addAndAddAllKeepInsertionOrder(long seed) {
    Random r = new Random(seed);
    boolean directed = r.nextBoolean();
    boolean dedupe = r.nextBoolean();
    int n = 1 + r.nextInt(50);
    GraphBuilder b = new GraphBuilder(directed, r.nextInt(8)).dropSelfLoops();
    if (dedupe) b.dropDuplicates();
    CopySpill spill = new CopySpill();
    long spillFrom = r.nextInt(4) == 0 ? Long.MAX_VALUE : r.nextInt(200);
    b.spillTo(() -> spill, spillFrom);
    List<List<Integer>> expected = new ArrayList<>();
    for (int u = 0; u < n; u++) expected.add(new ArrayList<>());
    long loops = 0;
    for (int batch = r.nextInt(6); batch >= 0; batch--) {
      int[] pairs = new int[2 * r.nextInt(40)];
      for (int i = 0; i < pairs.length; i++) pairs[i] = r.nextInt(n);
      boolean asArray = r.nextBoolean();
      for (int i = 0; i < pairs.length; i += 2) {
        int u = pairs[i];
        int v = pairs[i + 1];
        if (!asArray) b.add(u, v);
        if (u == v) {
          loops++;
          continue;
        }
        expected.get(u).add(v);
        if (!directed) expected.get(v).add(u);
      }
      if (asArray) b.addAll(pairs, pairs.length);
    }
    Graph g = b.build(n, null);
    long repeats = 0;
    for (int u = 0; u < n; u++) {
      List<Integer> followers = expected.get(u);
      if (dedupe) {
        List<Integer> distinct = followers.stream().distinct().sorted().toList();
        repeats += followers.size() - distinct.size();
        followers = distinct;
      }
      assertThat(g.followers(u)).as("followers of %d", u).containsExactly(followers.stream().mapToInt(Integer::intValue).toArray());
    }
    assertThat(b.stats().selfLoops()).isEqualTo(loops);
    assertThat(b.stats().duplicates()).isEqualTo(directed ? repeats : repeats / 2);
    long ints = 2 * (b.stats().edges() - loops);
    assertThat(spill.kept).as("spilled at %d ints of pairs", ints).isEqualTo(ints >= spillFrom);
    assertThat(spill.closed).isEqualTo(spill.kept);
  }

  /** Keeps copies of the blocks and spoils the originals, so a builder that read them would fail. */
  private static final class CopySpill implements BlockSpill {
    final List<int[]> copies = new ArrayList<>();
    boolean kept;
    boolean closed;

    @Override
    public void keep(List<int[]> blocks, List<Integer> sizes) {
      kept = true;
      for (int i = 0; i < blocks.size(); i++) {
        copies.add(java.util.Arrays.copyOf(blocks.get(i), sizes.get(i)));
        java.util.Arrays.fill(blocks.get(i), -1);
      }
    }

    @Override
    public int[] read(int block) { return copies.get(block); }

    @Override
    public void close() { closed = true; }
  }

  @Test
  void holdsMoreEdgesThanOneBlock() {
    GraphBuilder b = new GraphBuilder(true, 16);
    int edges = 5_000_000; // blocks hold 2^21 edges each
    for (int i = 0; i < edges; i++) b.add(i % 1000, (i / 1000) % 1000);
    Graph g = b.build(1000, null);
    assertThat(g.arcCount()).isEqualTo(edges);
    assertThat(g.followers(7)).hasSize(5000).startsWith(0, 1, 2).endsWith(997, 998, 999);
  }
}
