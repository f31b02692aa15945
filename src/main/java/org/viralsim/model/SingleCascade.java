package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.function.Function;
import org.viralsim.config.Role;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.graph.Graph;

/**
 * Runs one item's cascade to completion outside the schedule, through the same diffusion rule
 * the model uses: the entry point of the benchmark and of the validation suite, where only the
 * cascade matters.
 */
public final class SingleCascade {
  private final Graph graph;
  private final Reaction[] reactions;
  private final boolean asCampaign;
  private final byte[] roleOf;
  private final Activity activity;
  private final DiffusionRule rule;

  /**
   * The independent cascade rule.
   *
   * @param roleOf     role index of each user
   * @param roles      behaviour per role
   * @param asCampaign true to spread it as the model spreads a campaign item: reads and reach
   *                   counted, every action booked per user; false for the bare cascade
   */
  public SingleCascade(Graph graph, byte[] roleOf, Role[] roles, double appeal, boolean asCampaign) {
    this(graph, roleOf, roles, appeal, asCampaign,
        activity -> new IndependentCascade(FollowerIndex.of(graph, roleOf, roles.length), activity));
  }

  private SingleCascade(Graph graph, byte[] roleOf, Role[] roles, double appeal, boolean asCampaign,
      Function<Activity, DiffusionRule> makeRule) {
    this.graph = graph;
    this.asCampaign = asCampaign;
    this.roleOf = roleOf;
    this.reactions = new Reaction[roles.length];
    for (int r = 0; r < roles.length; r++) reactions[r] = new Reaction(roles[r], appeal, asCampaign);
    boolean comments = false;
    for (Role role : roles) comments |= role.comment() > 0;
    // The per-user ledger is needed only where something is booked in it.
    this.activity = new Activity(asCampaign || comments ? roleOf.length : 0, roles.length);
    this.rule = makeRule.apply(activity);
  }

  /** Every follower reshares with probability t: plain bond percolation with transmissibility t. */
  public static SingleCascade uniform(Graph graph, double t) {
    return new SingleCascade(graph, new byte[graph.nodeCount()], new Role[] {new Role(1, 1, 0, t, 0)}, 1, false);
  }

  /**
   * The threshold rule, thresholds drawn from {@code random} as the model draws them.
   *
   * @param thresholds the distribution of each role's thresholds, in role order
   */
  public static SingleCascade threshold(Graph graph, byte[] roleOf, Role[] roles, ThresholdDistribution[] thresholds,
      double appeal, boolean asCampaign, MersenneTwisterFast random) {
    return new SingleCascade(graph, roleOf, roles, appeal, asCampaign,
        activity -> new ThresholdDiffusion(graph, roleOf, roles, thresholds, activity, random));
  }

  /** Everyone online at every tick with threshold phi: Watts' deterministic dynamics. */
  public static SingleCascade threshold(Graph graph, double phi) {
    // A fixed threshold takes no draw, so no stream is needed.
    return threshold(graph, new byte[graph.nodeCount()], new Role[] {new Role(1, 1, 0, 0, 0)},
        new ThresholdDistribution[] {new ThresholdDistribution.Fixed(phi)}, 1, false, null);
  }

  /** Spreads an item posted by the given distinct users until it stops; returns it. */
  public Item run(int[] authors, MersenneTwisterFast random) {
    return run(authors, random, Integer.MAX_VALUE);
  }

  /** As {@link #run(int[], MersenneTwisterFast)}, but stopped after {@code ticks} ticks. */
  public Item run(int[] authors, MersenneTwisterFast random, int ticks) {
    Item item = new Item(asCampaign ? 0 : 1, asCampaign, 0, reactions, graph.nodeCount());
    for (int a : authors) item.addAuthor(a);
    item.booked = item.cascadeSize();
    List<Item> one = List.of(item);
    for (int tick = 1; tick <= ticks && rule.inFlight(item, tick - 1); tick++) {
      rule.spread(one, tick, random);
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
