package org.viralsim.config;

/**
 * A product problem or bad buzz: at {@code tick}, each user of the group posts a complaint with
 * probability {@code share}, and the complainers' attitudes fall as if they had read one.
 *
 * @param among {@code customers} (owners of the product) or {@code users} (anyone)
 */
public record Incident(int tick, double share, Among among) {
  public enum Among { CUSTOMERS, USERS }

  public Incident {
    Checks.atLeast("tick", tick, 0);
    Checks.probability("share", share);
    Checks.present("among", among);
  }
}
