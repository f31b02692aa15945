package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TailQuantilesTest {
  static IntStream seeds() { return IntStream.range(0, 300); }

  /** Each case: up to 3,000 values (ties, NaN, few or many), added in any order, against all values kept. */
  @ParameterizedTest
  @MethodSource("seeds")
  void givesTheQuantilesOfAllValues(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int capacity = 1 + random.nextInt(seed % 3 == 0 ? 10 : 3000);
    int count = 1 + random.nextInt(capacity);
    double p = new double[] {0.025, 0.05, 0.1, 0.5, 0.01}[random.nextInt(5)];
    int distinct = 1 + random.nextInt(50);
    double[] values = new double[count];
    TailQuantiles tails = new TailQuantiles(p, capacity);
    for (int i = 0; i < count; i++) {
      values[i] = random.nextInt(10) == 0 ? Double.NaN
          : random.nextBoolean() ? random.nextInt(distinct) : random.nextGaussian() * 1000;
      tails.add(values[i]);
    }
    assertThat(bits(tails.low())).as("low").isEqualTo(bits(Estimates.quantile(values, p)));
    assertThat(bits(tails.high())).as("high").isEqualTo(bits(Estimates.quantile(values, 1 - p)));
  }

  /** Exactly the same number, NaN included. */
  private static long bits(double v) {
    return Double.doubleToLongBits(v);
  }

  @Test
  void nothingFiniteGivesNaN() {
    TailQuantiles tails = new TailQuantiles(0.025, 5);
    tails.add(Double.NaN);
    assertThat(tails.low()).isNaN();
    assertThat(tails.high()).isNaN();
  }

  @Test
  void keepsAFewValuesOfMany() {
    TailQuantiles tails = new TailQuantiles(0.025, 100_000);
    for (int i = 0; i < 100_000; i++) tails.add(i);
    assertThat(tails.low()).isEqualTo(Estimates.quantile(IntStream.range(0, 100_000).asDoubleStream().toArray(), 0.025));
    assertThatThrownBy(() -> new TailQuantiles(0.6, 10)).hasMessageContaining("p must be in (0, 0.5]");
  }
}
