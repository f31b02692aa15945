package org.viralsim.config;

/**
 * @param appeal  multiplies every role's reshare probability for the campaign item (capped at 1)
 * @param start   tick at which the seeds post the campaign item
 * @param seeding who posts it
 */
public record Campaign(double appeal, int start, Seeding seeding) {
  public Campaign {
    Checks.range("appeal", appeal, 0, 1000);
    Checks.atLeast("start", start, 0);
    Checks.present("seeding", seeding);
  }
}
