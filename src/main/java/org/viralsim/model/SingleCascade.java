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
  private final boolean asCampaign;
  private final byte[] roleOf;
  private final Activity activity;
  private final IndependentCascade cascade;

  /**
   * @param roleOf     role index of each user
   * @param roles      behaviour per role
   * @param asCampaign true to spread it as the model spreads a campaign item: reads and reach
   *                   counted, every action booked per user; false for the bare cascade
   */
  public SingleCascade(Graph graph, byte[] roleOf, Role[] roles, double appeal, boolean asCampaign) {
    this.graph = graph;
    this.asCampaign = asCampaign;
    this.roleOf = roleOf;
    this.reactions = new Reaction[roles.length];
    for (int r = 0; r < roles.length; r++) reactions[r] = new Reaction(roles[r], appeal, asCampaign);
    boolean comments = false;
    for (Role role : roles) comments |= role.comment() > 0;
    // The per-user ledger is needed only where something is booked in it.
    this.activity = new Activity(asCampaign || comments ? roleOf.length : 0, roles.length);
    this.cascade = new IndependentCascade(FollowerIndex.of(graph, roleOf, roles.length), activity);
  }

  /** Every follower reshares with probability t: plain bond percolation with transmissibility t. */
  public static SingleCascade uniform(Graph graph, double t) {
    return new SingleCascade(graph, new byte[graph.nodeCount()], new Role[] {new Role(1, 1, 0, t, 0)}, 1, false);
  }

  /** Spreads an item posted by the given distinct users until nobody reshares; returns it. */
  public Item run(int[] authors, MersenneTwisterFast random) {
    Item item = new Item(asCampaign ? 0 : 1, asCampaign, 0, reactions, graph.nodeCount());
    for (int a : authors) item.addAuthor(a);
    item.booked = item.cascadeSize();
    while (item.inFlight()) {
      cascade.advance(item, random);
      if (asCampaign) activity.recordReshares(item, roleOf);
    }
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
