package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IntListTest {

  static Stream<Long> seeds() {
    MersenneTwisterFast random = new MersenneTwisterFast(20_240_601L);
    return IntStream.range(0, 60).mapToObj(i -> random.nextLong());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void behavesLikeAnArrayList(long seed) {
    MersenneTwisterFast random = new MersenneTwisterFast(seed);
    IntList list = new IntList(random.nextInt(5)); // capacity 0 must work too
    List<Integer> reference = new ArrayList<>();
    int ops = 1 + random.nextInt(5000);
    for (int op = 0; op < ops; op++) {
      int kind = random.nextInt(100);
      if (kind == 0) {
        list.clear();
        reference.clear();
      } else if (kind < 10 && !reference.isEmpty()) {
        int i = random.nextInt(reference.size());
        assertThat(list.get(i)).isEqualTo(reference.get(i));
      } else {
        int v = random.nextInt();
        list.add(v);
        reference.add(v);
      }
      assertThat(list.size()).isEqualTo(reference.size());
    }
    int[] expected = reference.stream().mapToInt(Integer::intValue).toArray();
    assertThat(list.toArray()).containsExactly(expected);
    for (int i = 0; i < expected.length; i++) assertThat(list.get(i)).isEqualTo(expected[i]);
  }

  @Test
  void toArrayIsACopy() {
    IntList list = new IntList();
    list.add(1);
    list.add(2);
    int[] copy = list.toArray();
    copy[0] = 99;
    assertThat(list.get(0)).isEqualTo(1);
    list.add(3);
    assertThat(copy).hasSize(2);
  }

  @Test
  void clearThenAddStartsOver() {
    IntList list = new IntList(1);
    for (int i = 0; i < 100; i++) list.add(i);
    list.clear();
    assertThat(list.size()).isZero();
    assertThat(list.toArray()).isEmpty();
    list.add(-5);
    assertThat(list.toArray()).containsExactly(-5);
  }
}
