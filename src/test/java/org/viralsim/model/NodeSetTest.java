package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeSetTest {

  /** Universes from tiny (bitset almost at once) to large (hash table for a long time). */
  static Stream<Arguments> sequences() {
    MersenneTwisterFast random = new MersenneTwisterFast(8_675_309L);
    int[] universes = {1, 2, 7, 63, 64, 65, 100, 1000, 4096, 50_000, 1_000_000};
    return IntStream.range(0, 120).mapToObj(i -> {
      int universe = universes[i % universes.length];
      // Enough operations to fill a good part of small universes and to cross the bitset size.
      int ops = 1 + random.nextInt(Math.min(40_000, 3 * universe + 200));
      return Arguments.of(universe, ops, random.nextLong());
    });
  }

  @ParameterizedTest(name = "universe {0}, {1} ops, seed {2}")
  @MethodSource("sequences")
  void behavesLikeAHashSet(int universe, int ops, long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    NodeSet set = random.nextInt(4) == 0 ? NodeSet.bitset(universe) : new NodeSet(universe);
    Set<Integer> reference = new HashSet<>();
    // Draw from a sub-range some of the time so that repeats are frequent.
    int hot = Math.max(1, universe / 8);
    for (int op = 0; op < ops; op++) {
      int v = random.nextBoolean() ? random.nextInt(hot) : random.nextInt(universe);
      if (random.nextInt(3) == 0) {
        assertThat(set.contains(v)).as("contains(%d) after %d ops", v, op).isEqualTo(reference.contains(v));
      } else {
        assertThat(set.add(v)).as("add(%d) after %d ops", v, op).isEqualTo(reference.add(v));
      }
      assertThat(set.size()).isEqualTo(reference.size());
    }
    for (int v = 0; v < Math.min(universe, 200_000); v++) {
      assertThat(set.contains(v)).as("final contains(%d)", v).isEqualTo(reference.contains(v));
    }
  }

  @Test
  void fillingTheWholeUniverseKeepsEveryMember() {
    for (int universe : new int[] {1, 31, 64, 129, 10_000}) {
      NodeSet set = new NodeSet(universe);
      for (int v = universe - 1; v >= 0; v--) assertThat(set.add(v)).isTrue();
      assertThat(set.size()).isEqualTo(universe);
      for (int v = 0; v < universe; v++) {
        assertThat(set.contains(v)).isTrue();
        assertThat(set.add(v)).isFalse();
      }
      assertThat(set.size()).isEqualTo(universe);
    }
  }

  @Test
  void anEmptySetContainsNothing() {
    NodeSet set = new NodeSet(1000);
    assertThat(set.size()).isZero();
    for (int v = 0; v < 1000; v++) assertThat(set.contains(v)).isFalse();
  }

  @Test
  void idsThatCollideInTheHashAreKeptApart() {
    // Multiples of a large power of two share their low bits; the hash must still separate them.
    int universe = 1 << 30;
    NodeSet set = new NodeSet(universe);
    Set<Integer> reference = new HashSet<>();
    for (int k = 0; k < 1000; k++) {
      int v = k << 20;
      assertThat(set.add(v)).isEqualTo(reference.add(v));
    }
    for (int k = 0; k < 1000; k++) {
      assertThat(set.contains(k << 20)).isTrue();
      assertThat(set.contains((k << 20) + 1)).isFalse();
    }
    assertThat(set.size()).isEqualTo(1000);
  }
}
