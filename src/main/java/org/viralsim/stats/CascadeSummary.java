package org.viralsim.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a set of cascade trees looks like at a glance: how many, how large, and how broadcast-like
 * (low structural virality) or chain-like (high) they are at each scale of size.
 *
 * @param byScale the size bins that hold cascades, smallest first
 */
public record CascadeSummary(int cascades, double medianSize, double meanSize, int maxSize, List<Scale> byScale) {
  /** Lower ends of the size bins: structural virality grows with size, so it is compared within a bin. */
  static final int[] BIN_STARTS = {2, 20, 100, 1_000, 10_000};

  /**
   * The cascades of sizes {@code from} to {@code to} (inclusive; Integer.MAX_VALUE for the open last bin).
   *
   * @param medianStructuralVirality the median over those cascades
   */
  public record Scale(int from, int to, int cascades, double medianStructuralVirality) {}

  public static CascadeSummary of(List<CascadeShape> shapes) {
    if (shapes.isEmpty()) throw new IllegalArgumentException("no cascades to summarise");
    double[] sizes = shapes.stream().mapToDouble(CascadeShape::size).toArray();
    List<Scale> scales = new ArrayList<>();
    for (int b = 0; b < BIN_STARTS.length; b++) {
      int from = BIN_STARTS[b];
      int to = b + 1 < BIN_STARTS.length ? BIN_STARTS[b + 1] - 1 : Integer.MAX_VALUE;
      double[] virality = shapes.stream().filter(s -> s.size() >= from && s.size() <= to)
          .mapToDouble(CascadeShape::structuralVirality).toArray();
      if (virality.length > 0) scales.add(new Scale(from, to, virality.length, median(virality)));
    }
    return new CascadeSummary(shapes.size(), median(sizes), Arrays.stream(sizes).average().orElseThrow(),
        shapes.stream().mapToInt(CascadeShape::size).max().orElseThrow(), List.copyOf(scales));
  }

  /** The middle value, or the mean of the two middle ones. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
