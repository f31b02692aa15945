package org.viralsim.config;

/**
 * One campaign: an item about a brand, posted by seeds at its start tick, perhaps helped by paid
 * reach.
 *
 * @param name      names the campaign's columns in the results
 * @param brand     the brand the item is about (a key of the scenario's brands)
 * @param sentiment its tone: a counter-message is negative
 * @param appeal    multiplies every role's reshare probability for the item (capped at 1); in the
 *                  threshold model it divides the thresholds
 * @param start     tick at which the seeds post the item
 * @param seeding   who posts it and what a seed costs
 * @param paid      paid reach
 */
public record Campaign(String name, String brand, Sentiment sentiment, double appeal, int start, Seeding seeding,
    Paid paid) {
  public Campaign {
    Checks.name("name", name);
    Checks.name("brand", brand);
    Checks.present("sentiment", sentiment);
    Checks.range("appeal", appeal, 0, 1000);
    Checks.atLeast("start", start, 0);
    Checks.present("seeding", seeding);
    Checks.present("paid", paid);
    if (paid.start() < start) {
      throw new InvalidValueException("paid.start", "must not be before the campaign starts (" + start + "), was " + paid.start());
    }
  }

  /** A positive campaign named "campaign" about the default brand, without paid reach. */
  public Campaign(double appeal, int start, Seeding seeding) {
    this(Defaults.CAMPAIGN_NAME, Defaults.BRAND_NAME, Defaults.CAMPAIGN_SENTIMENT, appeal, start, seeding,
        Defaults.paid(start));
  }

  /** What seeding and paid reach cost in all. */
  public double plannedCost() { return seeding.count() * seeding.costPerSeed() + paid.impressions() * paid.cpm() / 1000; }
}
