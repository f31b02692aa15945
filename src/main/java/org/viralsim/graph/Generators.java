package org.viralsim.graph;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.viralsim.config.NetworkSpec;

/**
 * Draws the random networks a {@link NetworkSpec} describes. Every graph is undirected and unlabeled,
 * and all randomness comes from the generator passed in, so a seed fixes the graph.
 */
public final class Generators {
  /** Bound on a geometric gap, far past any pair count, so adding gaps cannot overflow. */
  private static final long GAP_CAP = 1L << 62;
  /** Most edges an int-indexed edge array (two ints per edge in the builder) can hold. */
  private static final long MAX_EDGES = (Integer.MAX_VALUE - 8) / 2;

  private Generators() {}

  /** @throws IllegalArgumentException for an edge list, which is read rather than generated */
  public static Graph generate(NetworkSpec spec, MersenneTwisterFast random) {
    if (spec instanceof NetworkSpec.ErdosRenyi s) return erdosRenyi(s, random);
    if (spec instanceof NetworkSpec.WattsStrogatz s) return wattsStrogatz(s, random);
    if (spec instanceof NetworkSpec.BarabasiAlbert s) return barabasiAlbert(s, random);
    if (spec instanceof NetworkSpec.PowerLaw s) return powerLaw(s, random);
    if (spec instanceof NetworkSpec.Sbm s) return sbm(s, random);
    throw new IllegalArgumentException(spec.type() + " networks are read from a file, not generated");
  }

  /** G(n, p) with p = meanDegree / (n - 1). */
  private static Graph erdosRenyi(NetworkSpec.ErdosRenyi s, MersenneTwisterFast random) {
    int n = s.nodes();
    double p = s.meanDegree() / (n - 1);
    GraphBuilder builder = new GraphBuilder(false, capacityFor(n * s.meanDegree() / 2));
    addRandomPairs(builder, 0, n, p, random);
    return builder.build(n, null);
  }

  /**
   * Ring lattice with k/2 neighbours on each side, then networkx's rewiring: each lattice edge
   * (u, u+j), for j = 1..k/2 and u = 0..n-1 in that order, with probability p becomes (u, w) for a
   * uniform w that is neither u nor already linked to u; u keeps the edge if it is linked to all.
   */
  private static Graph wattsStrogatz(NetworkSpec.WattsStrogatz s, MersenneTwisterFast random) {
    int n = s.nodes();
    int half = s.meanDegree() / 2;
    int[] head = new int[checkEdges((long) n * half)]; // edge e joins e % n and head[e]
    for (int e = 0; e < head.length; e++) head[e] = (e % n + e / n + 1) % n;
    if (s.rewiring() > 0) rewire(n, 2 * half, s.rewiring(), head, random);
    GraphBuilder builder = new GraphBuilder(false, head.length);
    for (int e = 0; e < head.length; e++) builder.add(e % n, head[e]);
    return builder.build(n, null);
  }

  private static void rewire(int n, int degree, double p, int[] head, MersenneTwisterFast random) {
    LongIntMap present = new LongIntMap(head.length);
    for (int e = 0; e < head.length; e++) present.putIfAbsent(pairKey(e % n, head[e], n), 0);
    int[] degrees = new int[n];
    Arrays.fill(degrees, degree);
    for (int e = 0; e < head.length; e++) {
      if (!(random.nextDouble() < p)) continue;
      int u = e % n;
      if (degrees[u] >= n - 1) continue;
      int w;
      do {
        w = random.nextInt(n);
      } while (w == u || present.get(pairKey(u, w, n)) != LongIntMap.MISSING);
      present.remove(pairKey(u, head[e], n));
      present.putIfAbsent(pairKey(u, w, n), 0);
      degrees[head[e]]--;
      degrees[w]++;
      head[e] = w;
    }
  }

