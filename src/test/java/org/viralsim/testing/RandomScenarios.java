package org.viralsim.testing;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.RoleAssigner;

/** Small random scenarios, each fixed by one seed, for property tests of whole runs. */
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
    int start = random.nextInt(Math.min(steps, 6));
    SeedingStrategy strategy = SeedingStrategy.values()[random.nextInt(SeedingStrategy.values().length)];
    int count = 1 + random.nextInt(5);
    List<String> users = new ArrayList<>();
    if (strategy == SeedingStrategy.CREATORS) count = Math.min(count, RoleAssigner.counts(shares, n)[0]);
    if (strategy == SeedingStrategy.USERS) {
      while (users.size() < count) {
        String id = Integer.toString(random.nextInt(n));
        if (!users.contains(id)) users.add(id);
      }
    }
    Campaign campaign = new Campaign(0.2 + 3.8 * random.nextDouble(), start, new Seeding(strategy, count, users));
    Scenario scenario = new Scenario("case-" + Long.toHexString(seed), random.nextLong(), steps, replications,
        0.6 * random.nextDouble(), network, population, campaign, new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
    return new Case(seed, scenario, graph);
  }
}
