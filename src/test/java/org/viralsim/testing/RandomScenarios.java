package org.viralsim.testing;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Incident;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Paid;
import org.viralsim.config.Population;
import org.viralsim.config.Response;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.config.Threshold;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.RoleAssigner;

/**
 * Small random scenarios, each fixed by one seed, for property tests of whole runs: one to three
 * campaigns with or without paid reach, one to three brands with incidents and replies, random
 * consumers, and any diffusion model with random feed and threshold settings.
 */
public final class RandomScenarios {
  private RandomScenarios() {}

  /**
   * @param graph the network every replication shares, or null when each replication draws its own
   *              from its stream
   */
  public record Case(long seed, Scenario scenario, Graph graph) {
    @Override public String toString() {
      return "seed " + seed + ": " + scenario.network().type() + " n=" + nodes() + ", roles "
          + String.join("/", scenario.population().roleNames()) + ", " + scenario.population().assignment()
          + ", seeding " + scenario.campaign().seeding().strategy() + ", steps " + scenario.steps()
          + ", " + scenario.campaigns().size() + " campaign(s), " + scenario.brands().size() + " brand(s)"
          + (graph == null ? ", own networks" : ", shared network");
    }

    public int nodes() {
      return graph != null ? graph.nodeCount() : scenario.network() instanceof NetworkSpec.ErdosRenyi e ? e.nodes()
          : ((NetworkSpec.BarabasiAlbert) scenario.network()).nodes();
    }
  }

