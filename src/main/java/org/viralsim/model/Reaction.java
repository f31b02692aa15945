package org.viralsim.model;

import org.viralsim.config.Role;

/**
 * What followers of one role do with one kind of item, precomputed for the cascade loop. A
 * "hit" is the event the cascade skips to: for items whose reads are counted, a follower who is
 * online and reads it; otherwise a follower who reads it and then reshares or comments (reads
 * that lead nowhere need not be drawn). Given a hit, one uniform draw w in [0, scale) decides:
 * [0, both) reshare and comment, [both, reshare) reshare only, [reshare, engage) comment only.
 */
final class Reaction {
  final double hitProbability;
  /** 1 / log(1 - hitProbability): turns log(uniform) into a geometric gap. */
  final double inverseLogMiss;
  final double scale;
  final double both;
  final double reshare;
  final double engage;
  /** Every hit reshares and none comments: the decision needs no draw. */
  final boolean certainReshare;

  Reaction(Role role, double appeal, boolean countReads) {
    double rs = Math.min(1.0, role.reshare() * appeal);
    double c = role.comment();
    this.both = rs * c;
    this.reshare = rs;
    this.engage = rs + (1 - rs) * c;
    this.scale = countReads ? 1.0 : engage;
    this.certainReshare = c == 0 && scale <= rs;
    this.hitProbability = role.activity() * scale;
    // log1p: below about 1e-16, 1 - p rounds to 1, log(1 - p) to 0 and the gap to -infinity.
    this.inverseLogMiss = hitProbability >= 1 ? 0 : 1 / Math.log1p(-hitProbability);
  }
}
