package org.viralsim.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Collects edges and turns them into a {@link Graph} with one counting pass. Edges are kept as given
 * (one pair of ints each, even when undirected) in blocks, so no single array has to hold them all,
 * and expanded into arcs only at build time. Given a {@link BlockSpill}, many edges' blocks are put
 * there and dropped before the arcs are allocated, then read back one at a time as their arcs are
 * placed, so pairs and arcs are never held together: the peak is 8 bytes per edge, directed or not
 * (without one it is 12 per directed edge and 16 per undirected one). A builder builds once.
 */
public final class GraphBuilder {
  /** Largest int array the JVM reliably allocates: the most arcs a graph can have. */
  public static final int MAX_ARCS = Integer.MAX_VALUE - 8;
  private static final int BLOCK = 1 << 22; // ints per block that add() fills (16 MB)
  private static final int SORT_PARTS = 64; // node ranges sorted in parallel when duplicates are dropped
  /** From this many ints of pairs (64M edges, 512 MB) the blocks go to the spill, if any, at build time. */
  private static final long SPILL_FROM = 1L << 27;

  private final boolean directed;
  private boolean dropSelfLoops;
  private boolean dropDuplicates;
  private final List<int[]> blocks = new ArrayList<>(); // u0, v0, u1, v1, ... sealed blocks, in order
  private final List<Integer> blockSizes = new ArrayList<>();
  private int[] tail; // the block add() fills
  private int tailSize;
  private int maxNode = -1;
  private long selfLoops;
  private BuildStats stats;
  private Supplier<BlockSpill> spill;
  private long spillFrom = SPILL_FROM;

