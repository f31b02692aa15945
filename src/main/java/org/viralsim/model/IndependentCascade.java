package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * The independent cascade rule, which is bond percolation: when a user posts or reshares an item,
 * each follower who has not reshared it yet gets one chance, at the next tick, to read it (online
 * with the role's activity) and then reshare it (reshare x appeal) or comment. A user reshares an
 * item at most once.
 *
 * <p>Instead of one draw per follower, it draws, within each role's group of followers, the
 * geometric gap to the next follower who has a hit (see {@link Reaction}): the same distribution
 * as independent Bernoulli trials per follower, but it reads only the followers who are hit, which
 * makes cascades on large graphs cheap. A hit on a follower who already reshared is ignored, as
 * that follower gets no chance under the rule.
 */
public final class IndependentCascade implements DiffusionRule {
  private final FollowerIndex followers;
  private final Activity activity;

  public IndependentCascade(FollowerIndex followers, Activity activity) {
    this.followers = followers;
    this.activity = activity;
  }

  @Override
  public void spread(List<Item> live, int tick, MersenneTwisterFast random) {
    for (Item item : live) advance(item, random);
  }

  @Override
  public boolean inFlight(Item item, int tick) { return item.inFlight(); }

  /** Passes on the item's current generation; the users who reshare form the next generation. */
  public void advance(Item item, MersenneTwisterFast random) {
    final int roles = followers.roles();
    final Reaction[] reactions = item.reactions;
    final int begin = item.frontierStart;
    final int end = item.frontierEnd;
    for (int p = begin; p < end; p++) {
      int base = followers.base(item.users.get(p));
      final int[] seg = followers.segments();
      final int[] targets = followers.targets();
      for (int r = 0; r < roles; r++) {
        Reaction x = reactions[r];
        int a = seg[base + r];
        int stop = seg[base + r + 1];
        if (a == stop || x.hitProbability <= 0) continue;
        if (x.rare) {
          while (true) {
            double gap = Math.log(1.0 - random.nextDouble()) / x.logMiss;
            if (gap >= stop - a) break;
            a += (int) gap;
            int v = targets[a++];
            if (!item.sharers.contains(v)) act(item, v, p, r, x, random);
          }
          continue;
        }
        while (a < stop) {
          long u = random.nextInt() & 0xFFFFFFFFL;
          int within = Math.min(stop - a, Reaction.TABLE);
          if (x.noHit(u, within)) {
            a += within; // memoryless: the rest of a long run is drawn afresh
            continue;
          }
          a += x.gap(u, within);
          int v = targets[a++];
          if (!item.sharers.contains(v)) act(item, v, p, r, x, random);
        }
      }
    }
    item.frontierStart = end;
    item.frontierEnd = item.users.size();
  }

  /** Follower v, who has not reshared the item, was hit: it reads, and may reshare or comment. */
  private void act(Item item, int v, int from, int role, Reaction x, MersenneTwisterFast random) {
    item.read(v);
    double w = x.certainReshare ? 0 : random.nextDouble() * x.scale;
    if (w < x.reshare) item.reshare(v, from);
    if (!x.certainReshare && x.comments(w)) {
      item.comment(v);
      activity.comment(v, role);
    }
  }
}
