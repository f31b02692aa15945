package org.viralsim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The built-in validation suite: the diffusion core against percolation theory, the feed model
 * against the independent cascade it reduces to without limits on attention, the threshold model
 * against Watts' theory of global cascades, tree and inequality measures against closed forms,
 * generators against their degree statistics.
 */
public final class ValidationSuite {
  private ValidationSuite() {}

  /** Runs every case and hands each check to {@code sink} as soon as it is known. */
  public static List<Check> run(long seed, Consumer<Check> sink) {
    List<Check> all = new ArrayList<>();
    Consumer<List<Check>> add = checks -> checks.forEach(c -> {
      all.add(c);
      sink.accept(c);
    });
    add.accept(ExactCases.structuralVirality());
    add.accept(ExactCases.gini(seed));
    add.accept(ExactCases.generators(seed + 1));
    add.accept(PercolationCases.erdosRenyi(seed + 2, 50_000, 10, 200));
    add.accept(PercolationCases.susceptibilityGroups(seed + 4, 50_000, 10, 200));
    add.accept(PercolationCases.configurationModel(seed + 3, 50_000, 10, 200));
    add.accept(ThresholdCases.erdosRenyi(seed + 5, 10_000, 30, 80));
    // Whole runs of the model cost more than bare cascades: smaller graphs keep these to seconds.
    add.accept(FeedCases.percolation(seed + 6, 20_000, 10, 200));
    add.accept(FeedCases.againstCascade(seed + 7, 20_000, 10, 200));
    return all;
  }
}
