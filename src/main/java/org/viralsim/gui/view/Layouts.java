package org.viralsim.gui.view;

import java.util.BitSet;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.Graph;

/** Chooses and computes the layout a network is drawn with. */
public final class Layouts {
  /** Force-directed for up to this many users. */
  public static final int FORCE_LIMIT = 5_000;
  /** Users drawn from a larger network (more when more must be shown, up to FORCE_LIMIT). */
  public static final int SAMPLE_SIZE = FORCE_LIMIT / 2;

  private Layouts() {}

  /**
   * Chooses the layout: by community for stochastic block models (spec instanceof NetworkSpec.Sbm: users
   * of block b are the consecutive ids start[b] .. start[b]+blocks.get(b)-1), force-directed for up to
   * FORCE_LIMIT users, and for larger networks a force-directed (or by community) layout of a sample of
   * SAMPLE_SIZE users (always including mustShow, the best-followed users, and random others), with a
   * note. Deterministic: same inputs, same positions.
   *
   * @param spec     how the network was made, or null when not known (then force-directed)
   * @param mustShow users to draw even in a sample, or null; the note calls them the campaign's seeds. In
   *                 a sample, those past FORCE_LIMIT distinct users are left out
   * @throws IllegalArgumentException when a user in mustShow is not in the graph, or the blocks of an
   *                                  Sbm spec do not add up to the graph's users
   */
  public static Layout of(Graph graph, NetworkSpec spec, long seed, int[] mustShow) {
    int n = graph.nodeCount();
    int[] shown = mustShow == null ? new int[0] : mustShow;
    for (int u : shown) {
      if (u < 0 || u >= n) throw new IllegalArgumentException("user " + u + " to show is not among the " + n + " users");
    }
    if (spec instanceof NetworkSpec.Sbm sbm && sbm.nodes() != n) {
      throw new IllegalArgumentException("the blocks hold " + sbm.nodes() + " users but the graph has " + n);
    }
    SplittableRandom random = new SplittableRandom(seed);
    boolean sample = n > FORCE_LIMIT;
    int[] users = sample
        ? LayoutSample.pick(graph, shown, sampleSize(shown), random.split())
        : IntStream.range(0, n).toArray();
    Subgraph drawn = Subgraph.induced(graph, users);
    Points points = spec instanceof NetworkSpec.Sbm sbm
        ? CommunityLayout.of(drawn, users, sbm.blocks(), random)
        : ForceLayout.of(drawn, random);
    Points fitted = points.fittedToUnitSquare();
    return new Layout(users, fitted.x(), fitted.y(), n, sample ? note(users.length, n, shown.length > 0) : null);
  }

  private static int sampleSize(int[] mustShow) {
    BitSet distinct = new BitSet();
    for (int u : mustShow) distinct.set(u);
    return Math.min(FORCE_LIMIT, Math.max(SAMPLE_SIZE, distinct.cardinality()));
  }

  private static String note(int drawn, int total, boolean withMustShow) {
    return String.format(Locale.ROOT, "Showing a sample of %,d of the %,d users: %s random others.", drawn, total,
        withMustShow ? "the best-followed, the campaign's seeds and" : "the best-followed and");
  }
}
