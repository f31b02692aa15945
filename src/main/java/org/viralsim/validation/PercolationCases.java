package org.viralsim.validation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Independent cascade against bond percolation theory (Newman 2002): cascades from one random
 * seed on independent Erdos-Renyi and configuration-model graphs, below, near and above the
 * threshold, with theory evaluated on each realised graph's degrees.
 */
final class PercolationCases {
  private PercolationCases() {}

  /** Cascades larger than this fraction of users count as large outbreaks. */
  private static final double LARGE = 0.01;
  private static final String BASIS = "4 standard errors of the mean difference";

  /** What one run of cascades on one graph measured. */
  private record Outcomes(double meanSize, double largeShare, double largeSize, double largeReach) {}

  private static Outcomes cascades(SingleCascade engine, int n, int runs, MersenneTwisterFast random) {
    double sizes = 0;
    int large = 0;
    double largeSize = 0;
    double largeReach = 0;
    for (int i = 0; i < runs; i++) {
      Item item = engine.run(SingleCascade.randomUsers(n, 1, random), random);
      sizes += item.cascadeSize();
      if (item.cascadeSize() > LARGE * n) {
        large++;
        largeSize += item.cascadeSize() / (double) n;
        largeReach += item.reach() / (double) n;
      }
    }
    return new Outcomes(sizes / runs, large / (double) runs, large == 0 ? 0 : largeSize / large,
        large == 0 ? 0 : largeReach / large);
  }

  static List<Check> erdosRenyi(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    String er = "ER z=4, ";
    Replicates below = new Replicates(List.of(er + "zT=0.5: mean cascade size from one seed",
        er + "zT=0.8: mean cascade size from one seed", er + "zT=0.8 (below T_c): large-outbreak probability"));
    Replicates above = new Replicates(List.of(er + "zT=1.25 (above T_c): large-outbreak probability",
        er + "zT=1.25: fraction reached by a large outbreak", er + "zT=2: large-outbreak probability",
        er + "zT=2: fraction reached by a large outbreak"));
    for (int k = 0; k < graphs; k++) {
      Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, 4, null), random);
      double z = DegreeStats.of(g).meanDegree(); // theory on the realised mean degree
      Outcomes half = cascades(SingleCascade.uniform(g, 0.5 / z), n, runs, random);
      Outcomes near = cascades(SingleCascade.uniform(g, 0.8 / z), n, runs, random);
      below.add(new double[] {Percolation.erdosRenyiMeanSmallOutbreak(z, 0.5 / z),
          Percolation.erdosRenyiMeanSmallOutbreak(z, 0.8 / z), 0}, new double[] {half.meanSize(), near.meanSize(), near.largeShare()});
      Outcomes just = cascades(SingleCascade.uniform(g, 1.25 / z), n, runs, random);
      Outcomes twice = cascades(SingleCascade.uniform(g, 2 / z), n, runs, random);
      double s1 = Percolation.erdosRenyiOutbreak(z, 1.25 / z);
      double s2 = Percolation.erdosRenyiOutbreak(z, 2 / z);
      above.add(new double[] {s1, s1, s2, s2}, new double[] {just.largeShare(), just.largeSize(), twice.largeShare(), twice.largeSize()});
    }
    List<Check> checks = new ArrayList<>(below.checks(BASIS, new double[] {0, 0, 3.0 / (graphs * runs)}));
    checks.addAll(above.checks(BASIS, new double[4]));
    return checks;
  }

  /**
   * Two groups of users with different susceptibility (activity x reshare), as a campaign item
   * whose reads are counted: the chance of a large outbreak is that of the mean transmissibility,
   * its size is smaller (Jensen), and a user of group r has read it with probability
   * 1 - exp(-z activity_r S).
   */
  static List<Check> susceptibilityGroups(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    Map<String, Role> groups = new LinkedHashMap<>();
    groups.put("eager", new Role(0.3, 0.8, 0, 0.75, 0));
    groups.put("reluctant", new Role(0.7, 0.5, 0, 0.2, 0));
    Population population = new Population(groups, Assignment.RANDOM, 0);
    Role[] roles = population.roleArray();
    double[] shares = {0.3, 0.7};
    double[] t = {0.8 * 0.75, 0.5 * 0.2};
    String label = "ER z=6, 30%/70% of users with T=0.6/0.1";
    Replicates r = new Replicates(List.of(label + ": large-outbreak probability", label + ": fraction who reshared",
        label + ": fraction who read (reach)"));
    for (int k = 0; k < graphs; k++) {
      Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, 6, null), random);
      double z = DegreeStats.of(g).meanDegree();
      SingleCascade engine = new SingleCascade(g, RoleAssigner.assign(g, population, random), roles, 1, true);
      Outcomes o = cascades(engine, n, runs, random);
      double s = Percolation.erdosRenyiOutbreak(z, shares, t);
      double read = 0;
      for (int i = 0; i < roles.length; i++) read += shares[i] * -Math.expm1(-z * roles[i].activity() * s);
      double p = Percolation.erdosRenyiOutbreak(z, shares[0] * t[0] + shares[1] * t[1]);
      r.add(new double[] {p, s, read}, new double[] {o.largeShare(), o.largeSize(), o.largeReach()});
    }
    return r.checks(BASIS, new double[3]);
  }

  static List<Check> configurationModel(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    String cm = "power-law CM, ";
    Replicates r = new Replicates(List.of(cm + "T=T_c/2, T_c=<k>/(<k^2>-<k>): mean cascade size", cm + "T=2.5 T_c: large-outbreak probability",
        cm + "T=2.5 T_c: fraction reached by a large outbreak"));
    for (int k = 0; k < graphs; k++) {
      Graph g = Generators.generate(new NetworkSpec.PowerLaw(n, 2.5, 2, 60, null), random);
      double[] pk = DegreeStats.of(g).distribution();
      double tc = Percolation.configThreshold(pk);
      Outcomes below = cascades(SingleCascade.uniform(g, tc / 2), n, runs, random);
      Outcomes above = cascades(SingleCascade.uniform(g, Math.min(1, 2.5 * tc)), n, runs, random);
      double s = Percolation.configOutbreak(pk, Math.min(1, 2.5 * tc));
      r.add(new double[] {Percolation.configMeanSmallOutbreak(pk, tc / 2), s, s},
          new double[] {below.meanSize(), above.largeShare(), above.largeSize()});
    }
    return r.checks(BASIS, new double[3]);
  }
}
