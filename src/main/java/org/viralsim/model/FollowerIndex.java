package org.viralsim.model;

import org.viralsim.graph.Graph;

/**
 * Followers of each user grouped by the follower's role: the followers of u in role r are
 * {@code targets[segments[u*R + r] .. segments[u*R + r + 1])}. Grouping lets a cascade draw, per
 * role, the gap to the next follower who engages instead of one random number per follower. With a
 * single role it shares the graph's own arrays instead of copying them.
 */
public final class FollowerIndex {
  private final int roles;
  private final int[] segments;
  private final int[] targets;

  private FollowerIndex(int roles, int[] segments, int[] targets) {
    this.roles = roles;
    this.segments = segments;
    this.targets = targets;
  }

  public static FollowerIndex of(Graph graph, byte[] roleOf, int roleCount) {
    if (roleCount == 1) return new FollowerIndex(1, graph.offsets(), graph.targets());
    int n = graph.nodeCount();
    int[] off = graph.offsets();
    int[] src = graph.targets();
    int[] segments = new int[n * roleCount + 1];
    int[] targets = new int[src.length];
    int[] fill = new int[roleCount];
    for (int u = 0; u < n; u++) {
      int base = u * roleCount;
      for (int a = off[u]; a < off[u + 1]; a++) segments[base + roleOf[src[a]] + 1]++;
      segments[base] = off[u];
      for (int r = 0; r < roleCount; r++) {
        segments[base + r + 1] += segments[base + r];
        fill[r] = segments[base + r];
      }
      for (int a = off[u]; a < off[u + 1]; a++) targets[fill[roleOf[src[a]]]++] = src[a];
    }
    return new FollowerIndex(roleCount, segments, targets);
  }

  public int roles() { return roles; }

  /** Segment bounds: followers of u in role r run from {@code segments()[u*R+r]} to the next entry. */
  int[] segments() { return segments; }

  int[] targets() { return targets; }
}