  private static long pairKey(int a, int b, int n) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }

  /**
   * Preferential attachment with m = meanDegree / 2. Starts from a clique on m+1 nodes, so every node
   * ends with degree at least m; each later node links to m distinct earlier nodes drawn in
   * proportion to degree, as uniform draws from a list holding each node once per edge end
   * (networkx's repeated-nodes list). Exactly m(m+1)/2 + (n-m-1)m edges.
   */
  private static Graph barabasiAlbert(NetworkSpec.BarabasiAlbert s, MersenneTwisterFast random) {
    int n = s.nodes();
    int m = s.m();
    int edges = checkEdges((long) m * (m + 1) / 2 + (long) (n - m - 1) * m);
    GraphBuilder builder = new GraphBuilder(false, edges);
    int[] repeated = new int[2 * edges];
    int size = 0;
    for (int u = 1; u <= m; u++) {
      for (int v = 0; v < u; v++) {
        builder.add(u, v);
        repeated[size++] = u;
        repeated[size++] = v;
      }
    }
    int[] pickedBy = new int[n]; // pickedBy[t] == source: t is already a target of source
    for (int source = m + 1; source < n; source++) {
      int drawFrom = size; // the list as it was before this node's edges
      for (int chosen = 0; chosen < m; ) {
        int t = repeated[random.nextInt(drawFrom)];
        if (pickedBy[t] == source) continue;
        pickedBy[t] = source;
        chosen++;
        builder.add(source, t);
        repeated[size++] = t;
        repeated[size++] = source;
      }
    }
    return builder.build(n, null);
  }

  /**
   * Erased configuration model: degrees drawn i.i.d. from p_k proportional to k^-exponent on
   * [minDegree, maxDegree] by inverse CDF, stubs paired by a uniform shuffle, then self-loops and
   * repeated edges dropped. Dropping them trims a few degrees (mostly of hubs) to keep the graph simple.
   */
  private static Graph powerLaw(NetworkSpec.PowerLaw s, MersenneTwisterFast random) {
    int n = s.nodes();
    int min = s.minDegree();
    double[] cumulative = new double[s.maxDegree() - min + 1];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += Math.pow(min + i, -s.exponent());
      cumulative[i] = total;
    }
    int[] degrees = new int[n];
    long stubCount = 0;
    for (int u = 0; u < n; u++) {
      degrees[u] = min + draw(cumulative, random);
      stubCount += degrees[u];
    }
    if (stubCount % 2 != 0) {
      // Stubs pair up only if their count is even: redraw the last degree, or lower it when the
      // range holds a single (odd) degree.
      stubCount -= degrees[n - 1];
      if (cumulative.length == 1) {
        degrees[n - 1]--;
      } else {
        do {
          degrees[n - 1] = min + draw(cumulative, random);
        } while ((stubCount + degrees[n - 1]) % 2 != 0);
      }
      stubCount += degrees[n - 1];
    }
    int[] stubs = new int[2 * checkEdges(stubCount / 2)];
    for (int u = 0, i = 0; u < n; u++) {
      for (int d = 0; d < degrees[u]; d++) stubs[i++] = u;
    }
    for (int i = stubs.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = stubs[i];
      stubs[i] = stubs[j];
      stubs[j] = t;
    }
    GraphBuilder builder = new GraphBuilder(false, stubs.length / 2).dropSelfLoops().dropDuplicates();
    for (int i = 0; i < stubs.length; i += 2) builder.add(stubs[i], stubs[i + 1]);
    return builder.build(n, null);
  }

  /** Index i drawn with probability proportional to cumulative[i] - cumulative[i-1]. */
  private static int draw(double[] cumulative, MersenneTwisterFast random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Stochastic block model: each pair inside a block is an edge with pIn, across blocks with pOut. */
  private static Graph sbm(NetworkSpec.Sbm s, MersenneTwisterFast random) {
    List<Integer> sizes = s.blocks();
    int[] start = new int[sizes.size() + 1];
    double expected = 0;
    for (int a = 0; a < sizes.size(); a++) {
      start[a + 1] = start[a] + sizes.get(a);
      expected += sizes.get(a) * (sizes.get(a) - 1.0) / 2 * s.pIn() + sizes.get(a) * (double) start[a] * s.pOut();
    }
    GraphBuilder builder = new GraphBuilder(false, capacityFor(expected));
    for (int a = 0; a < sizes.size(); a++) {
      addRandomPairs(builder, start[a], sizes.get(a), s.pIn(), random);
      for (int c = a + 1; c < sizes.size(); c++) {
        addRandomCrossPairs(builder, start[a], sizes.get(a), start[c], sizes.get(c), s.pOut(), random);
      }
    }
    return builder.build(s.nodes(), null);
  }

  /**
   * Each pair of distinct nodes in [offset, offset + n) becomes an edge with probability p, by
   * Batagelj-Brandes geometric skipping over the pairs (v, w), w < v: O(n + edges).
   */
  private static void addRandomPairs(GraphBuilder builder, int offset, int n, double p, MersenneTwisterFast random) {
    if (p <= 0) return;
    double logQ = Math.log1p(-p);
    long w = -1;
    int v = 1;
    while (v < n) {
      w += 1 + gap(logQ, random);
      while (w >= v && v < n) {
        w -= v;
        v++;
      }
      if (v < n) builder.add(offset + v, offset + (int) w);
    }
  }

  /** Each pair (a, b), a in [aStart, aStart + na), b in [bStart, bStart + nb), is an edge with probability p. */
  private static void addRandomCrossPairs(
      GraphBuilder builder, int aStart, int na, int bStart, int nb, double p, MersenneTwisterFast random) {
    if (p <= 0) return;
    double logQ = Math.log1p(-p);
    long pairs = (long) na * nb;
    for (long i = gap(logQ, random); i < pairs; i += 1 + gap(logQ, random)) {
      builder.add(aStart + (int) (i / nb), bStart + (int) (i % nb));
    }
  }

  /** Failures before the next success in Bernoulli trials with log(1 - p) = logQ. */
  private static long gap(double logQ, MersenneTwisterFast random) {
    double g = Math.floor(Math.log(1 - random.nextDouble()) / logQ);
    return g < GAP_CAP ? (long) g : GAP_CAP;
  }

  /** Builder capacity for an expected edge count, with room for a few standard deviations. */
  private static int capacityFor(double expectedEdges) {
    return (int) Math.min(MAX_EDGES, expectedEdges + 5 * Math.sqrt(expectedEdges) + 16);
  }

  private static int checkEdges(long edges) {
    if (edges > MAX_EDGES) throw new IllegalArgumentException("network too large: " + edges + " edges");
    return (int) edges;
  }
}
