package org.viralsim.config;

/**
 * Paid reach: {@code budget} buys {@code budget / cpm * 1000} impressions of the campaign item,
 * shown in equal parts over {@code duration} ticks from {@code start} to targeted users, who read
 * it and may reshare or comment as if a followed account had shared it.
 *
 * @param budget    euros to spend; 0 buys nothing
 * @param cpm       cost per thousand impressions (euros)
 * @param targeting who sees the impressions
 * @param role      the role targeted with {@code role} targeting, else null
 * @param start     first tick of the spend
 * @param duration  ticks over which the budget is spread
 */
public record Paid(double budget, double cpm, Targeting targeting, String role, int start, int duration) {
  public Paid {
    Checks.range("budget", budget, 0, 1e12);
    Checks.range("cpm", cpm, 1e-6, 1e9);
    Checks.present("targeting", targeting);
    if (targeting == Targeting.ROLE && role == null) {
      throw new InvalidValueException("role", "is required for targeting role (a role name of the population)");
    }
    if (targeting != Targeting.ROLE && role != null) {
      throw new InvalidValueException("role", "is only allowed with targeting role");
    }
    Checks.atLeast("start", start, 0);
    Checks.atMost("start", start, 10_000_000);
    Checks.atLeast("duration", duration, 1);
    Checks.atMost("duration", duration, 10_000_000);
    if (Math.floor(budget / cpm * 1000 + 1e-9) > 2_000_000_000L) {
      throw new InvalidValueException("budget", "buys more than 2e9 impressions at this cpm; lower the budget or raise cpm");
    }
  }

  /** Impressions bought: budget / cpm * 1000, rounded down. */
  public long impressions() { return (long) Math.floor(budget / cpm * 1000 + 1e-9); }
}
