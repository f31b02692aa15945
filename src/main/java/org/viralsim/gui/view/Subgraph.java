package org.viralsim.gui.view;

import java.util.Arrays;
import org.viralsim.graph.Graph;

/**
 * The users being laid out, numbered 0..size-1 in the order of their ids, with the links among them
 * stored both ways: where users sit does not depend on who follows whom.
 */
final class Subgraph {
  private final int[] offsets;
  private final int[] targets;

  private Subgraph(int[] offsets, int[] targets) {
    this.offsets = offsets;
    this.targets = targets;
  }

  /** The links among the given users (ascending ids of graph); local node i is users[i]. */
  static Subgraph induced(Graph graph, int[] users) {
    Links links = visitor -> {
      for (int i = 0; i < users.length; i++) {
        for (int arc = graph.start(users[i]); arc < graph.end(users[i]); arc++) {
          int j = Arrays.binarySearch(users, graph.target(arc));
          if (j >= 0 && j != i) visitor.visit(i, j);
        }
      }
    };
    return collect(users.length, links, graph.directed()); // an undirected graph stores both ways already
  }

  /** The links among the given nodes (ascending); node i of the result is nodes[i]. */
  Subgraph induced(int[] nodes) {
    Links links = visitor -> {
      for (int i = 0; i < nodes.length; i++) {
        for (int link = start(nodes[i]); link < end(nodes[i]); link++) {
          int j = Arrays.binarySearch(nodes, targets[link]);
          if (j >= 0) visitor.visit(i, j);
        }
      }
    };
    return collect(nodes.length, links, false);
  }

  private interface LinkVisitor {
    void visit(int from, int to);
  }

  private interface Links {
    void forEach(LinkVisitor visitor);
  }

  /** Stores the links in two passes, counting then filling; each also reversed when addReverse. */
  private static Subgraph collect(int size, Links links, boolean addReverse) {
    int[] offsets = new int[size + 1];
    links.forEach((i, j) -> {
      offsets[i + 1]++;
      if (addReverse) offsets[j + 1]++;
    });
    for (int i = 0; i < size; i++) offsets[i + 1] += offsets[i];
    int[] targets = new int[offsets[size]];
    int[] next = Arrays.copyOf(offsets, size);
    links.forEach((i, j) -> {
      targets[next[i]++] = j;
      if (addReverse) targets[next[j]++] = i;
    });
    return new Subgraph(offsets, targets);
  }

  int size() { return offsets.length - 1; }

  int start(int i) { return offsets[i]; }

  int end(int i) { return offsets[i + 1]; }

  int target(int link) { return targets[link]; }
}
