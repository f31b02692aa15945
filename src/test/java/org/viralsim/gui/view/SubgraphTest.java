package org.viralsim.gui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;

class SubgraphTest {
  private static int[] neighbours(Subgraph graph, int i) {
    return IntStream.range(graph.start(i), graph.end(i)).map(graph::target).sorted().toArray();
  }

  @Test
  void keepsTheLinksAmongTheGivenUsersBothWaysAndRenumbersThem() {
    GraphBuilder builder = new GraphBuilder(true, 5);
    builder.add(2, 5); // 5 follows 2
    builder.add(5, 9);
    builder.add(9, 2);
    builder.add(2, 3); // 3 is not drawn
    builder.add(9, 9); // a self-loop says nothing about where 9 sits
    Graph graph = builder.build(10, null);

    Subgraph drawn = Subgraph.induced(graph, new int[] {2, 5, 9});

    assertThat(drawn.size()).isEqualTo(3);
    assertThat(neighbours(drawn, 0)).containsExactly(1, 2);
    assertThat(neighbours(drawn, 1)).containsExactly(0, 2);
    assertThat(neighbours(drawn, 2)).containsExactly(0, 1);
  }

  @Test
  void anUndirectedGraphKeepsEachLinkOnceEachWay() {
    GraphBuilder builder = new GraphBuilder(false, 3);
    builder.add(0, 1);
    builder.add(1, 2);
    builder.add(2, 3);
    Graph graph = builder.build(4, null);

    Subgraph whole = Subgraph.induced(graph, new int[] {0, 1, 2, 3});
    Subgraph middle = whole.induced(new int[] {1, 2, 3});

    assertThat(neighbours(whole, 1)).containsExactly(0, 2);
    assertThat(middle.size()).isEqualTo(3);
    assertThat(neighbours(middle, 0)).containsExactly(1);
    assertThat(neighbours(middle, 1)).containsExactly(0, 2);
    assertThat(neighbours(middle, 2)).containsExactly(1);
  }
}
