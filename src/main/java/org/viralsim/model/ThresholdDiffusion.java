package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.viralsim.config.Role;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.graph.Graph;

/**
 * The threshold rule of Watts (2002), complex contagion: a user adopts (reshares) an item once
 * the share of the accounts it follows that shared it reaches its threshold divided by the item's
 * appeal, m / k >= phi / appeal, where k is the number of accounts it follows (its in-degree; the
 * degree on an undirected network) and m how many of them shared the item. The test is the double
 * comparison {@code (double) m / k >= phi / appeal}, so a tie adopts; it is decided as an exact
 * integer comparison (see {@link #needed}). Appeal 0 means nobody adopts.
 *
 * <p>Timing as in the independent cascade: at each tick the item's sharers not yet passed on
 * (authors and the previous tick's adopters) expose their followers who have not shared it; then
 * every user exposed since it last read the item is online with its role's activity (one draw per
 * waiting user and item, none when the activity is 1). An online user reads it, adopts if the rule
 * holds, and comments with its role's comment probability; an offline user keeps it to read at a
 * later tick. With activity 1 the adopters are Watts' deterministic cascade, one generation per
 * tick; with less, the same set later, as thresholds are fixed and shared counts only grow. A user
 * whose role has activity 0 never reads, so it does not keep the item in flight.
 *
 * <p>A read outside the network (a paid impression) never makes a user adopt: only followed
 * accounts count. A user with threshold 0 still needs one shared followee, as only a read after
 * an exposure can make a user adopt.
 */
public final class ThresholdDiffusion implements DiffusionRule {
  /** Needed count of a user who never adopts. */
  private static final int NEVER = Integer.MAX_VALUE;
  private final int[] offsets;
  private final int[] targets;
  private final byte[] roleOf;
  private final double[] activity;
  private final double[] comment;
  private final Activity ledger;
  private final double[] phi;
  private final int[] following;
  /** Shared followees each user needs for an item of appeal 1 (nearly all items). */
  private final int[] need;

  /** What one item keeps between ticks. */
  private static final class State {
    /** Per exposed user: how many of the accounts it follows shared the item. */
    final IntIntMap shared;
    /**
     * Per exposed user: 1 + the position (in the item's sharers) of the last sharer who exposed it,
     * while it waits to read the item; 0 once it has read it. The parent is needed only until the
     * next read, so the same value tells whether the user waits.
     */
    final IntIntMap from;
    /** Users exposed since they last read the item. */
    final IntList pending = new IntList(16);

    State(int users) {
      shared = new IntIntMap(users);
      from = new IntIntMap(users);
    }
  }

  /**
   * Draws each user's threshold from its role's distribution, in user order, from {@code random}.
   *
   * @param thresholds the distribution of each role, in role order
   */
  public ThresholdDiffusion(Graph graph, byte[] roleOf, Role[] roles, ThresholdDistribution[] thresholds,
      Activity ledger, MersenneTwisterFast random) {
    this.offsets = graph.offsets();
    this.targets = graph.targets();
    this.roleOf = roleOf;
    this.ledger = ledger;
    this.activity = new double[roles.length];
    this.comment = new double[roles.length];
    for (int r = 0; r < roles.length; r++) {
      activity[r] = roles[r].activity();
      comment[r] = roles[r].comment();
    }
    int n = graph.nodeCount();
    this.following = graph.inDegrees();
    this.phi = new double[n];
    this.need = new int[n];
    for (int v = 0; v < n; v++) {
      phi[v] = draw(thresholds[roleOf[v]], random);
      need[v] = needed(following[v], phi[v]);
    }
  }

  /** A threshold from d: a fixed value takes no draw, a uniform one, a normal one clipped to [0, 1]. */
  static double draw(ThresholdDistribution d, MersenneTwisterFast random) {
    if (d instanceof ThresholdDistribution.Fixed f) return f.value();
    if (d instanceof ThresholdDistribution.Uniform u) return u.min() + (u.max() - u.min()) * random.nextDouble();
    ThresholdDistribution.Normal g = (ThresholdDistribution.Normal) d;
    return Math.min(1, Math.max(0, g.mean() + g.sd() * random.nextGaussian()));
  }

  /**
   * The least m in [0, k] with {@code (double) m / k >= theta}, or NEVER: the rule as an exact
   * integer comparison, m >= needed(k, theta). The quotient is correctly rounded and so never
   * decreases in m, which makes the comparison equivalent to the double test for every m.
   * Math.ceil(theta * k) alone is not, as the product is rounded too: for k = 3 and theta =
   * Math.nextUp(1.0 / 3), theta * 3 rounds to 1.0, yet (double) 1 / 3 < theta. It is only the
   * starting guess here. A tie, m / k == theta as doubles, adopts.
   */
  static int needed(int k, double theta) {
    if (k == 0 || !(theta <= 1)) return NEVER; // m / k <= 1 never reaches theta > 1 (nor NaN)
    int m = (int) Math.min(k, Math.max(0, Math.ceil(theta * k)));
    while (m > 0 && (double) (m - 1) / k >= theta) m--;
    while ((double) m / k < theta) m++; // ends at m = k at the latest, as k / k = 1 >= theta
    return m;
  }

  /** Shared followees v needs to adopt an item of this appeal. */
  private int need(int v, double appeal) {
    if (appeal == 1) return need[v];
    return appeal > 0 ? needed(following[v], phi[v] / appeal) : NEVER;
  }

  /** User v's threshold. */
  double threshold(int v) { return phi[v]; }

  @Override
  public void spread(List<Item> live, int tick, MersenneTwisterFast random) {
    for (Item item : live) {
      State s = (State) item.spreadState;
      if (s == null) item.spreadState = s = new State(following.length);
      expose(item, s);
      read(item, s, random);
    }
  }

  @Override
  public boolean inFlight(Item item, int tick) {
    State s = (State) item.spreadState;
    return item.delivered < item.cascadeSize() || (s != null && s.pending.size() > 0);
  }

  @Override
  public boolean directReadsReshare() { return false; }

  /** Sharers not passed on yet count towards each follower who has not shared the item. */
  private void expose(Item item, State s) {
    int end = item.cascadeSize();
    for (int p = item.delivered; p < end; p++) {
      int u = item.users.get(p);
      for (int a = offsets[u]; a < offsets[u + 1]; a++) {
        int f = targets[a];
        if (item.sharers.contains(f)) continue;
        s.shared.increment(f);
        if (s.from.put(f, p + 1) == 0) s.pending.add(f);
      }
    }
    item.delivered = end;
  }

  /** Waiting users who are online read the item; the others keep waiting. */
  private void read(Item item, State s, MersenneTwisterFast random) {
    IntList pending = s.pending;
    double appeal = item.reactions[0].appeal;
    int kept = 0;
    for (int i = 0; i < pending.size(); i++) {
      int v = pending.get(i);
      int r = roleOf[v];
      if (activity[r] == 0) { // never reads: stops waiting
        s.from.put(v, 0);
        continue;
      }
      if (activity[r] < 1 && random.nextDouble() >= activity[r]) {
        pending.set(kept++, v);
        continue;
      }
      int from = s.from.put(v, 0) - 1;
      item.read(v);
      if (s.shared.get(v) >= need(v, appeal)) item.reshare(v, from);
      if (comment[r] > 0 && random.nextDouble() < comment[r]) {
        item.comment(v);
        ledger.comment(v, r);
      }
    }
    pending.truncate(kept);
  }
}
