package org.viralsim.gui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;

class LayoutSampleTest {
  /** A star around user 0 (999 followers), a star around user 1 (500), a path over the rest. */
  private static Graph twoStarsAndAPath() {
    GraphBuilder builder = new GraphBuilder(false, 3000);
    for (int v = 2; v < 1001; v++) builder.add(0, v);
    for (int v = 1001; v < 1501; v++) builder.add(1, v);
    for (int v = 1501; v < 2999; v++) builder.add(v, v + 1);
    return builder.build(3000, null);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void mustShowFirstThenTheBestFollowedThenLinkedOthers(long seed) {
    Graph graph = twoStarsAndAPath();
    int[] sample = LayoutSample.pick(graph, new int[] {2999, 2500, 2999}, 300, new SplittableRandom(seed));

    assertThat(sample).hasSize(300).doesNotHaveDuplicates().isSorted().contains(2999, 2500, 0, 1);
    assertThat(IntStream.of(sample).allMatch(u -> u >= 0 && u < 3000)).isTrue();
    // Random others are followers of users already picked, so nearly every user picked is linked to another.
    long linked = IntStream.of(sample).filter(u -> IntStream.range(graph.start(u), graph.end(u))
        .anyMatch(arc -> Arrays.binarySearch(sample, graph.target(arc)) >= 0)).count();
    assertThat(linked).isGreaterThan(290);
    assertThat(LayoutSample.pick(graph, new int[] {2999, 2500}, 300, new SplittableRandom(seed))).containsExactly(sample);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void theBestFollowedAreRankedByFollowersThenId(long seed) {
    GraphBuilder builder = new GraphBuilder(true, 100);
    for (int v = 0; v < 40; v++) builder.add(50, v); // 50 has 40 followers
    for (int u = 60; u < 100; u++) builder.add(u, 0); // 60..99 have one follower each
    Graph graph = builder.build(1000, null);

    int[] sample = LayoutSample.pick(graph, new int[0], 30, new SplittableRandom(seed)); // 3 best-followed

    assertThat(sample).contains(50, 60, 61);
  }
}
