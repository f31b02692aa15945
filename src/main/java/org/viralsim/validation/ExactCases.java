package org.viralsim.validation;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.DegreeStats;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.stats.Inequality;
import org.viralsim.stats.TreeMetrics;

/** Structural virality and Gini against closed forms, generators against their degree statistics. */
final class ExactCases {
  private ExactCases() {}

  private static final double ROUNDING = 1e-9;

  static List<Check> structuralVirality() {
    List<Check> checks = new ArrayList<>();
    for (int n : new int[] {2, 10, 1000}) {
      int[] star = new int[n];
      star[0] = -1;
      int[] chain = new int[n];
      for (int i = 0; i < n; i++) chain[i] = i - 1;
      checks.add(new Check("structural virality, star of " + n, 2.0 * (n - 1) / n, TreeMetrics.structuralVirality(star),
          ROUNDING, "exact: 2(n-1)/n"));
      checks.add(new Check("structural virality, chain of " + n, (n + 1) / 3.0, TreeMetrics.structuralVirality(chain),
          ROUNDING * n, "exact: (n+1)/3"));
    }
    return checks;
  }

  static List<Check> gini(long seed) {
    List<Check> checks = new ArrayList<>();
    long[] equal = new long[100];
    java.util.Arrays.fill(equal, 7);
    checks.add(new Check("Gini, everyone contributes equally", 0, Inequality.gini(equal), ROUNDING, "exact: 0"));
    long[] one = new long[100];
    one[42] = 50;
    checks.add(new Check("Gini, one user of 100 does everything", 0.99, Inequality.gini(one), ROUNDING, "exact: (n-1)/n"));
    // Pareto with index a: G = 1/(2a-1); a = 3 keeps the variance finite. Contributions are
    // counts, so values are scaled up before rounding to keep the rounding error negligible.
    double a = 3;
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    int samples = 200;
    int size = 5000;
    double[] g = new double[samples];
    for (int s = 0; s < samples; s++) {
      long[] x = new long[size];
      for (int i = 0; i < size; i++) x[i] = Math.round(1000 * Math.pow(1 - random.nextDouble(), -1 / a));
      g[s] = Inequality.gini(x) * size / (size - 1.0); // the sample Gini is biased by (n-1)/n
    }
    Sampling est = Sampling.of(g, samples);
    checks.add(new Check("Gini, Pareto a=3 (200 samples of 5000)", 1 / (2 * a - 1), est.mean(),
        est.tolerance() + 0.5 / 1000, "4 standard errors + rounding to counts"));
    return checks;
  }

  static List<Check> generators(long seed) {
    List<Check> checks = new ArrayList<>();
    MersenneTwisterFast random = CampaignSim.streamFor(seed);
    int n = 100_000;
    double z = 6;
    DegreeStats er = DegreeStats.of(Generators.generate(new NetworkSpec.ErdosRenyi(n, z, null), random));
    // edges ~ Binomial(n(n-1)/2, p): mean degree 2m/n has sd sqrt(2 z / n)
    checks.add(new Check("Erdos-Renyi n=100000: mean degree", z, er.meanDegree(), Sampling.Z * Math.sqrt(2 * z / n),
        "4 standard errors of 2m/n"));
    checks.add(new Check("Erdos-Renyi n=100000: degree variance (Poisson: = mean)", er.meanDegree(),
        er.secondMoment() - er.meanDegree() * er.meanDegree(), Sampling.Z * Math.sqrt((z + 2 * z * z) / n),
        "4 standard errors of a Poisson sample variance, sqrt((z + 2z^2)/n)"));
    int m = 3;
    Graph ba = Generators.generate(new NetworkSpec.BarabasiAlbert(n, 2 * m, null), random);
    DegreeStats bs = DegreeStats.of(ba);
    checks.add(new Check("Barabasi-Albert m=3: mean degree 2m", 2 * m, bs.meanDegree(), 2.0 * m * (m + 1) / n,
        "exact up to the seed nodes: 2m(m+1)/n"));
    for (int k : new int[] {2 * m, 4 * m, 8 * m}) {
      // Degree distribution of preferential attachment: P(K >= k) = m(m+1) / (k(k+1)) (Dorogovtsev et al. 2000).
      double expected = m * (m + 1.0) / (k * (k + 1.0));
      double measured = fractionAtLeast(ba, k);
      checks.add(new Check("Barabasi-Albert m=3: share of users with degree >= " + k, expected, measured,
          Sampling.Z * Math.sqrt(expected * (1 - expected) / n), "4 binomial standard errors"));
    }
    Graph ws = Generators.generate(new NetworkSpec.WattsStrogatz(10_000, 8, 0.0, null), random);
    int[] degrees = new int[ws.nodeCount()];
    for (int u = 0; u < degrees.length; u++) degrees[u] = ws.outDegree(u);
    checks.add(new Check("Watts-Strogatz k=8, no rewiring: smallest degree", 8, java.util.Arrays.stream(degrees).min().orElse(0), 0, "exact"));
    checks.add(new Check("Watts-Strogatz k=8, no rewiring: largest degree", 8, java.util.Arrays.stream(degrees).max().orElse(0), 0, "exact"));
    return checks;
  }

  private static double fractionAtLeast(Graph g, int k) {
    int count = 0;
    for (int u = 0; u < g.nodeCount(); u++) if (g.outDegree(u) >= k) count++;
    return count / (double) g.nodeCount();
  }
}
