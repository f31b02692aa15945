package org.viralsim.validation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.DegreeStats;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.SingleCascade;
import org.viralsim.stats.WattsCascade;

/**
 * The threshold model against Watts' (2002) theory of global cascades: cascades from one random
 * seed, everyone online, on independent Erdos-Renyi graphs below, inside and above the cascade
 * window of a fixed threshold, with theory evaluated on each realised graph's degree histogram.
 */
final class ThresholdCases {
  private ThresholdCases() {}

  private static final double PHI = 0.18;
  /**
   * Cascades reaching more than this fraction of users count as global. Sizes are bimodal: inside
   * the window global cascades reach over 90% of users, the others stay within the seed's finite
   * vulnerable cluster (at most about a hundred users on graphs of 10,000), so any cut well between
   * the two modes counts the same runs.
   */
  private static final double GLOBAL = 0.1;
  private static final String BASIS = "4 standard errors of the mean difference";

  /** Global-cascade share and the mean size of global cascades (0 if none) on one graph. */
  private record Outcomes(double globalShare, double globalSize, int global) {}

  private static Outcomes cascades(Graph g, int runs, MersenneTwisterFast random) {
    int n = g.nodeCount();
    SingleCascade engine = SingleCascade.threshold(g, PHI);
    int global = 0;
    double sizes = 0;
    for (int i = 0; i < runs; i++) {
      int size = engine.run(SingleCascade.randomUsers(n, 1, random), random).cascadeSize();
      if (size > GLOBAL * n) {
        global++;
        sizes += size / (double) n;
      }
    }
    return new Outcomes(global / (double) runs, global == 0 ? 0 : sizes / global, global);
  }

  /**
   * Outside the window (z = 0.8 and 10 for phi = 0.18, whose window is about 1.02 < z < 5.76) no
   * seed starts a global cascade; inside (z = 3 and 5) the share of seeds that do is the size of
   * the extended vulnerable cluster, and a global cascade's size is Gleeson and Cahalane's (2007).
   *
   * <p>On one graph every global cascade ends with nearly the same adopters, so the size check
   * rests on the spread between graphs alone, estimated from their number: with 30 graphs rather
   * than 10, a correct model exceeds 4 estimated standard errors with probability 4e-4 (Student's t,
   * 29 degrees of freedom) rather than 3e-3.
   */
  static List<Check> erdosRenyi(long seed, int n, int graphs, int runs) {
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    DoubleUnaryOperator f = WattsCascade.fixedThreshold(PHI);
    List<Check> checks = new ArrayList<>();
    for (double z : new double[] {0.8, 10}) {
      String where = z < 1 ? "below" : "above";
      Replicates r = new Replicates(List.of(
          label(z) + " (" + where + " the window): global-cascade probability"));
      for (int k = 0; k < graphs; k++) {
        Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
        double[] pk = DegreeStats.of(g).distribution();
        r.add(new double[] {WattsCascade.triggerProbability(pk, f)},
            new double[] {cascades(g, runs, random).globalShare()});
      }
      checks.addAll(r.checks(BASIS, new double[] {3.0 / (graphs * runs)}));
    }
    for (double z : new double[] {3, 5}) {
      Replicates share = new Replicates(List.of(label(z) + " (inside the window): global-cascade probability"));
      Replicates size = new Replicates(List.of(label(z) + ": fraction adopting in a global cascade"));
      for (int k = 0; k < graphs; k++) {
        Graph g = Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random);
        double[] pk = DegreeStats.of(g).distribution();
        Outcomes o = cascades(g, runs, random);
        share.add(new double[] {WattsCascade.triggerProbability(pk, f)}, new double[] {o.globalShare()});
        // A graph without a global cascade has no size to compare.
        if (o.global() > 0) size.add(new double[] {WattsCascade.globalCascadeSize(pk, f)}, new double[] {o.globalSize()});
      }
      checks.addAll(share.checks(BASIS, new double[1]));
      checks.addAll(size.checks(BASIS, new double[1]));
    }
    return checks;
  }

  private static String label(double z) {
    return "Watts phi=" + PHI + ", ER z=" + (z == Math.rint(z) ? Integer.toString((int) z) : Double.toString(z));
  }
}
