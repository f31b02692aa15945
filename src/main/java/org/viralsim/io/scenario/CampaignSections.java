package org.viralsim.io.scenario;

import java.util.ArrayList;
import java.util.List;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Paid;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;

/** Reads {@code campaign} (one) or {@code campaigns} (a list), with their seeding and paid reach. */
final class CampaignSections {
  static final List<String> CAMPAIGN_KEYS = List.of("name", "brand", "sentiment", "appeal", "start", "seeding", "paid");

  private CampaignSections() {}

  static List<Campaign> campaigns(Section root) {
    if (root.has("campaign") && root.has("campaigns")) {
      throw root.error("campaigns", "give either campaign (one) or campaigns (a list), not both");
    }
    if (!root.has("campaigns")) return List.of(campaign(root.section("campaign"), Defaults.CAMPAIGN_NAME));
    List<Section> list = root.sections("campaigns");
    if (list.isEmpty()) throw root.error("campaigns", "must list at least one campaign");
    List<Campaign> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) out.add(campaign(list.get(i), Defaults.CAMPAIGN_NAME + (i + 1)));
    return out;
  }

  private static Campaign campaign(Section c, String defaultName) {
    c.allowOnly("", CAMPAIGN_KEYS, List.of());
    String name = c.text("name", defaultName);
    String brand = c.text("brand", Defaults.BRAND_NAME);
    Sentiment sentiment = c.option("sentiment", Defaults.CAMPAIGN_SENTIMENT);
    double appeal = c.number("appeal", Defaults.APPEAL);
    int start = c.integer("start", Defaults.CAMPAIGN_START);
    Seeding seeding = seeding(c.section("seeding"));
    Paid paid = paid(c.section("paid"), start);
    return c.build(() -> new Campaign(name, brand, sentiment, appeal, start, seeding, paid));
  }

  /** Listing users without naming a strategy means strategy {@code users}. */
  private static Seeding seeding(Section s) {
    s.allowOnly("strategy", "count", "users", "cost_per_seed");
    List<String> users = s.ids("users");
    SeedingStrategy strategy = s.option("strategy", users.isEmpty() ? Defaults.SEEDING_STRATEGY : SeedingStrategy.USERS);
    int count = s.integer("count", Defaults.SEED_COUNT);
    double cost = s.number("cost_per_seed", Defaults.costPerSeed(strategy));
    return s.build(() -> new Seeding(strategy, count, users, cost));
  }

  private static Paid paid(Section p, int campaignStart) {
    p.allowOnly("budget", "cpm", "targeting", "role", "start", "duration");
    double budget = p.number("budget", Defaults.PAID_BUDGET);
    double cpm = p.number("cpm", Defaults.PAID_CPM);
    Targeting targeting = p.option("targeting", p.has("role") ? Targeting.ROLE : Defaults.PAID_TARGETING);
    String role = p.text("role", null);
    int start = p.integer("start", campaignStart);
    int duration = p.integer("duration", Defaults.PAID_DURATION);
    return p.build(() -> new Paid(budget, cpm, targeting, role, start, duration));
  }
}
