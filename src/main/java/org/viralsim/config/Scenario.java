package org.viralsim.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One what-if: a population on a network, campaigns about brands, how users feel and buy, and how
 * long and how often to run it. Immutable and validated on construction; {@code io.ScenarioReader}
 * builds it from YAML or JSON.
 *
 * @param name           used in output folder names; letters, digits, '-', '_' and '.'
 * @param seed           base seed; replication i runs with {@code Seeds.replication(seed, i)}
 * @param steps          ticks to run (1 tick = 1 hour); a run ends earlier when nothing is in flight
 * @param replications   independent runs
 * @param viralThreshold reach fraction above which a run counts as viral
 * @param campaigns      at least one; the first is the main campaign whose measures carry no prefix
 * @param brands         every brand a campaign names, each once
 */
public record Scenario(String name, long seed, int steps, int replications, double viralThreshold,
    NetworkSpec network, Population population, List<Campaign> campaigns, List<Brand> brands, Consumers consumers,
    Diffusion diffusion) {
  public static final int MAX_CAMPAIGNS = 16;
  /** Every user holds an attitude per brand: a bound keeps that memory in reach. */
  public static final int MAX_BRANDS = 16;

  public Scenario {
    Checks.pathName("name", name);
    Checks.atLeast("steps", steps, 1);
    Checks.atLeast("replications", replications, 1);
    if (replications > 1_000_000) throw new InvalidValueException("replications", "must be at most 1000000, was " + replications);
    if (steps > 10_000_000) throw new InvalidValueException("steps", "must be at most 10000000, was " + steps);
    Checks.probability("viral_threshold", viralThreshold);
    Checks.present("network", network);
    Checks.present("population", population);
    Checks.present("campaigns", campaigns);
    Checks.present("brands", brands);
    Checks.present("consumers", consumers);
    Checks.present("diffusion", diffusion);
    campaigns = List.copyOf(campaigns);
    brands = List.copyOf(brands);
    checkCampaigns(campaigns, brands, population, steps);
    checkBrands(brands, steps);
    for (String role : diffusion.threshold().roles().keySet()) {
      if (!population.roles().containsKey(role)) {
        throw new InvalidValueException("diffusion.threshold.roles." + role,
            "no such role; the population has " + String.join(", ", population.roles().keySet()));
      }
    }
  }

  private static void checkCampaigns(List<Campaign> campaigns, List<Brand> brands, Population population, int steps) {
    if (campaigns.isEmpty()) throw new InvalidValueException("campaigns", "must list at least one campaign");
    if (campaigns.size() > MAX_CAMPAIGNS) {
      throw new InvalidValueException("campaigns", "at most " + MAX_CAMPAIGNS + " campaigns, got " + campaigns.size());
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < campaigns.size(); i++) {
      Campaign c = campaigns.get(i);
      String at = campaigns.size() == 1 ? "campaign" : "campaigns[" + i + "]";
      if (!names.add(c.name())) throw new InvalidValueException(at + ".name", "\"" + c.name() + "\" names two campaigns");
      if (c.start() >= steps) {
        throw new InvalidValueException(at + ".start", "must be before steps (" + steps + "), was " + c.start());
      }
      if (c.paid().budget() > 0 && c.paid().start() >= steps) {
        throw new InvalidValueException(at + ".paid.start", "must be before steps (" + steps + ") for the budget to be"
            + " spent, was " + c.paid().start());
      }
      if (brands.stream().noneMatch(b -> b.name().equals(c.brand()))) {
        throw new InvalidValueException(at + ".brand", "no brand named \"" + c.brand() + "\"");
      }
      String role = c.paid().role();
      if (role != null && !population.roles().containsKey(role)) {
        throw new InvalidValueException(at + ".paid.role", "no such role \"" + role + "\"; the population has "
            + String.join(", ", population.roles().keySet()));
      }
    }
  }

  private static void checkBrands(List<Brand> brands, int steps) {
    if (brands.size() > MAX_BRANDS) {
      throw new InvalidValueException("brands", "at most " + MAX_BRANDS + " brands, got " + brands.size());
    }
    Set<String> names = new HashSet<>();
    for (Brand b : brands) {
      if (!names.add(b.name())) throw new InvalidValueException("brands." + b.name(), "names two brands");
      for (int i = 0; i < b.incidents().size(); i++) {
        int tick = b.incidents().get(i).tick();
        if (tick >= steps) {
          throw new InvalidValueException("brands." + b.name() + ".incidents[" + i + "].tick",
              "must be before steps (" + steps + "), was " + tick);
        }
      }
    }
  }

  /** One campaign about a brand with default settings, and default consumers. */
  public Scenario(String name, long seed, int steps, int replications, double viralThreshold, NetworkSpec network,
      Population population, Campaign campaign, Diffusion diffusion) {
    this(name, seed, steps, replications, viralThreshold, network, population, List.of(campaign),
        List.of(Defaults.brand(campaign.brand())), Defaults.CONSUMERS, diffusion);
  }

  /** The main campaign (the first). */
  public Campaign campaign() { return campaigns.get(0); }

  /** Index of the brand of that name in {@link #brands}. */
  public int brandIndex(String brand) {
    for (int i = 0; i < brands.size(); i++) if (brands.get(i).name().equals(brand)) return i;
    throw new IllegalArgumentException("no brand " + brand);
  }

  public Scenario withReplications(int n) {
    return new Scenario(name, seed, steps, n, viralThreshold, network, population, campaigns, brands, consumers, diffusion);
  }

  public Scenario withSeed(long s) {
    return new Scenario(name, s, steps, replications, viralThreshold, network, population, campaigns, brands, consumers,
        diffusion);
  }
}
