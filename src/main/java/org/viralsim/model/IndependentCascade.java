package org.viralsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The independent cascade rule, which is bond percolation: when a user posts or reshares an item,
 * each follower who has not reshared it yet gets one chance, at the next tick, to read it (online
 * with the role's activity) and then reshare it (reshare x appeal) or comment. A user reshares an
 * item at most once.
 *
 * <p>Instead of one draw per follower, it draws the geometric gap to the next follower who has a
 * hit (see {@link Reaction}) within each role's group of followers. That is the same distribution
 * (independent Bernoulli trials per follower) but reads only the followers who are hit, which is
 * what makes sparse cascades on large graphs cheap.
 */
public final class IndependentCascade {
  private final FollowerIndex followers;
  private final Activity activity;

  public IndependentCascade(FollowerIndex followers, Activity activity) {
    this.followers = followers;
    this.activity = activity;
  }

  /** Passes on the item's current generation; the users who reshare form the next generation. */
  public void advance(Item item, MersenneTwisterFast random) {
    final int[] seg = followers.segments();
    final int[] targets = followers.targets();
    final int roles = followers.roles();
    final Reaction[] reactions = item.reactions;
    final int begin = item.frontierStart;
    final int end = item.frontierEnd;
    for (int p = begin; p < end; p++) {
      int base = item.users.get(p) * roles;
      for (int r = 0; r < roles; r++) {
        Reaction x = reactions[r];
        int a = seg[base + r];
        int stop = seg[base + r + 1];
        if (a == stop || x.hitProbability <= 0) continue;
        while (true) {
          double gap = Math.log(1.0 - random.nextDouble()) * x.inverseLogMiss;
          if (gap >= stop - a) break;
          a += (int) gap;
          hit(item, targets[a++], p, x, random);
        }
      }
    }
    int next = item.users.size();
    item.frontierStart = end;
    item.frontierEnd = next;
    if (next > end) {
      item.depth++;
      item.maxBreadth = Math.max(item.maxBreadth, next - end);
    }
  }

  private void hit(Item item, int v, int from, Reaction x, MersenneTwisterFast random) {
    if (item.sharers.contains(v)) return;
    if (item.readers != null) {
      item.impressions++;
      item.readers.add(v);
    }
    double w = x.certainReshare ? 0 : random.nextDouble() * x.scale;
    if (w < x.reshare) {
      item.sharers.add(v);
      item.users.add(v);
      item.parents.add(from);
      item.reshares++;
      activity.reshare(v);
    }
    if (!x.certainReshare && (w < x.both || (w >= x.reshare && w < x.engage))) {
      item.comments++;
      activity.comment(v);
    }
  }
}
