package org.viralsim.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
    MersenneTwisterFast random = new MersenneTwisterFast(7);
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      long key = random.nextInt(5000) * 1_000_003L; // colliding-ish keys across a wide range
      int op = random.nextInt(3);
      if (op == 0) {
        int value = random.nextInt(1000);
        Integer old = expected.putIfAbsent(key, value);
        assertThat(map.putIfAbsent(key, value)).isEqualTo(old == null ? LongIntMap.MISSING : old);
      } else if (op == 1) {
        assertThat(map.remove(key)).isEqualTo(expected.remove(key) != null);
      } else {
        assertThat(map.get(key)).isEqualTo(expected.getOrDefault(key, LongIntMap.MISSING));
      }
      assertThat(map.size()).isEqualTo(expected.size());
    }
    expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
  }
}
