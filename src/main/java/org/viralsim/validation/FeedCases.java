package org.viralsim.validation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Threshold;
import org.viralsim.graph.DegreeStats;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;
import org.viralsim.stats.Percolation;

/**
 * The feed model where nothing limits attention (feeds and attention unbounded, lifetime 1, every
 * user always online) is the independent cascade: against bond percolation theory on Erdos-Renyi
 * graphs, and side by side with the independent cascade on the same graphs. Each cascade is a
 * whole run of the model: one random seed posts the campaign, nobody else posts or buys.
 */
final class FeedCases {
  private FeedCases() {}

  /** Cascades larger than this fraction of users count as large outbreaks. */
  private static final double LARGE = 0.01;
  private static final String BASIS = "4 standard errors of the mean difference";
  private static final Feed UNBOUNDED = new Feed(Feed.MAX, Feed.MAX, 1, FeedRanking.NEWEST);
  /** Consumers who never buy, so the market posts nothing that could compete with the campaign. */
  private static final Consumers NO_PURCHASES = new Consumers(0, 0.1, 7.5 / 6.9, 0.2, 0, 1, 0.55, 0.2, 5, 0.1,
      -0.5, 0.3, 0.1, 1.34, 1.34);
  /** Far more ticks than any cascade on these graphs lasts; a run ends when nothing is in flight. */
  private static final int STEPS = 100_000;

  /** What the campaigns of one graph did, averaged over runs; large outbreaks as fractions of users. */
  private record Outcomes(double meanSize, double smallSize, double largeShare, double largeSize, double largeReach) {}

  private static Scenario scenario(DiffusionModel model, Map<String, Role> roles, NetworkSpec network) {
    return new Scenario("feed-validation", 1, STEPS, 1, 0.5, network, new Population(roles, Assignment.RANDOM, 0),
        List.of(new Campaign(1, 0, new Seeding(SeedingStrategy.RANDOM, 1, List.of()))),
        List.of(Defaults.brand(Defaults.BRAND_NAME)), NO_PURCHASES,
        new Diffusion(model, UNBOUNDED, new Threshold(Defaults.THRESHOLD, Map.of())));
  }

  /** Runs the model once to its end on the given graph and returns the campaign item. */
  private static Item campaign(Scenario scenario, Graph graph, long seed) {
    CampaignSim sim = new CampaignSim(seed, scenario, graph);
    sim.start();
    while (!sim.quiet()) {
      if (sim.schedule.getSteps() >= STEPS || !sim.schedule.step(sim)) {
        throw new IllegalStateException("a validation cascade did not end within " + STEPS + " ticks");
      }
    }
    Item item = sim.campaignItem();
    sim.finish();
    return item;
  }

  private static Outcomes cascades(Scenario scenario, Graph graph, int runs, MersenneTwisterFast random) {
    int n = graph.nodeCount();
    double sizes = 0;
    int large = 0;
    double largeSize = 0;
    double largeReach = 0;
    for (int i = 0; i < runs; i++) {
      Item item = campaign(scenario, graph, random.nextLong());
      sizes += item.cascadeSize();
      if (item.cascadeSize() > LARGE * n) {
        large++;
        largeSize += item.cascadeSize() / (double) n;
        largeReach += item.reach() / (double) n;
      }
    }
    return new Outcomes(sizes / runs, large == runs ? 0 : (sizes - largeSize * n) / (runs - large),
        large / (double) runs, large == 0 ? 0 : largeSize / large, large == 0 ? 0 : largeReach / large);
  }

  private static Map<String, Role> everyoneResharing(double t) {
    return Map.of("user", new Role(1, 1, 0, t, 0));
  }

  /** The cases of {@code PercolationCases.erdosRenyi} for the feed model: T = reshare x appeal. */
  static List<Check> percolation(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    String er = "feed, unbounded: ER z=4, ";
    Replicates below = new Replicates(List.of(er + "zT=0.8: mean cascade size from one seed"));
    Replicates above = new Replicates(List.of(er + "zT=1.25: large-outbreak probability",
        er + "zT=1.25: fraction reached by a large outbreak", er + "zT=2: large-outbreak probability",
        er + "zT=2: fraction reached by a large outbreak"));
    for (int k = 0; k < graphs; k++) {
      NetworkSpec spec = new NetworkSpec.ErdosRenyi(n, 4, null);
      Graph g = Generators.generate(spec, random);
      double z = DegreeStats.of(g).meanDegree();
      Outcomes near = cascades(scenario(DiffusionModel.FEED, everyoneResharing(0.8 / z), spec), g, runs, random);
      below.add(new double[] {Percolation.erdosRenyiMeanSmallOutbreak(z, 0.8 / z)}, new double[] {near.meanSize()});
      Outcomes just = cascades(scenario(DiffusionModel.FEED, everyoneResharing(1.25 / z), spec), g, runs, random);
      Outcomes twice = cascades(scenario(DiffusionModel.FEED, everyoneResharing(2 / z), spec), g, runs, random);
      double s1 = Percolation.erdosRenyiOutbreak(z, 1.25 / z);
      double s2 = Percolation.erdosRenyiOutbreak(z, 2 / z);
      above.add(new double[] {s1, s1, s2, s2},
          new double[] {just.largeShare(), just.largeSize(), twice.largeShare(), twice.largeSize()});
    }
    List<Check> checks = new ArrayList<>(below.checks(BASIS, new double[1]));
    checks.addAll(above.checks(BASIS, new double[4]));
    return checks;
  }

  /**
   * The feed and the independent cascade on the same power-law graphs, with 30% of users resharing
   * with T = 0.6 and 70% with T = 0.1, above the threshold: the distributions of reach and cascade
   * size agree in the chance of a large outbreak, the share of users a large one reaches, and the
   * mean size of the small ones. The expected column is the independent cascade's measurement.
   */
  static List<Check> againstCascade(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("eager", new Role(0.3, 1, 0, 0.6, 0.2));
    roles.put("reluctant", new Role(0.7, 1, 0, 0.1, 0.05));
    String label = "feed vs cascade, power-law, T=0.6/0.1: ";
    Replicates r = new Replicates(List.of(label + "mean size of a small outbreak",
        label + "large-outbreak probability", label + "fraction reached by a large outbreak",
        label + "fraction who read a large outbreak"));
    NetworkSpec spec = new NetworkSpec.PowerLaw(n, 2.5, 2, 60, null);
    for (int k = 0; k < graphs; k++) {
      Graph g = Generators.generate(spec, random);
      Outcomes cascade = cascades(scenario(DiffusionModel.INDEPENDENT_CASCADE, roles, spec), g, runs, random);
      Outcomes feed = cascades(scenario(DiffusionModel.FEED, roles, spec), g, runs, random);
      r.add(new double[] {cascade.smallSize(), cascade.largeShare(), cascade.largeSize(), cascade.largeReach()},
          new double[] {feed.smallSize(), feed.largeShare(), feed.largeSize(), feed.largeReach()});
    }
    return r.checks("4 standard errors of the mean difference between the models", new double[4]);
  }
}
