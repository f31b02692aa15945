package org.viralsim.model;

import java.util.Arrays;
import org.viralsim.graph.Graph;

/**
 * Followers of each user grouped by the follower's role, so that a cascade can draw, per role, the
 * gap to the next follower who engages instead of one random number per follower. The followers of
 * u in role r are {@code targets()[segments()[b + r] .. segments()[b + r + 1])} with
 * {@code b = base(u)}, in the graph's order within each role.
 *
 * <p>With a single role it is the graph's own arrays. With several, a user's followers are grouped
 * the first time that user spreads something: roles are drawn per replication, so a full grouped
 * copy would cost 4 bytes per arc per replication, while a run's cascades usually pass through a
 * small part of the graph.
 */
public final class FollowerIndex {
  private final int roles;
  private final int[] offsets;
  private final int[] graphTargets;
  private final byte[] roleOf;
  /** Per user, 1 + the position of its role bounds in {@link #segments}; 0 until it is grouped. */
  private final int[] baseOf;
  private int[] segments;
  private int[] targets;
  private int segmentsUsed;
  private int targetsUsed;

  private FollowerIndex(Graph graph, byte[] roleOf, int roles) {
    this.roles = roles;
    this.offsets = graph.offsets();
    this.graphTargets = graph.targets();
    this.roleOf = roleOf;
    if (roles == 1) {
      baseOf = null;
      segments = offsets;
      targets = graphTargets;
    } else {
      baseOf = new int[graph.nodeCount()];
      segments = new int[16 * (roles + 1)];
      targets = new int[(int) Math.min(graphTargets.length, 1024)];
    }
  }

  public static FollowerIndex of(Graph graph, byte[] roleOf, int roleCount) {
    return new FollowerIndex(graph, roleOf, roleCount);
  }

  public int roles() { return roles; }

  /**
   * Where u's role bounds start in {@link #segments()}; groups u's followers first if needed, which
   * may replace the arrays that {@link #segments()} and {@link #targets()} return.
   */
  int base(int u) {
    if (baseOf == null) return u;
    int b = baseOf[u];
    return b != 0 ? b - 1 : group(u);
  }

  /** Segment bounds, valid until the next {@link #base} call that groups a user. */
  int[] segments() { return segments; }

  /** Followers grouped by role, valid until the next {@link #base} call that groups a user. */
  int[] targets() { return targets; }

  private int group(int u) {
    int from = offsets[u];
    int to = offsets[u + 1];
    if (segmentsUsed + roles + 1 > segments.length) segments = Arrays.copyOf(segments, 2 * segments.length);
    if (targetsUsed + (to - from) > targets.length) {
      long wanted = Math.max(2L * targets.length, (long) targetsUsed + (to - from));
      // Never more than the graph's arcs: every user grouped is exactly one copy of them.
      targets = Arrays.copyOf(targets, (int) Math.min(wanted, graphTargets.length));
    }
    int base = segmentsUsed;
    segmentsUsed += roles + 1;
    for (int a = from; a < to; a++) segments[base + roleOf[graphTargets[a]] + 1]++;
    segments[base] = targetsUsed;
    for (int r = 0; r < roles; r++) segments[base + r + 1] += segments[base + r];
    // Fill role by role in the graph's order; the bounds are restored from the counts afterwards.
    for (int a = from; a < to; a++) {
      int v = graphTargets[a];
      targets[segments[base + roleOf[v]]++] = v;
    }
    for (int r = roles; r > 0; r--) segments[base + r] = segments[base + r - 1];
    segments[base] = targetsUsed;
    targetsUsed += to - from;
    baseOf[u] = base + 1;
    return base;
  }
}
