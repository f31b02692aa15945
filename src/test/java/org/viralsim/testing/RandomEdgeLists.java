package org.viralsim.testing;

import java.util.Random;
import java.util.stream.IntStream;
import org.viralsim.graph.Graph;
import static org.assertj.core.api.Assertions.assertThat;

/** Seeded random edge-list texts with what real files hold: numbers, text ids, comments, weights, repeats and loops. */
public final class RandomEdgeLists {
  private RandomEdgeLists() {}

  /** An edge list of a few to a few hundred lines, drawn from the seed. */
  public static String text(long seed) {
    Random r = new Random(seed);
    int nodes = 2 + r.nextInt(60);
    int lines = 1 + r.nextInt(400);
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) b.append("# source target\n");
    for (int i = 0; i < lines; i++) {
      switch (r.nextInt(12)) {
        case 0 -> b.append('\n');
        case 1 -> b.append("  # a comment\n");
        default -> {
          String sep = r.nextInt(4) == 0 ? "," : r.nextInt(3) == 0 ? "\t" : " ";
          b.append(id(r, nodes)).append(sep).append(r.nextInt(10) == 0 ? id(r, 3) : id(r, nodes));
          if (r.nextInt(8) == 0) b.append(sep).append(r.nextInt(100) / 10.0);
          if (r.nextInt(10) == 0) b.append(" # note");
          b.append(r.nextInt(15) == 0 ? "\r\n" : "\n");
        }
      }
    }
    if (r.nextBoolean() && b.length() > 0) b.setLength(b.length() - 1); // no newline at the end
    return b.toString();
  }

  /** A node id: mostly numbers, some large, some text and some with a leading zero (a node of its own). */
  private static String id(Random r, int nodes) {
    int k = r.nextInt(nodes);
    return switch (r.nextInt(10)) {
      case 0 -> "user" + k;
      case 1 -> "0" + k;
      case 2 -> Long.toString(1_000_000_000_000L + k);
      default -> Integer.toString(k);
    };
  }

  /** Asserts that two graphs are the same: CSR, labels and direction. */
  public static void assertSameGraph(Graph actual, Graph expected) {
    assertThat(actual.directed()).isEqualTo(expected.directed());
    assertThat(actual.offsets()).isEqualTo(expected.offsets());
    assertThat(TestGraphs.arcs(actual)).isEqualTo(TestGraphs.arcs(expected));
    assertThat(actual.hasLabels()).isEqualTo(expected.hasLabels());
    assertThat(IntStream.range(0, actual.nodeCount()).mapToObj(actual::label))
        .containsExactlyElementsOf(IntStream.range(0, expected.nodeCount()).mapToObj(expected::label).toList());
  }
}
