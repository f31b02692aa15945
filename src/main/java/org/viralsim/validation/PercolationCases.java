package org.viralsim.validation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.graph.DegreeStats;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;
import org.viralsim.model.RoleAssigner;
import org.viralsim.model.SingleCascade;
import org.viralsim.stats.Percolation;

/**
 * Independent cascade against bond percolation theory (Newman 2002): single random seeds, many
 * cascades, on Erdos-Renyi and configuration-model graphs, below and above the threshold.
 */
final class PercolationCases {
  private PercolationCases() {}

  /** Cascades larger than this fraction of users count as large outbreaks. */
  private static final double LARGE = 0.01;

  static List<Check> erdosRenyi(long seed, int n, int runs) {
    double z = 4;
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
    double zHat = DegreeStats.of(g).meanDegree(); // the realised graph's mean degree, not the nominal one
    List<Check> checks = new ArrayList<>();
    for (double zt : new double[] {0.5, 0.8}) {
      double t = zt / zHat;
      Sampling s = sizes(g, t, runs, random);
      checks.add(new Check(String.format(Locale.ROOT, "ER z=%.0f, T=%.3f (zT=%.1f): mean cascade size from one seed", z, t, zt),
          Percolation.erdosRenyiMeanSmallOutbreak(zHat, t), s.mean(), s.tolerance(), "4 standard errors over " + runs + " cascades"));
    }
    double t = 2.0 / zHat;
    checks.addAll(outbreak(g, t, runs, random, "ER z=4, T=2/z", Percolation.erdosRenyiOutbreak(zHat, t)));
    checks.add(new Check("ER z=4: threshold T_c = 1/<k>", 1.0 / z, Percolation.erdosRenyiThreshold(zHat),
        Sampling.Z * Math.sqrt(2 * z / n) / (z * z), "4 standard errors of the realised mean degree"));
    return checks;
  }

  /**
   * Two groups of users with different susceptibility (activity x reshare), as a campaign item
   * whose reads are counted: the chance of a large outbreak is that of the mean transmissibility,
   * its size is smaller (Jensen), and a user of group r has read it with probability
   * 1 - exp(-z activity_r S).
   */
  static List<Check> susceptibilityGroups(long seed, int n, int runs) {
    double z = 6;
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
    double zHat = DegreeStats.of(g).meanDegree();
    Map<String, Role> groups = new LinkedHashMap<>();
    groups.put("eager", new Role(0.3, 0.8, 0, 0.75, 0));
    groups.put("reluctant", new Role(0.7, 0.5, 0, 0.2, 0));
    Population population = new Population(groups, Assignment.RANDOM, 0);
    Role[] roles = population.roleArray();
    double[] shares = {0.3, 0.7};
    double[] t = {0.8 * 0.75, 0.5 * 0.2};
    double meanT = shares[0] * t[0] + shares[1] * t[1];
    SingleCascade engine = new SingleCascade(g, RoleAssigner.assign(g, population, random), roles, 1, true);
    double[] size = new double[runs];
    double[] reach = new double[runs];
    int k = 0;
    for (int i = 0; i < runs; i++) {
      Item item = engine.run(SingleCascade.randomUsers(n, 1, random), random);
      if (item.cascadeSize() > LARGE * n) {
        size[k] = item.cascadeSize() / (double) n;
        reach[k++] = item.reach() / (double) n;
      }
    }
    double s = Percolation.erdosRenyiOutbreak(zHat, shares, t);
    double read = 0;
    for (int r = 0; r < roles.length; r++) read += shares[r] * -Math.expm1(-zHat * roles[r].activity() * s);
    double p = Percolation.erdosRenyiOutbreak(zHat, meanT);
    Sampling sizes = Sampling.of(size, Math.max(k, 1));
    Sampling reaches = Sampling.of(reach, Math.max(k, 1));
    String label = "ER z=6, 30%/70% of users with T=0.6/0.1";
    String basis = "4 standard errors over " + k + " outbreaks + 1/sqrt(n) for the graph realisation";
    return List.of(
        new Check(label + ": large-outbreak probability", p, k / (double) runs,
            Sampling.Z * Math.sqrt(p * (1 - p) / runs), "4 binomial standard errors over " + runs + " cascades"),
        new Check(label + ": fraction who reshared", s, sizes.mean(), sizes.tolerance() + 1.0 / Math.sqrt(n), basis),
        new Check(label + ": fraction who read (reach)", read, reaches.mean(), reaches.tolerance() + 1.0 / Math.sqrt(n), basis));
  }

  static List<Check> configurationModel(long seed, int n, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    Graph g = Generators.generate(new NetworkSpec.PowerLaw(n, 2.5, 2, 60, null), random);
    double[] pk = DegreeStats.of(g).distribution();
    double tc = Percolation.configThreshold(pk);
    List<Check> checks = new ArrayList<>();
    double below = 0.5 * tc;
    Sampling s = sizes(g, below, runs, random);
    checks.add(new Check(String.format(Locale.ROOT, "power-law CM, T=%.3f (T_c/2): mean cascade size", below),
        Percolation.configMeanSmallOutbreak(pk, below), s.mean(), s.tolerance(), "4 standard errors over " + runs + " cascades"));
    double above = Math.min(1, 2.5 * tc);
    checks.addAll(outbreak(g, above, runs, random, String.format(Locale.ROOT, "power-law CM, T=%.3f (2.5 T_c)", above),
        Percolation.configOutbreak(pk, above)));
    return checks;
  }

  private static List<Check> outbreak(Graph g, double t, int runs, MersenneTwisterFast random, String label, double theory) {
    int n = g.nodeCount();
    SingleCascade engine = SingleCascade.uniform(g, t);
    double[] large = new double[runs];
    int k = 0;
    for (int i = 0; i < runs; i++) {
      int size = engine.run(SingleCascade.randomUsers(n, 1, random), random).cascadeSize();
      if (size > LARGE * n) large[k++] = size / (double) n;
    }
    double p = k / (double) runs;
    Sampling frac = Sampling.of(large, Math.max(k, 1));
    List<Check> checks = new ArrayList<>();
    checks.add(new Check(label + ": probability of a large outbreak", theory, p,
        Sampling.Z * Math.sqrt(theory * (1 - theory) / runs), "4 binomial standard errors over " + runs + " cascades"));
    checks.add(new Check(label + ": fraction reached by a large outbreak", theory, frac.mean(),
        frac.tolerance() + 1.0 / Math.sqrt(n), "4 standard errors over " + k + " outbreaks + 1/sqrt(n) for the graph realisation"));
    return checks;
  }

  private static Sampling sizes(Graph g, double t, int runs, MersenneTwisterFast random) {
    SingleCascade engine = SingleCascade.uniform(g, t);
    double[] sizes = new double[runs];
    for (int i = 0; i < runs; i++) {
      sizes[i] = engine.run(SingleCascade.randomUsers(g.nodeCount(), 1, random), random).cascadeSize();
    }
    return Sampling.of(sizes, runs);
  }
}
