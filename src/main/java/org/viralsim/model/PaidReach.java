package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import org.viralsim.config.Paid;
import org.viralsim.graph.Graph;

/** A campaign's paid impressions: how many fall in each tick and who sees them. */
final class PaidReach {
  private final Paid paid;
  private final long total;
  private final int[] audience;
  private final int users;

  /**
   * @param members users of each role, in role order (the first role holds the creators)
   * @param role    index of the targeted role for {@code role} targeting, else ignored
   */
  PaidReach(Paid paid, Graph graph, byte[] roleOf, int[][] members, int role) {
    this.paid = paid;
    this.total = paid.impressions();
    this.users = graph.nodeCount();
    this.audience = switch (paid.targeting()) {
      case RANDOM -> null;
      case ROLE -> members[role];
      case CREATOR_FOLLOWERS -> followersOf(graph, roleOf);
    };
  }

  /** Users who follow at least one user of role 0. */
  private static int[] followersOf(Graph graph, byte[] roleOf) {
    java.util.BitSet out = new java.util.BitSet(graph.nodeCount());
    int[] off = graph.offsets();
    int[] targets = graph.targets();
    for (int u = 0; u < graph.nodeCount(); u++) {
      if (roleOf[u] != 0) continue;
      for (int a = off[u]; a < off[u + 1]; a++) out.set(targets[a]);
    }
    return out.stream().toArray();
  }

  /** Impressions shown at this tick: the total in equal parts over the duration, rounded so they add up. */
  long at(int tick) {
    int i = tick - paid.start();
    if (i < 0 || i >= paid.duration() || (audience != null && audience.length == 0)) return 0;
    return total * (i + 1) / paid.duration() - total * i / paid.duration();
  }

  /** A targeted user, drawn uniformly (with replacement: one user may see several impressions). */
  int target(MersenneTwisterFast random) {
    return audience == null ? random.nextInt(users) : audience[random.nextInt(audience.length)];
  }

  /** Euros per impression. */
  double price() { return paid.cpm() / 1000; }

  /** Whether impressions remain to be shown at this tick or later. */
  boolean pendingFrom(int tick) { return total > 0 && tick < paid.start() + paid.duration(); }
}
