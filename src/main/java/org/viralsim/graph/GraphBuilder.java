package org.viralsim.graph;

import java.util.Arrays;

/**
 * Collects edges and turns them into a {@link Graph} with one counting pass. Edges are kept as given
 * (one pair of ints each, even when undirected) and expanded into arcs only at build time, so the
 * memory held while collecting is half that of storing arcs. A builder builds once.
 */
public final class GraphBuilder {
  /** Largest int array the JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final boolean directed;
  private boolean dropSelfLoops;
  private boolean dropDuplicates;
  private int[] ends; // u0, v0, u1, v1, ...
  private int size;
  private int maxNode = -1;
  private long selfLoops;
  private BuildStats stats;

  /**
   * @param directed      false to store every edge both ways
   * @param expectedEdges capacity hint; the builder grows past it
   */
  public GraphBuilder(boolean directed, int expectedEdges) {
    this.directed = directed;
    this.ends = new int[(int) Math.min(MAX_ARRAY & ~1, Math.max(16, 2L * expectedEdges))];
  }

  /** Drop edges u u (counted in {@link BuildStats#selfLoops()}). */
  public GraphBuilder dropSelfLoops() {
    dropSelfLoops = true;
    return this;
  }

  /** Keep one copy of repeated edges; this also sorts every node's followers. */
  public GraphBuilder dropDuplicates() {
    dropDuplicates = true;
    return this;
  }

  /** Adds u->v, and v->u too when undirected. Ids must be non-negative. */
  public void add(int u, int v) {
    if ((u | v) < 0) throw new IllegalArgumentException("negative node id in edge " + u + " " + v);
    if (u == v && dropSelfLoops) {
      selfLoops++;
      return;
    }
    if (size == ends.length) grow();
    ends[size] = u;
    ends[size + 1] = v;
    size += 2;
    maxNode = Math.max(maxNode, Math.max(u, v));
  }

  private void grow() {
    if (ends.length >= (MAX_ARRAY & ~1)) throw new IllegalArgumentException("more than " + MAX_ARRAY / 2 + " edges");
    ensureCapacity(ends.length / 2 + ends.length / 4);
  }

  /** Makes room for this many edges in all, sparing repeated growth when the count can be estimated. */
  public void ensureCapacity(long edges) {
    long ints = Math.min(MAX_ARRAY & ~1, 2 * edges);
    if (ints > ends.length) ends = Arrays.copyOf(ends, (int) ints);
  }

  /**
   * Builds the graph. Followers of each node keep insertion order, or are sorted when duplicates
   * are dropped. An undirected self-loop that is kept is stored as a single arc.
   *
   * @param nodeCount more than the largest id added; ids never added become isolated nodes
   * @param labels    one label per node, or null
   */
  public Graph build(int nodeCount, NodeLabels labels) {
    if (stats != null) throw new IllegalStateException("graph already built");
    if (maxNode >= nodeCount) {
      throw new IllegalArgumentException("node id " + maxNode + " out of range for " + nodeCount + " nodes");
    }
    // offsets[u] counts up to the end of u's arcs, then back down to their start as they are placed.
    int[] offsets = new int[nodeCount + 1];
    for (int i = 0; i < size; i += 2) {
      offsets[ends[i]]++;
      if (!directed && ends[i] != ends[i + 1]) offsets[ends[i + 1]]++;
    }
    long total = 0;
    for (int u = 0; u < nodeCount; u++) {
      total += offsets[u];
      offsets[u] = (int) Math.min(total, MAX_ARRAY);
    }
    if (total > MAX_ARRAY) throw new IllegalArgumentException("more than " + MAX_ARRAY + " arcs");
    offsets[nodeCount] = (int) total;
    int[] targets = new int[(int) total];
    for (int i = size - 2; i >= 0; i -= 2) { // backwards, so each node's arcs keep insertion order
      int u = ends[i];
      int v = ends[i + 1];
      targets[--offsets[u]] = v;
      if (!directed && u != v) targets[--offsets[v]] = u;
    }
    long given = size / 2 + selfLoops;
    ends = null;
    long duplicates = 0;
    if (dropDuplicates) {
      duplicates = dedupe(offsets, targets);
      if (offsets[nodeCount] < targets.length) targets = Arrays.copyOf(targets, offsets[nodeCount]);
    }
    stats = new BuildStats(given, selfLoops, duplicates);
    return Graph.withLabels(offsets, targets, labels, directed);
  }

  /** Sorts each node's followers and removes repeats in place; returns the edges removed. */
  private long dedupe(int[] offsets, int[] targets) {
    long loopArcs = 0;
    long otherArcs = 0;
    int w = 0;
    int start = 0;
    for (int u = 0; u + 1 < offsets.length; u++) {
      int end = offsets[u + 1];
      Arrays.sort(targets, start, end);
      int first = w;
      for (int i = start; i < end; i++) {
        int t = targets[i];
        if (w == first || targets[w - 1] != t) {
          targets[w++] = t;
        } else if (t == u) {
          loopArcs++;
        } else {
          otherArcs++;
        }
      }
      start = end;
      offsets[u + 1] = w;
    }
    // An undirected repeat shows up at both ends; a self-loop is stored once.
    return loopArcs + (directed ? otherArcs : otherArcs / 2);
  }

  /** What the build dropped; available after {@link #build}. */
  public BuildStats stats() {
    if (stats == null) throw new IllegalStateException("graph not built yet");
    return stats;
  }
}
