package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WattsCascadeTest {
  private static final DoubleUnaryOperator PHI_018 = WattsCascade.fixedThreshold(0.18);

  @Test
  void tieAtOneOverKCountsAsVulnerable() {
    double third = 1.0 / 3;
    assertThat(WattsCascade.vulnerableShare(3, WattsCascade.fixedThreshold(third))).isEqualTo(1.0);
    assertThat(WattsCascade.vulnerableShare(3, WattsCascade.fixedThreshold(Math.nextUp(third)))).isZero();
    assertThat(WattsCascade.vulnerableShare(5, WattsCascade.fixedThreshold(0.2))).isEqualTo(1.0);
    assertThat(WattsCascade.vulnerableShare(4, WattsCascade.fixedThreshold(0.25))).isEqualTo(1.0);
    assertThat(WattsCascade.vulnerableShare(0, WattsCascade.fixedThreshold(0.01))).isZero();
    // 3-regular at phi = 1/3: everyone is vulnerable, so one seed takes the whole graph.
    double[] regular = {0, 0, 0, 1};
    assertThat(WattsCascade.cascadeCondition(regular, WattsCascade.fixedThreshold(third))).isCloseTo(2, within(1e-15));
    assertThat(WattsCascade.triggerProbability(regular, WattsCascade.fixedThreshold(third))).isEqualTo(1.0);
    assertThat(WattsCascade.globalCascadeSize(regular, WattsCascade.fixedThreshold(third))).isCloseTo(1, within(1e-12));
    // one ulp higher, nobody is
    DoubleUnaryOperator above = WattsCascade.fixedThreshold(Math.nextUp(third));
    assertThat(WattsCascade.cascadeCondition(regular, above)).isZero();
    assertThat(WattsCascade.cascadesPossible(regular, above)).isFalse();
    assertThat(WattsCascade.triggerProbability(regular, above)).isZero();
    assertThat(WattsCascade.globalCascadeSize(regular, above)).isZero();
    // 3 of 10 is the double 0.3, which does not reach 0.1 * 3 = 0.30000000000000004
    DoubleUnaryOperator rounded = WattsCascade.fixedThreshold(0.1 * 3);
    assertThat(rounded.applyAsDouble((double) 3 / 10)).isZero();
    assertThat(WattsCascade.fixedThreshold(0.3).applyAsDouble((double) 3 / 10)).isEqualTo(1.0);
  }

  @Test
  void degreesOneAndThreeAllVulnerableIsTheGiantComponent() {
    // p1 = p3 = 1/2, phi = 1/3: <k> = 2, q1 = 1/4, q3 = 3/4, condition 2 q3 = 3/2.
    // u = q1 + q3 u^2 has roots 1 and q1 / q3 = 1/3: P = 1 - u / 2 - u^3 / 2 = 22/27.
    // Gleeson: q = q3 (2q - q^2), so q = 2 - 1/q3 = 2/3; size = q/2 + (1 - (1 - q)^3)/2 = 22/27.
    double[] pk = {0, 0.5, 0, 0.5};
    DoubleUnaryOperator f = WattsCascade.fixedThreshold(1.0 / 3);
    assertThat(WattsCascade.cascadeCondition(pk, f)).isCloseTo(1.5, within(1e-15));
    assertThat(WattsCascade.triggerProbability(pk, f)).isCloseTo(22.0 / 27, within(1e-12));
    assertThat(WattsCascade.globalCascadeSize(pk, f)).isCloseTo(22.0 / 27, within(1e-12));
    assertThat(WattsCascade.triggerProbability(pk, f)).isCloseTo(Percolation.configOutbreak(pk, 1), within(1e-12));
  }

  @Test
  void degreesTwoAndThreeWithTwoThresholdsSolveByHand() {
    // p2 = p3 = 1/2; phi = 1/3 with probability r = 0.8, else 0.9: F(1/3) = F(1/2) = F(2/3) = r, F(1) = 1.
    // <k> = 5/2, q2 = 2/5, q3 = 3/5, rho2 = rho3 = r. Condition r (q2 + 2 q3) = r (1 + q3) = 1.28.
    // u = 1 - r + r (q2 u + q3 u^2): roots 1 and (1 - r) / (r q3) = 5/12.
    // Gleeson: q = r q2 q + r q3 (2q - q^2), so q = (r (1 + q3) - 1) / (r q3) = 7/12 = 1 - u.
    double r = 0.8;
    DoubleUnaryOperator f = x -> x >= 0.9 ? 1 : x >= 1.0 / 3 ? r : 0;
    double[] pk = {0, 0, 0.5, 0.5};
    double u = 5.0 / 12;
    double q = 7.0 / 12;
    assertThat(WattsCascade.cascadeCondition(pk, f)).isCloseTo(1.28, within(1e-15));
    assertThat(WattsCascade.triggerProbability(pk, f)).isCloseTo(1 - 0.5 * u * u - 0.5 * u * u * u, within(1e-12));
    double two = 2 * q * (1 - q) * r + q * q;
    double three = 3 * q * (1 - q) * (1 - q) * r + 3 * q * q * (1 - q) * r + q * q * q;
    assertThat(WattsCascade.globalCascadeSize(pk, f)).isCloseTo(0.5 * two + 0.5 * three, within(1e-12));
    // The window closes at r (1 + q3) = 1, r = 5/8; just above it P grows linearly from 0.
    DoubleUnaryOperator below = x -> x >= 0.9 ? 1 : x >= 1.0 / 3 ? 0.6 : 0;
    assertThat(WattsCascade.triggerProbability(pk, below)).isZero();
    assertThat(WattsCascade.globalCascadeSize(pk, below)).isZero();
    double eps = 1e-7;
    DoubleUnaryOperator justAbove = x -> x >= 0.9 ? 1 : x >= 1.0 / 3 ? 0.625 + eps : 0;
    assertThat(WattsCascade.triggerProbability(pk, justAbove)).isPositive().isLessThan(100 * eps);
    assertThat(WattsCascade.globalCascadeSize(pk, justAbove)).isPositive().isLessThan(100 * eps);
  }

  @Test
  void generalThresholdDistributionOnARegularGraph() {
    // 3-regular, F(x) = min(1, 2x): rho3 = 2/3, condition 4/3; u = 1/3 + (2/3) u^2 has roots 1 and 1/2,
    // so P = 1 - 1/8. Gleeson: q = (4/3) q (1 - q) + q^2 gives q = 1, everyone adopts.
    double[] regular = {0, 0, 0, 1};
    DoubleUnaryOperator f = x -> Math.min(1, 2 * x);
    assertThat(WattsCascade.cascadeCondition(regular, f)).isCloseTo(4.0 / 3, within(1e-15));
    assertThat(WattsCascade.triggerProbability(regular, f)).isCloseTo(7.0 / 8, within(1e-12));
    assertThat(WattsCascade.globalCascadeSize(regular, f)).isCloseTo(1, within(1e-12));
    // uniform thresholds: rho3 = 1/3, condition 2/3
    assertThat(WattsCascade.cascadesPossible(regular, x -> x)).isFalse();
  }

  @Test
  void windowForPhi018MatchesTheClosedFormAndWattsFigure() {
    // phi = 0.18: degrees up to K = 5 are vulnerable, so the condition is z P(Poisson(z) <= 3).
    WattsCascade.Window w = WattsCascade.cascadeWindow(PHI_018, 0, 20).orElseThrow();
    assertThat(w.lower()).isCloseTo(closedFormEdge(1, 2), within(1e-9)).isBetween(1.0, 1.05);
    assertThat(w.upper()).isCloseTo(closedFormEdge(4, 8), within(1e-9)).isBetween(5.0, 7.0);
    assertThat(w.lower()).isCloseTo(1.0207039, within(1e-6));
    assertThat(w.upper()).isCloseTo(5.7646771, within(1e-6));
    assertThat(WattsCascade.erdosRenyiCascadeCondition(w.lower(), PHI_018)).isCloseTo(1, within(1e-10));
    assertThat(WattsCascade.erdosRenyiCascadeCondition(w.upper(), PHI_018)).isCloseTo(1, within(1e-10));
  }

  private static double closedFormEdge(double low, double high) {
    return new BrentSolver(1e-15, 1e-15).solve(1000, z -> z * poisson(z).cumulativeProbability(3) - 1, low, high);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.01, 0.05, 0.1, 0.15, 0.18, 0.2, 0.22, 0.25})
  void windowLowerEdgeIsNeverBelowOne(double phi) {
    // The condition z sum_j rho_(j+2) Pois(j; z) is at most z, and tends to z when every degree is vulnerable.
    WattsCascade.Window w = WattsCascade.cascadeWindow(WattsCascade.fixedThreshold(phi), 0, 30).orElseThrow();
    assertThat(w.lower()).isGreaterThanOrEqualTo(1 - 1e-12); // rounding of the Poisson weights
    if (phi <= 0.05) assertThat(w.lower()).isCloseTo(1, within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.26, 0.3, 1.0 / 3, 0.4, 0.5, 0.75, 1})
  void noWindowAboveAQuarter(double phi) {
    // phi in (1/4, 1/3]: z e^-z (1 + z) peaks at 0.84; higher phi leaves even fewer vulnerable degrees.
    assertThat(WattsCascade.cascadeWindow(WattsCascade.fixedThreshold(phi), 0, 50)).isEmpty();
  }

  @Test
  void aQuarterExactlyStillHasAWindowBecauseOfTheTie() {
    // Degree 4 counts as vulnerable at phi = 1/4: z e^-z (1 + z + z^2/2) peaks above 1.
    WattsCascade.Window w = WattsCascade.cascadeWindow(WattsCascade.fixedThreshold(0.25), 0, 50).orElseThrow();
    assertThat(w.contains(2.27)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.5, 1, 1.02, 5.8, 6, 10, 30})
  void nothingOutsideTheWindow(double z) {
    assertThat(WattsCascade.erdosRenyiCascadesPossible(z, PHI_018)).isFalse();
    assertThat(WattsCascade.erdosRenyiTriggerProbability(z, PHI_018)).isZero();
    assertThat(WattsCascade.erdosRenyiGlobalCascadeSize(z, PHI_018)).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.03, 1.5, 2, 3, 4, 5, 5.5, 5.76})
  void cascadesInsideTheWindow(double z) {
    assertThat(WattsCascade.erdosRenyiCascadesPossible(z, PHI_018)).isTrue();
    double p = WattsCascade.erdosRenyiTriggerProbability(z, PHI_018);
    double s = WattsCascade.erdosRenyiGlobalCascadeSize(z, PHI_018);
    assertThat(p).isPositive().isLessThan(1);
    assertThat(s).isPositive().isLessThanOrEqualTo(1);
    // the trigger set (extended vulnerable cluster) lies inside the giant component, as does the cascade
    assertThat(s).isLessThanOrEqualTo(Percolation.erdosRenyiOutbreak(z, 1) + 1e-12);
    assertThat(p).isLessThanOrEqualTo(Percolation.erdosRenyiOutbreak(z, 1) + 1e-12);
  }

  @Test
  void triggerVanishesAtBothEdgesButTheSizeJumpsAtTheUpperOne() {
    WattsCascade.Window w = WattsCascade.cascadeWindow(PHI_018, 0, 20).orElseThrow();
    double eps = 1e-6;
    assertThat(WattsCascade.erdosRenyiTriggerProbability(w.lower() + eps, PHI_018)).isPositive().isLessThan(1e-3);
    assertThat(WattsCascade.erdosRenyiGlobalCascadeSize(w.lower() + eps, PHI_018)).isPositive().isLessThan(1e-3);
    assertThat(WattsCascade.erdosRenyiTriggerProbability(w.upper() - eps, PHI_018)).isPositive().isLessThan(1e-3);
    // Watts (2002): near the upper edge cascades are rare but, when they happen, take nearly everyone.
    assertThat(WattsCascade.erdosRenyiGlobalCascadeSize(w.upper() - eps, PHI_018)).isGreaterThan(0.99);
    assertThat(WattsCascade.erdosRenyiGlobalCascadeSize(w.upper() + eps, PHI_018)).isZero();
  }

  @Test
  void triggerProbabilityGrowsJustAboveTheLowerEdge() {
    double lower = WattsCascade.cascadeWindow(PHI_018, 0, 20).orElseThrow().lower();
    double previous = 0;
    for (double dz = 1e-4; dz <= 0.5; dz *= 1.5) {
      double p = WattsCascade.erdosRenyiTriggerProbability(lower + dz, PHI_018);
      assertThat(p).as("dz = %s", dz).isGreaterThan(previous);
      previous = p;
    }
  }

  @ParameterizedTest
  @CsvSource({"0.7", "1.5", "2", "4"})
  void everyoneVulnerableIsPercolationWithoutLosses(double z) {
    // phi so small that every degree in the truncated Poisson is vulnerable: condition z, and both
    // the trigger probability and the cascade size are the giant component, 1 - exp(-z S) = S.
    DoubleUnaryOperator f = WattsCascade.fixedThreshold(1e-6);
    assertThat(WattsCascade.erdosRenyiCascadeCondition(z, f)).isCloseTo(z, within(1e-12));
    double s = Percolation.erdosRenyiOutbreak(z, 1);
    assertThat(WattsCascade.erdosRenyiTriggerProbability(z, f)).isCloseTo(s, within(1e-9));
    assertThat(WattsCascade.erdosRenyiGlobalCascadeSize(z, f)).isCloseTo(s, within(1e-9));
  }

  @Test
  void histogramsAreNormalisedAndPoissonIsTruncatedSafely() {
    double[] counts = {10, 30, 25, 20, 10, 5, 0, 3};
    double[] shares = Arrays.stream(counts).map(c -> c / 103).toArray();
    assertThat(WattsCascade.cascadeCondition(counts, PHI_018))
        .isCloseTo(WattsCascade.cascadeCondition(shares, PHI_018), within(1e-14));
    assertThat(WattsCascade.triggerProbability(counts, PHI_018))
        .isCloseTo(WattsCascade.triggerProbability(shares, PHI_018), within(1e-14));
    assertThat(WattsCascade.globalCascadeSize(counts, PHI_018))
        .isCloseTo(WattsCascade.globalCascadeSize(shares, PHI_018), within(1e-13));
    for (double z : new double[] {0.5, 3, 40, 700}) {
      double[] pk = WattsCascade.poissonDegrees(z);
      assertThat(Arrays.stream(pk).sum()).isCloseTo(1, within(1e-12));
      assertThat(pk[(int) z]).isCloseTo(poisson(z).probability((int) z), within(1e-12));
    }
    assertThat(WattsCascade.poissonDegrees(0)).startsWith(1.0);
    // nobody with two or more neighbours: no cascade
    assertThat(WattsCascade.triggerProbability(new double[] {3, 1}, PHI_018)).isZero();
    assertThat(WattsCascade.globalCascadeSize(new double[] {1}, PHI_018)).isZero();
  }

  @Test
  void heavyTailedHistogramUpToDegreeAThousand() {
    double[] pk = new double[1001];
    for (int k = 1; k <= 1000; k++) pk[k] = Math.pow(k, -2.5);
    DoubleUnaryOperator f = WattsCascade.fixedThreshold(0.1);
    double s = WattsCascade.globalCascadeSize(pk, f);
    assertThat(s).isBetween(0.0, 1.0);
    assertThat(s).isGreaterThanOrEqualTo(WattsCascade.triggerProbability(pk, f));
    assertThat(s).isLessThanOrEqualTo(Percolation.configOutbreak(pk, 1) + 1e-12);
  }

  @Test
  void rejectsInvalidArgumentsNamingThem() {
    double[] pk = {0, 1, 1, 1};
    rejects(() -> WattsCascade.fixedThreshold(0), "phi");
    rejects(() -> WattsCascade.fixedThreshold(1.5), "phi");
    rejects(() -> WattsCascade.fixedThreshold(Double.NaN), "phi");
    rejects(() -> WattsCascade.vulnerableShare(-1, PHI_018), "k");
    rejects(() -> WattsCascade.cascadeCondition(null, PHI_018), "pk");
    rejects(() -> WattsCascade.cascadeCondition(new double[] {0.5, -0.1}, PHI_018), "pk[1]");
    rejects(() -> WattsCascade.triggerProbability(new double[] {0.5, Double.NaN}, PHI_018), "pk[1]");
    rejects(() -> WattsCascade.globalCascadeSize(new double[] {0, Double.POSITIVE_INFINITY}, PHI_018), "pk[1]");
    rejects(() -> WattsCascade.cascadeCondition(new double[] {0, 0}, PHI_018), "pk");
    rejects(() -> WattsCascade.cascadeCondition(pk, null), "thresholdCdf");
    rejects(() -> WattsCascade.triggerProbability(pk, x -> 0.1 + 0.9 * x), "thresholdCdf(0)");
    rejects(() -> WattsCascade.globalCascadeSize(pk, x -> 2 * x), "thresholdCdf");
    rejects(() -> WattsCascade.cascadeCondition(pk, x -> Double.NaN), "thresholdCdf");
    rejects(() -> WattsCascade.cascadeCondition(pk, x -> x > 0 && x < 0.4 ? 1 : 0), "non-decreasing");
    rejects(() -> WattsCascade.poissonDegrees(-1), "z");
    rejects(() -> WattsCascade.erdosRenyiTriggerProbability(Double.POSITIVE_INFINITY, PHI_018), "z");
    rejects(() -> WattsCascade.erdosRenyiGlobalCascadeSize(Double.NaN, PHI_018), "z");
    rejects(() -> WattsCascade.cascadeWindow(PHI_018, -1, 5), "zMin");
    rejects(() -> WattsCascade.cascadeWindow(PHI_018, 3, 2), "zMax");
    rejects(() -> WattsCascade.cascadeWindow(PHI_018, 0, Double.NaN), "zMax");
    rejects(() -> WattsCascade.cascadeWindow(null, 0, 5), "thresholdCdf");
  }

  private static void rejects(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(parameter);
  }

  private static PoissonDistribution poisson(double z) {
    return new PoissonDistribution(null, z, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS);
  }

  // ---- Monte Carlo: the deterministic threshold dynamics on random graphs ----

  /**
   * On independent G(n, M) graphs (M = z n / 2 distinct pairs) one random user at a time is seeded
   * and the dynamics run to the end. A run is global when more than n / 100 users adopt (the
   * observed sizes are bimodal: a few users, or most of the graph). Per graph, the share of global
   * runs and their mean size (adopters over n, the seed included, as Gleeson's formula with
   * rho0 = 1 / n counts it) are compared with the oracle on that graph's own degree histogram;
   * the mean difference over graphs must be within 4 standard errors of 0, the standard error
   * being the spread of the per-graph differences over the square root of their number.
   */
  @Tag("validation")
  @ParameterizedTest
  @CsvSource({"2, 201", "3, 301", "4, 401", "5, 501"})
  void thresholdDynamicsOnRandomGraphsMatchTheOracle(double z, long seed) {
    int n = 20_000;
    int graphs = 40;
    int runs = 50;
    double phi = 0.18;
    SplittableRandom random = new SplittableRandom(seed);
    double[] triggerDiff = new double[graphs];
    double[] sizeDiff = new double[graphs];
    int withGlobal = 0;
    for (int g = 0; g < graphs; g++) {
      int[][] adj = erdosRenyi(n, z, random);
      double[] histogram = new double[n];
      int maxDegree = 0;
      for (int[] followers : adj) {
        histogram[followers.length]++;
        maxDegree = Math.max(maxDegree, followers.length);
      }
      double[] pk = Arrays.copyOf(histogram, maxDegree + 1);
      Cascades c = new Cascades(adj, phi);
      int global = 0;
      double sizes = 0;
      for (int r = 0; r < runs; r++) {
        int adopters = c.run(random.nextInt(n));
        if (adopters > n / 100) {
          global++;
          sizes += (double) adopters / n;
        }
      }
      triggerDiff[g] = (double) global / runs - WattsCascade.triggerProbability(pk, PHI_018);
      if (global > 0) sizeDiff[withGlobal++] = sizes / global - WattsCascade.globalCascadeSize(pk, PHI_018);
    }
    assertWithinFourStandardErrors("trigger probability, z = " + z, triggerDiff);
    assertThat(withGlobal).isGreaterThan(graphs / 2);
    assertWithinFourStandardErrors("global cascade size, z = " + z, Arrays.copyOf(sizeDiff, withGlobal));
  }

  private static void assertWithinFourStandardErrors(String what, double[] diffs) {
    double mean = Arrays.stream(diffs).average().orElseThrow();
    double ss = Arrays.stream(diffs).map(d -> (d - mean) * (d - mean)).sum();
    double se = Math.sqrt(ss / (diffs.length - 1) / diffs.length);
    assertThat(Math.abs(mean)).as("%s: mean difference %s, standard error %s", what, mean, se)
        .isLessThanOrEqualTo(4 * se);
  }

  /** G(n, M): M = round(z n / 2) distinct pairs, drawn uniformly. */
  private static int[][] erdosRenyi(int n, double z, SplittableRandom random) {
    int edges = (int) Math.round(z * n / 2);
    Set<Long> seen = new HashSet<>();
    int[] from = new int[edges];
    int[] to = new int[edges];
    int[] degree = new int[n];
    for (int e = 0; e < edges; ) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      if (u == v || !seen.add((long) Math.min(u, v) * n + Math.max(u, v))) continue;
      from[e] = u;
      to[e] = v;
      degree[u]++;
      degree[v]++;
      e++;
    }
    int[][] adj = new int[n][];
    for (int u = 0; u < n; u++) adj[u] = new int[degree[u]];
    int[] filled = new int[n];
    for (int e = 0; e < edges; e++) {
      adj[from[e]][filled[from[e]]++] = to[e];
      adj[to[e]][filled[to[e]]++] = from[e];
    }
    return adj;
  }

  /** Watts' dynamics: a user adopts once (double) m / k >= phi of its k neighbours have adopted. */
  private static final class Cascades {
    private final int[][] adj;
    private final double phi;
    private final int[] adopted;
    private final boolean[] active;
    private final int[] queue;

    Cascades(int[][] adj, double phi) {
      this.adj = adj;
      this.phi = phi;
      this.adopted = new int[adj.length];
      this.active = new boolean[adj.length];
      this.queue = new int[adj.length];
    }

    /** Number of users active at the end, the seed included; leaves the state clean for the next run. */
    int run(int seed) {
      int head = 0;
      int tail = 0;
      active[seed] = true;
      queue[tail++] = seed;
      while (head < tail) {
        for (int v : adj[queue[head++]]) {
          if (active[v]) continue;
          adopted[v]++;
          if ((double) adopted[v] / adj[v].length >= phi) {
            active[v] = true;
            queue[tail++] = v;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        active[queue[i]] = false;
        for (int v : adj[queue[i]]) adopted[v] = 0;
      }
      return tail;
    }
  }
}
