package org.viralsim.testing;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;

/** Small graphs built by hand and breadth-first search over them, for checking the model. */
public final class TestGraphs {
  private TestGraphs() {}

  /** Hub 0 with arcs 0 -> 1..leaves (the leaves follow the hub, nobody follows a leaf). */
  public static Graph directedStar(int leaves) {
    GraphBuilder b = new GraphBuilder(true, leaves);
    for (int v = 1; v <= leaves; v++) b.add(0, v);
    return b.build(leaves + 1, null);
  }

  /** Undirected star: hub 0 and leaves 1..leaves follow each other. */
  public static Graph undirectedStar(int leaves) {
    GraphBuilder b = new GraphBuilder(false, leaves);
    for (int v = 1; v <= leaves; v++) b.add(0, v);
    return b.build(leaves + 1, null);
  }

  /** User 0 follows users 1..accounts (arcs v -> 0), and nobody follows user 0. */
  public static Graph reader(int accounts) {
    GraphBuilder b = new GraphBuilder(true, accounts);
    for (int v = 1; v <= accounts; v++) b.add(v, 0);
    return b.build(accounts + 1, null);
  }

  /** Arcs 0 -> 1 -> ... -> k. */
  public static Graph directedChain(int k) {
    GraphBuilder b = new GraphBuilder(true, k);
    for (int v = 1; v <= k; v++) b.add(v - 1, v);
    return b.build(k + 1, null);
  }

  /** The graph's arcs: its targets without the unused tail a builder may leave. */
  public static int[] arcs(Graph g) { return Arrays.copyOf(g.targets(), (int) g.arcCount()); }

  /** A random directed multigraph (repeated arcs and self-loops allowed) with the given arc count. */
  public static Graph randomDirected(int n, int arcs, MersenneTwisterFast random) {
    GraphBuilder b = new GraphBuilder(true, arcs);
    for (int i = 0; i < arcs; i++) b.add(random.nextInt(n), random.nextInt(n));
    return b.build(n, null);
  }

  /** Breadth-first distances along arcs from the sources; -1 for users out of reach. */
  public static int[] distances(Graph g, int... sources) {
    int[] dist = new int[g.nodeCount()];
    Arrays.fill(dist, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s : sources) {
      if (dist[s] < 0) {
        dist[s] = 0;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int a = g.start(u); a < g.end(u); a++) {
        int v = g.target(a);
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          queue.add(v);
        }
      }
    }
    return dist;
  }

  /** Whether the graph has the arc u -> v. */
  public static boolean hasArc(Graph g, int u, int v) {
    for (int a = g.start(u); a < g.end(u); a++) if (g.target(a) == v) return true;
    return false;
  }
}