  /**
   * @param directed      false to store every edge both ways
   * @param expectedEdges capacity hint; the builder grows past it
   */
  public GraphBuilder(boolean directed, int expectedEdges) {
    this.directed = directed;
    this.tail = new int[(int) Math.min(BLOCK, Math.max(16, 2L * expectedEdges))];
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

  /** Puts the pairs in the spill at build time when there are many (512 MB or more). */
  public GraphBuilder spillTo(Supplier<BlockSpill> spill) {
    this.spill = spill;
    return this;
  }

  /** As {@link #spillTo(Supplier)}, from this many ints of pairs on (tests use small numbers). */
  GraphBuilder spillTo(Supplier<BlockSpill> spill, long fromInts) {
    spillFrom = fromInts;
    return spillTo(spill);
  }

  /** Adds u->v, and v->u too when undirected. Ids must be non-negative. */
  public void add(int u, int v) {
    if ((u | v) < 0) throw new IllegalArgumentException("negative node id in edge " + u + " " + v);
    if (u == v && dropSelfLoops) {
      selfLoops++;
      return;
    }
    if (tailSize == tail.length) {
      if (tail.length < BLOCK) {
        tail = Arrays.copyOf(tail, Math.min(BLOCK, 2 * tail.length));
      } else {
        seal(tail, tailSize);
        tail = new int[BLOCK];
        tailSize = 0;
      }
    }
    tail[tailSize] = u;
    tail[tailSize + 1] = v;
    tailSize += 2;
    maxNode = Math.max(maxNode, Math.max(u, v));
  }

  /**
   * Adds the edges pairs[0, length) (u0, v0, u1, v1, ...) after those added so far, as add() would
   * one by one. The builder keeps the array (self-loops are removed from it in place when dropped):
   * the caller must not use it afterwards.
   */
  public void addAll(int[] pairs, int length) {
    if ((length & 1) != 0) throw new IllegalArgumentException("odd number of ends: " + length);
    if (tailSize > 0) {
      seal(tail, tailSize);
      tail = new int[16];
      tailSize = 0;
    }
    int kept = 0;
    int max = maxNode;
    for (int i = 0; i < length; i += 2) {
      int u = pairs[i];
      int v = pairs[i + 1];
      if ((u | v) < 0) throw new IllegalArgumentException("negative node id in edge " + u + " " + v);
      if (u == v && dropSelfLoops) {
        selfLoops++;
        continue;
      }
      pairs[kept] = u;
      pairs[kept + 1] = v;
      kept += 2;
      max = Math.max(max, Math.max(u, v));
    }
    maxNode = max;
    seal(pairs, kept);
  }

  private void seal(int[] block, int size) {
    if (size == 0) return;
    blocks.add(block);
    blockSizes.add(size);
  }

  /**
   * Builds the graph. Followers of each node keep insertion order, or are sorted when duplicates
   * are dropped. An undirected self-loop that is kept is stored as a single arc.
   *
   * @param nodeCount more than the largest id added; ids never added become isolated nodes
   * @param labels    one label per node, or null
   * @throws IllegalArgumentException for an id out of range, or more than {@link #MAX_ARCS} arcs
   */
  public Graph build(int nodeCount, NodeLabels labels) {
    if (stats != null) throw new IllegalStateException("graph already built");
    if (maxNode >= nodeCount) {
      throw new IllegalArgumentException("node id " + maxNode + " out of range for " + nodeCount + " nodes");
    }
    seal(tail, tailSize);
    tail = null;
    long pairs = 0;
    for (int size : blockSizes) pairs += size / 2;
    // offsets[u] counts up to the end of u's arcs, then back down to their start as they are placed.
    int[] offsets = new int[nodeCount + 1];
    long total = countArcs(offsets);
    if (total > MAX_ARCS) {
      throw new IllegalArgumentException(String.format("has %,d arcs (an undirected edge is two); at most %,d fit in"
          + " a graph", total, MAX_ARCS));
    }
    long sum = 0;
    for (int u = 0; u < nodeCount; u++) {
      sum += offsets[u];
      offsets[u] = (int) sum;
    }
    offsets[nodeCount] = (int) total;
    try (BlockSpill spilled = spill != null && 2 * pairs >= spillFrom ? spill.get() : null) {
      if (spilled != null) {
        spilled.keep(blocks, blockSizes);
        blocks.replaceAll(block -> null);
      }
      int[] targets = new int[(int) total];
      for (int b = blocks.size() - 1; b >= 0; b--) { // backwards, so each node's arcs keep insertion order
        int[] ends = spilled != null ? spilled.read(b) : blocks.get(b);
        for (int i = blockSizes.get(b) - 2; i >= 0; i -= 2) {
          int u = ends[i];
          int v = ends[i + 1];
          targets[--offsets[u]] = v;
          if (!directed && u != v) targets[--offsets[v]] = u;
        }
        blocks.set(b, null); // its arcs are placed: the memory goes back before the next block
      }
      blocks.clear();
      return finish(nodeCount, offsets, targets, pairs, labels);
    }
  }

  private Graph finish(int nodeCount, int[] offsets, int[] targets, long pairs, NodeLabels labels) {
    long duplicates = 0;
    if (dropDuplicates) {
      duplicates = dedupe(offsets, targets);
      // A copy would hold the arcs twice: only worth it when many were removed.
      if (targets.length - offsets[nodeCount] > targets.length / 64) targets = Arrays.copyOf(targets, offsets[nodeCount]);
    }
    stats = new BuildStats(pairs + selfLoops, selfLoops, duplicates);
    return Graph.withLabels(offsets, targets, labels, directed);
  }

  /** Counts each node's arcs into offsets (saturating, so a huge count is caught by the total); returns the total. */
  private long countArcs(int[] offsets) {
    long total = 0;
    for (int b = 0; b < blocks.size(); b++) {
      int[] ends = blocks.get(b);
      int size = blockSizes.get(b);
      for (int i = 0; i < size; i += 2) {
        int u = ends[i];
        int v = ends[i + 1];
        if (offsets[u] < MAX_ARCS) offsets[u]++;
        total++;
        if (!directed && u != v) {
          if (offsets[v] < MAX_ARCS) offsets[v]++;
          total++;
        }
      }
    }
    return total;
  }

  /**
   * Sorts each node's followers and removes repeats, in place; returns the edges removed. Node ranges
   * are sorted on all cores, each repeat-free in its own place, then moved together in one pass.
   */
  private long dedupe(int[] offsets, int[] targets) {
    int n = offsets.length - 1;
    int[] kept = new int[n]; // followers left per node
    long[] removed = IntStream.range(0, SORT_PARTS).parallel()
        .mapToObj(part -> dedupeRange(offsets, targets, kept, rangeStart(n, part), rangeStart(n, part + 1)))
        .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    int w = 0;
    for (int u = 0; u < n; u++) {
      int start = offsets[u];
      if (w != start) System.arraycopy(targets, start, targets, w, kept[u]);
      offsets[u] = w;
      w += kept[u];
    }
    offsets[n] = w;
    // An undirected repeat shows up at both ends; a self-loop is stored once.
    return removed[0] + (directed ? removed[1] : removed[1] / 2);
  }

  private static int rangeStart(int n, int part) { return (int) ((long) n * part / SORT_PARTS); }

  /** Sorts and dedupes the followers of nodes [from, to) within their slices; returns {self-loop, other} repeats. */
  private static long[] dedupeRange(int[] offsets, int[] targets, int[] kept, int from, int to) {
    long loopArcs = 0;
    long otherArcs = 0;
    for (int u = from; u < to; u++) {
      int start = offsets[u];
      int end = offsets[u + 1];
      Arrays.sort(targets, start, end);
      int w = start;
      for (int i = start; i < end; i++) {
        int t = targets[i];
        if (w == start || targets[w - 1] != t) {
          targets[w++] = t;
        } else if (t == u) {
          loopArcs++;
        } else {
          otherArcs++;
        }
      }
      kept[u] = w - start;
    }
    return new long[] {loopArcs, otherArcs};
  }

  /** What the build dropped; available after {@link #build}. */
  public BuildStats stats() {
    if (stats == null) throw new IllegalStateException("graph not built yet");
    return stats;
  }
}
