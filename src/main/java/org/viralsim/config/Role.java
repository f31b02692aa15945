package org.viralsim.config;

/**
 * How the users of one role behave, per tick (1 tick = 1 hour).
 *
 * @param share     fraction of all users in this role
 * @param activity  probability of being online in a tick (reading what followed accounts shared)
 * @param postRate  expected original posts per online tick
 * @param reshare   probability of resharing an item read
 * @param comment   probability of commenting on an item read
 */
public record Role(double share, double activity, double postRate, double reshare, double comment) {
  public Role {
    Checks.probability("share", share);
    Checks.probability("activity", activity);
    Checks.range("post_rate", postRate, 0, 1000);
    Checks.probability("reshare", reshare);
    Checks.probability("comment", comment);
  }
}
