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
  /** Gaps up to this many followers are read from a table; longer runs are passed in steps of it. */
  static final int TABLE = 256;
  private static final double TWO_TO_32 = 0x1p32;

  /** The item's appeal, which the threshold model divides thresholds by. */
  final double appeal;
  final double hitProbability;
  /**
   * Below this hit probability 32-bit steps (2^-32) would be too coarse, so gaps are drawn exactly
   * from a 53-bit uniform and a logarithm; such hits are rare, so the logarithm costs little.
   */
  static final double RARE = 1e-6;
  final boolean rare;
  /** log(1 - hitProbability), for the exact gaps of rare hits. */
  final double logMiss;
  /**
   * atLeast[k] / 2^32 = P(the next hit is k or more followers away) = (1 - p)^k, so one unsigned
   * 32-bit draw u gives the gap as the largest k with u < atLeast[k]: no logarithm per hit, and
   * one comparison decides that a whole run of followers has no hit.
   */
  private final long[] atLeast = new long[TABLE + 1];
  /**
   * Frequent hits have short gaps (mean (1 - p) / p), found fastest by a scan from 0; a binary
   * search, whose branches cannot be predicted, pays off only for long gaps.
   */
  private final boolean linearSearch;
  final double scale;
  final double both;
  final double reshare;
  final double engage;
  /** Every hit reshares and none comments: the decision needs no draw. */
  final boolean certainReshare;

  Reaction(Role role, double appeal, boolean countReads) {
    this.appeal = appeal;
    double rs = Math.min(1.0, role.reshare() * appeal);
    double c = role.comment();
    this.both = rs * c;
    this.reshare = rs;
    this.engage = rs + (1 - rs) * c;
    this.scale = countReads ? 1.0 : engage;
    this.certainReshare = c == 0 && scale <= rs;
    this.hitProbability = role.activity() * scale;
    this.linearSearch = hitProbability >= 0.1;
    this.rare = hitProbability < RARE;
    this.logMiss = Math.log1p(-Math.min(1, hitProbability));
    double miss = Math.max(0, 1 - hitProbability);
    for (int k = 0; k <= TABLE; k++) atLeast[k] = Math.round(Math.pow(miss, k) * TWO_TO_32);
  }

  /** Whether a decision draw w in [0, scale) means a comment. */
  boolean comments(double w) { return w < both || (w >= reshare && w < engage); }

  /** True if a draw u means no hit among the next {@code followers} (at most TABLE) followers. */
  boolean noHit(long u, int followers) { return u < atLeast[followers]; }

  /**
   * The gap before the next hit for a draw u that has a hit within the next {@code within}
   * followers (u >= atLeast[within], within <= TABLE): the largest k with u < atLeast[k].
   */
  int gap(long u, int within) {
    if (linearSearch) {
      int k = 0;
      while (u < atLeast[k + 1]) k++; // atLeast[within] <= u stops it
      return k;
    }
    int lo = 0;
    int hi = within;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (u < atLeast[mid]) lo = mid; else hi = mid;
    }
    return lo;
  }
}
