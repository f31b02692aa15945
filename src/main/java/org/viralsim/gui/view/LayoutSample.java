package org.viralsim.gui.view;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.viralsim.graph.Graph;

/**
 * The users drawn for a network too large to draw whole: those that must be shown, then the
 * best-followed, then random others: random followers of random users already picked (a uniform pick
 * when a few tries find no one new), so the picture keeps the network's links; uniform picks alone would
 * leave a large sparse network's sample with hardly a link, as isolated dots. Costs two passes over
 * the users and memory for one bit each.
 */
final class LayoutSample {
  /** Share of the sample given to the best-followed users. */
  private static final double HUB_SHARE = 0.1;
  /** Tries at a follower not yet picked before a uniform pick, which in a large network is usually unlinked. */
  private static final int FOLLOWER_ATTEMPTS = 8;

  private final Graph graph;
  private final BitSet picked;
  private final int[] users;
  private int count;

  private LayoutSample(Graph graph, int size) {
    this.graph = graph;
    this.picked = new BitSet(graph.nodeCount());
    this.users = new int[size];
  }

  /**
   * Ascending ids of a sample of size users (mustShow first; those past size are left out), for a graph
   * with more than size users.
   */
  static int[] pick(Graph graph, int[] mustShow, int size, SplittableRandom random) {
    LayoutSample sample = new LayoutSample(graph, size);
    for (int u : mustShow) if (sample.count < size) sample.add(u);
    sample.addBestFollowed(Math.min(size, sample.count + (int) (size * HUB_SHARE)));
    sample.addRandomOthers(random);
    int[] users = sample.users;
    Arrays.sort(users);
    return users;
  }

  private void add(int u) {
    if (!picked.get(u)) {
      picked.set(u);
      users[count++] = u;
    }
  }

  /** Adds the users with the most followers, ties by lower id, until there are target in all. */
  private void addBestFollowed(int target) {
    int n = graph.nodeCount();
    int maxDegree = 0;
    for (int u = 0; u < n; u++) maxDegree = Math.max(maxDegree, graph.outDegree(u));
    int[] usersWithDegree = new int[maxDegree + 1];
    for (int u = 0; u < n; u++) usersWithDegree[graph.outDegree(u)]++;
    // The lowest degree still needed: enough users have at least this many followers.
    int threshold = maxDegree;
    for (int atLeast = usersWithDegree[maxDegree]; threshold > 0 && atLeast < target; ) {
      atLeast += usersWithDegree[--threshold];
    }
    for (int u = 0; u < n && count < target; u++) if (graph.outDegree(u) > threshold) add(u);
    for (int u = 0; u < n && count < target; u++) if (graph.outDegree(u) == threshold) add(u);
  }

  /** Adds random followers of random users already picked; a uniform pick when a few tries find no one new. */
  private void addRandomOthers(SplittableRandom random) {
    int n = graph.nodeCount();
    while (count < users.length) {
      int before = count;
      for (int attempt = 0; attempt < FOLLOWER_ATTEMPTS && count == before; attempt++) {
        int u = users[random.nextInt(count)];
        if (graph.outDegree(u) > 0) add(graph.target(graph.start(u) + random.nextInt(graph.outDegree(u))));
      }
      if (count == before) add(random.nextInt(n));
    }
  }
}
