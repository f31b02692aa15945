package org.viralsim.graph;

import java.util.List;

/**
 * Somewhere outside the heap a {@link GraphBuilder} can put its blocks of edge pairs while it places
 * their arcs, so that pairs and arcs are never held together. Failures are unchecked: the builder
 * cannot go on without its edges.
 */
public interface BlockSpill extends AutoCloseable {
  /** Keeps the first {@code sizes.get(i)} ints of each block; afterwards the caller drops the blocks. */
  void keep(List<int[]> blocks, List<Integer> sizes);

  /** The ints kept of block i, in a buffer that the next call may reuse. */
  int[] read(int block);

  /** Releases what was kept. */
  @Override
  void close();
}
