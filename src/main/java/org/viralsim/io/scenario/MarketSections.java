package org.viralsim.io.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Checks;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Incident;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Response;
import org.viralsim.config.ResponsePolicy;

/** Reads {@code brand} (one) or {@code brands} (by name), and {@code consumers}. */
final class MarketSections {
  static final List<String> BRAND_KEYS = List.of("value", "customers", "satisfaction", "response", "incidents");

  private MarketSections() {}

  /** Declared brands in order, then any brand a campaign names but nobody declared, with defaults. */
  static List<Brand> brands(Section root, List<Campaign> campaigns) {
    if (root.has("brand") && root.has("brands")) {
      throw root.error("brands", "give either brand (one) or brands (by name), not both");
    }
    Map<String, Brand> brands = new LinkedHashMap<>();
    if (root.has("brand")) {
      Section b = root.section("brand");
      List<String> keys = new ArrayList<>(BRAND_KEYS);
      keys.add(0, "name");
      b.allowOnly("", keys, List.of());
      String name = b.text("name", campaigns.get(0).brand());
      brands.put(name, brand(b, name));
    }
    Section declared = root.section("brands");
    for (String name : declared.keys()) {
      try {
        Checks.name("name", name);
      } catch (InvalidValueException e) { // the name is a key here: no brands.NAME.name to point at
        throw root.error("brands", "brand names " + e.reason());
      }
      Section b = declared.section(name);
      b.allowOnly("", BRAND_KEYS, List.of());
      brands.put(name, brand(b, name));
    }
    for (Campaign c : campaigns) brands.computeIfAbsent(c.brand(), Defaults::brand);
    return new ArrayList<>(brands.values());
  }

  private static Brand brand(Section b, String name) {
    double value = b.number("value", Defaults.BRAND_VALUE);
    double customers = b.number("customers", Defaults.BRAND_CUSTOMERS);
    double satisfaction = b.number("satisfaction", Defaults.BRAND_SATISFACTION);
    Response response = response(b.section("response"));
    List<Incident> incidents = new ArrayList<>();
    for (Section i : b.sections("incidents")) incidents.add(incident(i));
    return b.build(() -> new Brand(name, value, customers, satisfaction, response, incidents));
  }

  private static Response response(Section r) {
    r.allowOnly("policy", "delay", "coverage", "effectiveness", "cost_per_reply");
    Response d = Defaults.RESPONSE;
    ResponsePolicy policy = r.option("policy", d.policy());
    int delay = r.integer("delay", d.delay());
    double coverage = r.number("coverage", d.coverage());
    double effectiveness = r.number("effectiveness", d.effectiveness());
    double cost = r.number("cost_per_reply", d.costPerReply());
    return r.build(() -> new Response(policy, delay, coverage, effectiveness, cost));
  }

  private static Incident incident(Section i) {
    i.allowOnly("tick", "share", "among");
    if (!i.has("tick")) throw i.error("tick", "is required (the tick at which the incident happens)");
    if (!i.has("share")) throw i.error("share", "is required (the share of the group who complain)");
    int tick = i.integer("tick", 0);
    double share = i.number("share", 0);
    Incident.Among among = i.option("among", Incident.Among.CUSTOMERS);
    return i.build(() -> new Incident(tick, share, among));
  }

  static Consumers consumers(Section c) {
    c.allowOnly("attitude", "purchase", "reviews", "complaints", "churn");
    Consumers d = Defaults.CONSUMERS;
    Section attitude = c.section("attitude");
    attitude.allowOnly("initial", "impact", "negativity", "neutral_band");
    Section purchase = c.section("purchase");
    purchase.allowOnly("rate", "attitude_effect");
    Section reviews = c.section("reviews");
    reviews.allowOnly("consult", "always", "read", "post", "appeal");
    Section complaints = c.section("complaints");
    complaints.allowOnly("appeal");
    Section churn = c.section("churn");
    churn.allowOnly("below", "announce", "appeal");
    double initial = attitude.number("initial", d.initialAttitude());
    double impact = attitude.number("impact", d.impact());
    double negativity = attitude.number("negativity", d.negativity());
    double band = attitude.number("neutral_band", d.neutralBand());
    double rate = purchase.number("rate", d.purchaseRate());
    double effect = purchase.number("attitude_effect", d.attitudeEffect());
    double consult = reviews.number("consult", d.consult());
    double always = reviews.number("always", d.consultAlways());
    int read = reviews.integer("read", d.reviewsRead());
    double post = reviews.number("post", d.reviewPost());
    double below = churn.number("below", d.churnBelow());
    double announce = churn.number("announce", d.churnAnnounce());
    double reviewAppeal = reviews.number("appeal", d.reviewAppeal());
    double complaintAppeal = complaints.number("appeal", d.complaintAppeal());
    double churnAppeal = churn.number("appeal", d.churnAppeal());
    return c.build(() -> new Consumers(initial, impact, negativity, band, rate, effect, consult, always, read, post,
        below, announce, reviewAppeal, complaintAppeal, churnAppeal));
  }
}
