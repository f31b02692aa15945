package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Counts of values stand for the values: the same CCDF, Gini and Lorenz curve. */
class CountsTest {
  static IntStream seeds() { return IntStream.range(0, 200); }

  @ParameterizedTest
  @MethodSource("seeds")
  void countsGiveWhatTheValuesGive(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] values = new long[random.nextInt(1, 2000)];
    Counts counts = new Counts();
    Counts halves = new Counts();
    int largest = 1 + random.nextInt(seed % 2 == 0 ? 5 : 5000);
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(largest);
      counts.add(values[i]);
      if (i % 2 == 0) halves.add(values[i]);
    }
    long[] byValue = counts.toArray();
    assertThat(Ccdf.ofCounts(byValue)).isDeepEqualTo(Ccdf.of(values));
    assertThat(Inequality.giniOfHistogram(byValue)).isEqualTo(Inequality.gini(values));

    Counts merged = new Counts();
    merged.addAll(halves.toArray());
    for (int i = 1; i < values.length; i += 2) merged.add(values[i]);
    assertThat(merged.toArray()).isEqualTo(byValue);
  }

  @Test
  void noValuesNoCurve() {
    assertThat(Ccdf.ofCounts(new Counts().toArray())).isDeepEqualTo(new double[][] {{}, {}});
    assertThat(Ccdf.ofCounts(new long[] {3})).isDeepEqualTo(Ccdf.of(new long[] {0, 0, 0}));
    assertThatThrownBy(() -> new Counts().add(-1)).hasMessageContaining("value out of range: -1");
  }
}
