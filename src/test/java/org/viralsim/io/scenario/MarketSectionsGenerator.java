package org.viralsim.io.scenario;

import static org.viralsim.io.scenario.ScenarioWriterTest.number;
import static org.viralsim.io.scenario.ScenarioWriterTest.pick;
import static org.viralsim.io.scenario.ScenarioWriterTest.probability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Incident;
import org.viralsim.config.Paid;
import org.viralsim.config.Population;
import org.viralsim.config.Response;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.config.Threshold;
import org.viralsim.config.ThresholdDistribution;

/**
 * Campaigns, brands, consumers and diffusion settings over their whole valid ranges, often at the
 * edges, with names a YAML writer could mistake for other things: for write-then-read round trips.
 */
final class MarketSectionsGenerator {
  private MarketSectionsGenerator() {}

  static List<Brand> brands(Random r, int steps) {
    Set<String> names = names(r, 1 + r.nextInt(4), "brand");
    List<Brand> brands = new ArrayList<>();
    for (String name : names) {
      Response response = new Response(pick(r, List.of(ResponsePolicy.values())), r.nextInt(100), probability(r),
          probability(r), number(r, 1e6));
      List<Incident> incidents = new ArrayList<>();
      for (int i = 0, k = r.nextInt(4); i < k; i++) {
        incidents.add(new Incident(r.nextInt(steps), probability(r), pick(r, List.of(Incident.Among.values()))));
      }
      brands.add(new Brand(name, number(r, 1e6), probability(r), probability(r), response, incidents));
    }
    return brands;
  }

  static List<Campaign> campaigns(Random r, int steps, List<Brand> brands, Population population) {
    int count = r.nextInt(5) == 0 ? 1 + r.nextInt(Scenario.MAX_CAMPAIGNS) : 1 + r.nextInt(3);
    List<Campaign> campaigns = new ArrayList<>();
    for (String name : names(r, count, "c")) {
      int start = r.nextInt(steps);
      campaigns.add(new Campaign(name, pick(r, brands).name(), pick(r, List.of(Sentiment.values())), number(r, 1000),
          start, ScenarioWriterTest.seeding(r), paid(r, start, steps, population)));
    }
    return campaigns;
  }

  private static Paid paid(Random r, int start, int steps, Population population) {
    Targeting targeting = pick(r, List.of(Targeting.values()));
    String role = targeting == Targeting.ROLE ? pick(r, List.of(population.roleNames())) : null;
    // cpm of at least 1 keeps a budget up to 1e6 under the limit of impressions.
    return new Paid(number(r, 1e6), 1 + number(r, 1e4), targeting, role, start + r.nextInt(steps - start),
        1 + r.nextInt(10_000));
  }

  static Consumers consumers(Random r) {
    double consult = probability(r);
    return new Consumers(signed(r), probability(r), number(r, 100), probability(r), probability(r), number(r, 100),
        consult, r.nextBoolean() ? consult : consult * probability(r), r.nextInt(10_001), probability(r), signed(r),
        probability(r), number(r, 1000), number(r, 1000), number(r, 1000));
  }

  static Diffusion diffusion(Random r, Population population) {
    Feed feed = new Feed(1 + r.nextInt(Feed.MAX), 1 + r.nextInt(1000), 1 + r.nextInt(1000),
        pick(r, List.of(FeedRanking.values())));
    Map<String, ThresholdDistribution> roles = new LinkedHashMap<>();
    for (String role : population.roleNames()) if (r.nextInt(3) == 0) roles.put(role, distribution(r));
    return new Diffusion(pick(r, List.of(DiffusionModel.values())), feed, new Threshold(distribution(r), roles));
  }

  private static ThresholdDistribution distribution(Random r) {
    switch (r.nextInt(3)) {
      case 0: return new ThresholdDistribution.Fixed(probability(r));
      case 1: {
        double min = probability(r);
        return new ThresholdDistribution.Uniform(min, Math.min(1, min + (1 - min) * probability(r)));
      }
      default: return new ThresholdDistribution.Normal(probability(r), probability(r));
    }
  }

  /** Tricky names that campaigns and brands may have (no dots). */
  private static final List<String> TRICKY = ScenarioWriterTest.TRICKY_NAMES.stream()
      .filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9_-]*")).toList();

  /** Distinct names, some of them tricky. */
  private static Set<String> names(Random r, int count, String prefix) {
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; names.size() < count; i++) names.add(r.nextInt(3) == 0 ? pick(r, TRICKY) : prefix + i);
    return names;
  }

  private static double signed(Random r) { return r.nextBoolean() ? -number(r, 1) : number(r, 1); }
}