  /** Seeds of {@code count} cases, drawn from a fixed stream. */
  public static List<Long> seeds(long base, int count) {
    MersenneTwisterFast random = new MersenneTwisterFast(base);
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < count; i++) seeds.add(random.nextLong());
    return seeds;
  }

  public static Case of(long seed) { return of(seed, 1); }

  public static Case of(long seed, int replications) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    int n = 20 + random.nextInt(181);
    NetworkSpec network = random.nextBoolean()
        ? new NetworkSpec.ErdosRenyi(n, 0.5 + 5.5 * random.nextDouble(), null)
        : new NetworkSpec.BarabasiAlbert(n, 2 * (1 + random.nextInt(3)), null);
    Graph graph = random.nextBoolean() ? Generators.generate(network, random) : null;

    int roleCount = 1 + random.nextInt(3);
    double[] shares = new double[roleCount];
    if (roleCount == 1) {
      shares[0] = 1;
    } else {
      shares[0] = 0.2 + 0.4 * random.nextDouble();
      double left = 1 - shares[0];
      for (int r = 1; r < roleCount - 1; r++) left -= shares[r] = left * random.nextDouble();
      shares[roleCount - 1] = left;
    }
    Map<String, Role> roles = new LinkedHashMap<>();
    for (int r = 0; r < roleCount; r++) {
      double postRate = random.nextInt(3) == 0 ? 0 : 0.1 * random.nextDouble();
      roles.put("role" + r, new Role(shares[r], 0.1 + 0.9 * random.nextDouble(), postRate,
          0.6 * random.nextDouble(), 0.4 * random.nextDouble()));
    }
    Assignment assignment = random.nextBoolean() ? Assignment.RANDOM : Assignment.BY_DEGREE;
    Population population = new Population(roles, assignment, 3 * random.nextDouble());

    int steps = 3 + random.nextInt(28);
    int firstRole = RoleAssigner.counts(shares, n)[0];
    List<Brand> brands = brands(random, steps);
    List<Campaign> campaigns = new ArrayList<>();
    for (int c = 0, k = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(3); c < k; c++) {
      campaigns.add(campaign(random, c, steps, n, firstRole, brands, List.copyOf(roles.keySet())));
    }
    Scenario scenario = new Scenario("case-" + Long.toHexString(seed), random.nextLong(), steps, replications,
        0.6 * random.nextDouble(), network, population, campaigns, brands, consumers(random),
        diffusion(random, List.copyOf(roles.keySet())));
    return new Case(seed, scenario, graph);
  }

  private static Campaign campaign(MersenneTwisterFast random, int c, int steps, int n, int firstRole,
      List<Brand> brands, List<String> roles) {
    int start = random.nextInt(Math.min(steps, 6));
    SeedingStrategy strategy = SeedingStrategy.values()[random.nextInt(SeedingStrategy.values().length)];
    int count = 1 + random.nextInt(5);
    List<String> users = new ArrayList<>();
    if (strategy == SeedingStrategy.CREATORS) count = Math.min(count, firstRole);
    if (strategy == SeedingStrategy.USERS) {
      while (users.size() < count) {
        String id = Integer.toString(random.nextInt(n));
        if (!users.contains(id)) users.add(id);
      }
    }
    Seeding seeding = new Seeding(strategy, count, users, random.nextBoolean() ? 0 : 50 * random.nextDouble());
    Sentiment sentiment = Sentiment.values()[random.nextInt(3)];
    String brand = brands.get(random.nextInt(brands.size())).name();
    Paid paid = Defaults.paid(start);
    if (random.nextBoolean()) {
      Targeting targeting = Targeting.values()[random.nextInt(Targeting.values().length)];
      double cpm = 1 + 20 * random.nextDouble();
      int impressions = random.nextInt(400);
      paid = new Paid(cpm * impressions / 1000, cpm, targeting,
          targeting == Targeting.ROLE ? roles.get(random.nextInt(roles.size())) : null,
          start + random.nextInt(steps - start), 1 + random.nextInt(6));
    }
    return new Campaign("c" + c, brand, sentiment, 0.2 + 3.8 * random.nextDouble(), start, seeding, paid);
  }

  private static List<Brand> brands(MersenneTwisterFast random, int steps) {
    List<Brand> brands = new ArrayList<>();
    for (int b = 0, k = 1 + random.nextInt(3); b < k; b++) {
      Response response = new Response(random.nextBoolean() ? ResponsePolicy.IGNORE : ResponsePolicy.RESPOND,
          random.nextInt(4), random.nextDouble(), random.nextDouble(), 5 * random.nextDouble());
      List<Incident> incidents = new ArrayList<>();
      for (int i = 0, m = random.nextInt(3); i < m; i++) {
        incidents.add(new Incident(random.nextInt(steps), 0.3 * random.nextDouble(),
            random.nextBoolean() ? Incident.Among.CUSTOMERS : Incident.Among.USERS));
      }
      brands.add(new Brand("b" + b, 100 * random.nextDouble(), 0.5 * random.nextDouble(), random.nextDouble(), response,
          incidents));
    }
    return brands;
  }

  private static Consumers consumers(MersenneTwisterFast random) {
    double consult = random.nextDouble();
    return new Consumers(random.nextDouble() - 0.5, 0.5 * random.nextDouble(), 3 * random.nextDouble(),
        0.5 * random.nextDouble(), 0.2 * random.nextDouble(), 2 * random.nextDouble(), consult,
        consult * random.nextDouble(), random.nextInt(6), random.nextDouble(), random.nextDouble() - 1,
        random.nextDouble(), 2 * random.nextDouble(), 2 * random.nextDouble(), 2 * random.nextDouble());
  }

  /** Any of the three models, each time with random feed and threshold settings. */
  private static Diffusion diffusion(MersenneTwisterFast random, List<String> roles) {
    Feed feed = new Feed(1 + random.nextInt(100), 1 + random.nextInt(20), 1 + random.nextInt(5),
        random.nextBoolean() ? FeedRanking.NEWEST : FeedRanking.POPULARITY);
    Map<String, ThresholdDistribution> byRole = new LinkedHashMap<>();
    for (String role : roles) {
      if (random.nextInt(3) == 0) byRole.put(role, new ThresholdDistribution.Fixed(random.nextDouble()));
    }
    double min = random.nextDouble();
    ThresholdDistribution all = random.nextBoolean()
        ? new ThresholdDistribution.Normal(random.nextDouble(), 0.2 * random.nextDouble())
        : new ThresholdDistribution.Uniform(min, Math.min(1, min + (1 - min) * random.nextDouble()));
    DiffusionModel model = DiffusionModel.values()[random.nextInt(DiffusionModel.values().length)];
    return new Diffusion(model, feed, new Threshold(all, byRole));
  }
}
