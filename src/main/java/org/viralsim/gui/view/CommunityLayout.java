package org.viralsim.gui.view;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Users of a stochastic block model by community: each block's drawn users in a disc of their own, laid
 * out force-directed inside it, with an area in proportion to their number; the discs on a circle when
 * there are few, else in rows, with space between them so the communities read as separate.
 */
final class CommunityLayout {
  /** Up to this many blocks sit on a circle; more go in rows, which waste less room. */
  private static final int MAX_ON_CIRCLE = 8;
  /** Free space between two discs, as a share of the largest disc's radius. */
  private static final double GAP = 0.5;

  private CommunityLayout() {}

  /**
   * @param graph  the drawn users' links; local node i is users[i]
   * @param users  ascending ids of the drawn users
   * @param blocks block sizes: block b holds the consecutive ids after those of blocks 0..b-1
   */
  static Points of(Subgraph graph, int[] users, List<Integer> blocks, SplittableRandom random) {
    int[] first = new int[blocks.size() + 1]; // local nodes of block b: first[b] .. first[b+1]-1
    int blockEnd = 0;
    for (int b = 0; b < blocks.size(); b++) {
      blockEnd += blocks.get(b);
      first[b + 1] = firstAtLeast(users, blockEnd);
    }
    int[] drawn = blocksWithUsers(first);
    double[] radius = new double[drawn.length];
    for (int k = 0; k < drawn.length; k++) radius[k] = Math.sqrt(first[drawn[k] + 1] - first[drawn[k]]);
    Points centres = drawn.length <= MAX_ON_CIRCLE ? onCircle(radius) : inRows(radius);
    Points points = Points.origin(users.length);
    for (int k = 0; k < drawn.length; k++) {
      int from = first[drawn[k]];
      int to = first[drawn[k] + 1];
      Points inside = ForceLayout.of(graph.induced(IntStream.range(from, to).toArray()), random);
      fitIntoDisc(inside, radius[k]);
      for (int i = from; i < to; i++) {
        points.x()[i] = centres.x()[k] + inside.x()[i - from];
        points.y()[i] = centres.y()[k] + inside.y()[i - from];
      }
    }
    return points;
  }

  /** The index of the first value at least value in an ascending array of distinct values. */
  private static int firstAtLeast(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    return i >= 0 ? i : -i - 1;
  }

  private static int[] blocksWithUsers(int[] first) {
    return IntStream.range(0, first.length - 1).filter(b -> first[b + 1] > first[b]).toArray();
  }

  /** Moves the points' centre to the origin and scales them so the farthest sits at radius. */
  private static void fitIntoDisc(Points p, double radius) {
    int n = p.size();
    double cx = Arrays.stream(p.x()).average().orElse(0);
    double cy = Arrays.stream(p.y()).average().orElse(0);
    double farthest = 0;
    for (int i = 0; i < n; i++) farthest = Math.max(farthest, Math.hypot(p.x()[i] - cx, p.y()[i] - cy));
    double scale = farthest > 0 ? radius / farthest : 0;
    for (int i = 0; i < n; i++) {
      p.x()[i] = (p.x()[i] - cx) * scale;
      p.y()[i] = (p.y()[i] - cy) * scale;
    }
  }

  /**
   * Centres on a circle, each disc given an arc in proportion to its size, the circle just wide enough
   * that neighbours on it keep the gap.
   */
  private static Points onCircle(double[] radius) {
    int k = radius.length;
    Points centres = Points.origin(k);
    if (k < 2) return centres;
    double gap = GAP * Arrays.stream(radius).max().orElse(0);
    double[] arc = new double[k];
    double total = 0;
    for (int b = 0; b < k; b++) total += radius[b] + gap / 2;
    for (int b = 0; b < k; b++) arc[b] = 2 * Math.PI * (radius[b] + gap / 2) / total;
    double circle = 0;
    for (int b = 0; b < k; b++) {
      int next = (b + 1) % k;
      double halfAngle = Math.min(Math.PI / 2, (arc[b] + arc[next]) / 4); // half the angle between centres
      circle = Math.max(circle, (radius[b] + radius[next] + gap) / (2 * Math.sin(halfAngle)));
    }
    double angle = 0;
    for (int b = 0; b < k; b++) {
      angle += arc[b] / 2;
      centres.x()[b] = circle * Math.cos(angle);
      centres.y()[b] = circle * Math.sin(angle);
      angle += arc[b] / 2;
    }
    return centres;
  }

  /** Centres in rows of square cells as wide as the largest disc and the gap, about as many rows as columns. */
  private static Points inRows(double[] radius) {
    int k = radius.length;
    double largest = Arrays.stream(radius).max().orElse(0);
    double cell = 2 * largest + GAP * largest;
    int columns = (int) Math.ceil(Math.sqrt(k));
    Points centres = Points.origin(k);
    for (int b = 0; b < k; b++) {
      centres.x()[b] = (b % columns) * cell;
      centres.y()[b] = (b / columns) * cell;
    }
    return centres;
  }
}
