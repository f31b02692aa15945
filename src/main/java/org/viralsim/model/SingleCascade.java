package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import org.viralsim.config.Role;
import org.viralsim.graph.Graph;

/**
 * Runs one item's cascade to completion outside the schedule, through the same
 * {@link IndependentCascade} rule the model uses: the entry point of the benchmark and of the
 * validation suite, where only the cascade matters.
 */
public final class SingleCascade {
  private final Graph graph;
  private final Reaction[] reactions;
  private final boolean countReads;
  private final IndependentCascade cascade;

  /**
   * @param roleOf     role index of each user
   * @param roles      behaviour per role
   * @param countReads true to count reads and reach as for a campaign item
   */
  public SingleCascade(Graph graph, byte[] roleOf, Role[] roles, double appeal, boolean countReads) {
    this.graph = graph;
    this.countReads = countReads;
    this.reactions = new Reaction[roles.length];
    for (int r = 0; r < roles.length; r++) reactions[r] = new Reaction(roles[r], appeal, countReads);
    this.cascade = new IndependentCascade(FollowerIndex.of(graph, roleOf, roles.length), new Activity(roleOf.length, roles.length));
  }

  /** Every follower reshares with probability t: plain bond percolation with transmissibility t. */
  public static SingleCascade uniform(Graph graph, double t) {
    return new SingleCascade(graph, new byte[graph.nodeCount()], new Role[] {new Role(1, 1, 0, t, 0)}, 1, false);
  }

  /** Spreads an item posted by the given distinct users until nobody reshares; returns it. */
  public Item run(int[] authors, MersenneTwisterFast random) {
    Item item = new Item(countReads ? 0 : 1, countReads, 0, reactions, graph.nodeCount());
    for (int a : authors) item.addAuthor(a);
    while (item.inFlight()) cascade.advance(item, random);
    return item;
  }

  /** k distinct users drawn uniformly at random. */
  public static int[] randomUsers(int n, int k, MersenneTwisterFast random) {
    if (k > n) throw new IllegalArgumentException("cannot draw " + k + " distinct users from " + n);
    NodeSet seen = new NodeSet(n);
    int[] out = new int[k];
    for (int i = 0; i < k; ) {
      int u = random.nextInt(n);
      if (seen.add(u)) out[i++] = u;
    }
    return out;
  }
}
