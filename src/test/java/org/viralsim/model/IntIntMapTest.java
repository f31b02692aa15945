package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The per-item map of the threshold model agrees with a HashMap, as a table and once dense. */
class IntIntMapTest {
  @ParameterizedTest(name = "universe {0}, keys {1}")
  @CsvSource({"10, 10", "1000, 50", "1000, 1000", "100000, 3000", "100000, 30000"})
  void agreesWithAHashMap(int universe, int keys) {
    MersenneTwisterFast random = new MersenneTwisterFast(universe + keys);
    IntIntMap map = new IntIntMap(universe);
    Map<Integer, Integer> expected = new HashMap<>();
    for (int i = 0; i < 5 * keys; i++) {
      int key = random.nextInt(keys) * (universe / keys);
      switch (random.nextInt(3)) {
        case 0 -> assertThat(map.get(key)).isEqualTo(expected.getOrDefault(key, 0));
        case 1 -> {
          int value = random.nextInt(100);
          assertThat(map.put(key, value)).isEqualTo(expected.getOrDefault(key, 0));
          expected.put(key, value);
        }
        default -> assertThat(map.increment(key)).isEqualTo(expected.merge(key, 1, Integer::sum));
      }
    }
    for (int key = 0; key < universe; key++) assertThat(map.get(key)).isEqualTo(expected.getOrDefault(key, 0));
  }
}
