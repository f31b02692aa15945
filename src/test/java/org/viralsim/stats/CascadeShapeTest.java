package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The measures of one tree, on trees whose values are known by hand. */
class CascadeShapeTest {
  @Test
  void starOfFiveLeaves() {
    // Root 0 and leaves 1..5: every leaf at distance 1 from the root, 2 from the others.
    CascadeShape s = CascadeShape.of(new int[] {-1, 0, 0, 0, 0, 0}, new double[] {0, 5, 1, 4, 2, 3});
    assertThat(s.size()).isEqualTo(6);
    assertThat(s.depth()).isEqualTo(1);
    assertThat(s.maxBreadth()).isEqualTo(5);
    // 5 pairs at distance 1, 10 at distance 2, over 15 pairs.
    assertThat(s.structuralVirality()).isCloseTo(25.0 / 15, within(1e-12));
    // Three of six nodes: the root at 0, then times 1 and 2.
    assertThat(s.timeToHalf()).isEqualTo(2);
  }

  @Test
  void chainOfFour() {
    CascadeShape s = CascadeShape.of(new int[] {-1, 0, 1, 2}, new double[] {10, 11, 13, 20});
    assertThat(s.depth()).isEqualTo(3);
    assertThat(s.maxBreadth()).isEqualTo(1);
    // Distances 1,1,1,2,2,3 over 6 pairs.
    assertThat(s.structuralVirality()).isCloseTo(10.0 / 6, within(1e-12));
    // Two of four nodes: the second, 1 after the root.
    assertThat(s.timeToHalf()).isEqualTo(1);
  }

  @Test
  void aLoneRootHasNoPairsAndNoTimesGiveNoTime() {
    CascadeShape s = CascadeShape.of(new int[] {-1}, null);
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.depth()).isZero();
    assertThat(s.structuralVirality()).isNaN();
    assertThat(s.timeToHalf()).isNaN();
  }

  @Test
  void summaryGivesMediansAndOnlyTheSizeBinsThatHoldCascades() {
    CascadeShape small = CascadeShape.of(new int[] {-1, 0}, null);
    CascadeShape star20 = CascadeShape.of(star(20), null);
    CascadeShape star30 = CascadeShape.of(star(30), null);
    CascadeSummary s = CascadeSummary.of(List.of(small, star20, star30));
    assertThat(s.cascades()).isEqualTo(3);
    assertThat(s.medianSize()).isEqualTo(20);
    assertThat(s.meanSize()).isCloseTo(52.0 / 3, within(1e-12));
    assertThat(s.maxSize()).isEqualTo(30);
    assertThat(s.byScale()).extracting(CascadeSummary.Scale::from).containsExactly(2, 20);
    // A star of n nodes has structural virality 2 (n - 1) / n: the median of two is their mean.
    assertThat(s.byScale().get(1).medianStructuralVirality())
        .isCloseTo((2.0 * 19 / 20 + 2.0 * 29 / 30) / 2, within(1e-12));
    assertThat(s.byScale().get(1).to()).isEqualTo(99);
  }

  private static int[] star(int n) {
    int[] parent = new int[n];
    parent[0] = -1;
    return parent;
  }
}
