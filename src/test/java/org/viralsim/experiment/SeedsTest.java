package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedsTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x632BE59BD9B4E019L})
  void replicationSeedsAreDeterministicAndDistinct(long base) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      long s = Seeds.replication(base, i);
      assertThat(Seeds.replication(base, i)).isEqualTo(s);
      assertThat(seen.add(s)).as("seed of replication %d repeats an earlier one", i).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 12345})
  void nearbyBasesGiveUnrelatedSeeds(long base) {
    // Base seeds b and b + 1 must not give shifted copies of each other's sequences.
    Set<Long> first = new HashSet<>();
    for (int i = 0; i < 1000; i++) first.add(Seeds.replication(base, i));
    for (int i = 0; i < 1000; i++) assertThat(first).doesNotContain(Seeds.replication(base + 1, i));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 1000})
  void seedsUseAllSixtyFourBits(int i) {
    // Over many bases, each bit of the seed is set about half of the time.
    int[] ones = new int[64];
    int bases = 4000;
    for (long b = 0; b < bases; b++) {
      long s = Seeds.replication(b, i);
      for (int bit = 0; bit < 64; bit++) if ((s >>> bit & 1) != 0) ones[bit]++;
    }
    double se = Math.sqrt(0.25 / bases);
    for (int bit = 0; bit < 64; bit++) {
      assertThat(ones[bit] / (double) bases).as("bit %d", bit).isBetween(0.5 - 4 * se, 0.5 + 4 * se);
    }
  }
}
