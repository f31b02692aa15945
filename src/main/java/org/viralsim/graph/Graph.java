package org.viralsim.graph;

import java.util.Arrays;

/**
 * A compact directed graph in CSR form: the out-neighbours of u are
 * {@code targets[offsets[u] .. offsets[u+1])}. An arc u->v means v follows u (v sees what u posts),
 * so out-neighbours are followers and out-degree is the follower count. Undirected networks store
 * both arcs. Immutable after construction; safe to share between threads.
 */
public final class Graph {
  private final int[] offsets;
  private final int[] targets;
  private final NodeLabels labels;
  private final boolean directed;

  /**
   * @param offsets  n+1 non-decreasing offsets into targets, offsets[0] = 0
   * @param targets  arc heads, each in [0, n); entries from offsets[n] on are unused (a builder that
   *                 removed repeats in place leaves them rather than copy the whole array)
   * @param labels   the original id of each node (for output), or null to use 0..n-1
   * @param directed whether arcs were given one way (false: every arc has its reverse)
   */
  public Graph(int[] offsets, int[] targets, String[] labels, boolean directed) {
    this(offsets, targets, labels == null ? null : new NodeLabels(null, labels), directed);
  }

  private Graph(int[] offsets, int[] targets, NodeLabels labels, boolean directed) {
    if (offsets.length < 1 || offsets[0] != 0 || offsets[offsets.length - 1] > targets.length) {
      throw new IllegalArgumentException("offsets must start at 0 and end within targets");
    }
    if (labels != null && labels.size() != offsets.length - 1) {
      throw new IllegalArgumentException("labels must have one entry per node");
    }
    this.offsets = offsets;
    this.targets = targets;
    this.labels = labels;
    this.directed = directed;
  }

  /** A graph whose labels are held as {@link NodeLabels}; otherwise as the constructor. */
  public static Graph withLabels(int[] offsets, int[] targets, NodeLabels labels, boolean directed) {
    return new Graph(offsets, targets, labels, directed);
  }

  public int nodeCount() { return offsets.length - 1; }

  /** Number of arcs (an undirected edge counts twice). */
  public long arcCount() { return offsets[offsets.length - 1]; }

  /** Number of edges: arcs for a directed graph, arcs / 2 for an undirected one. */
  public long edgeCount() { return directed ? arcCount() : arcCount() / 2; }

  public boolean directed() { return directed; }

  /** Followers of u (out-degree). */
  public int outDegree(int u) { return offsets[u + 1] - offsets[u]; }

  /** First arc index of u; followers are {@link #target(int)} for indices up to {@link #end(int)}. */
  public int start(int u) { return offsets[u]; }

  public int end(int u) { return offsets[u + 1]; }

  public int target(int arc) { return targets[arc]; }

  /** The raw CSR offsets: shared, do not modify. Exposed for hot loops. */
  public int[] offsets() { return offsets; }

  /** The raw CSR targets, unused past {@link #arcCount()}: shared, do not modify. Exposed for hot loops. */
  public int[] targets() { return targets; }

  /** Followers of u as a new array. */
  public int[] followers(int u) { return Arrays.copyOfRange(targets, offsets[u], offsets[u + 1]); }

  /** The id of node u as given in the input (a file's id, or u itself for generated graphs). */
  public String label(int u) { return labels == null ? Integer.toString(u) : labels.get(u); }

  public boolean hasLabels() { return labels != null; }

  private volatile java.util.Map<String, Integer> index;

  /**
   * The node with this id as given in the input (or "0".."n-1" for generated graphs), or -1. The
   * index over labels is built once, on first use, and shared by all threads.
   */
  public int indexOf(String label) {
    if (labels == null) {
      if (!label.matches("0|[1-9][0-9]{0,9}")) return -1;
      long u = Long.parseLong(label);
      return u < nodeCount() ? (int) u : -1;
    }
    java.util.Map<String, Integer> m = index;
    if (m == null) {
      synchronized (this) {
        m = index;
        if (m == null) {
          m = new java.util.HashMap<>(nodeCount() * 2);
          for (int u = 0; u < nodeCount(); u++) m.putIfAbsent(labels.get(u), u);
          index = m;
        }
      }
    }
    return m.getOrDefault(label, -1);
  }

  /** In-degrees (accounts each user follows). */
  public int[] inDegrees() {
    int[] in = new int[nodeCount()];
    for (int a = 0; a < offsets[offsets.length - 1]; a++) in[targets[a]]++;
    return in;
  }
}
