package org.viralsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV spelling of numbers is exactly the earlier one (BigDecimal's plain form of Double.toString). */
class PlainNumbersTest {
  /** How the tables wrote numbers before: the reference. */
  private static String reference(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return "";
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return BigDecimal.valueOf(d).toPlainString();
  }

  static IntStream seeds() { return IntStream.range(0, 200); }

  /** Each case: doubles of any bit pattern, of every decimal magnitude, whole ones near 10^15, and ratios of counts. */
  @ParameterizedTest
  @MethodSource("seeds")
  void spellsEveryDoubleAsBefore(int seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      for (double d : new double[] {
          Double.longBitsToDouble(random.nextLong()),
          (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-25, 25)),
          Math.rint(random.nextDouble() * 1e17) * (random.nextBoolean() ? 1 : 0.5),
          (double) random.nextInt(100_000) / (1 + random.nextInt(100_000)),
          random.nextInt(-1000, 1000) * Math.pow(10, random.nextInt(-8, 9))}) {
        assertThat(PlainNumbers.of(d)).as("%s (bits %x)", d, Double.doubleToRawLongBits(d)).isEqualTo(reference(d));
        int before = line.length();
        PlainNumbers.append(line.append("x,"), d);
        assertThat(line.substring(before + 2)).isEqualTo(reference(d));
      }
    }
  }

  @Test
  void edgeCases() {
    for (double d : new double[] {0.0, -0.0, 1e-3, 9.99e-4, 1e7, 1e7 + 0.5, 1e15, -1e15, 1e15 + 0.5, 1.0e-5, 1e-320,
        Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 2e22, 1e23, Math.ulp(1.0), Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, -123.456e-10}) {
      assertThat(PlainNumbers.of(d)).as("%s", d).isEqualTo(reference(d));
    }
    assertThat(PlainNumbers.of(1.0e-5)).isEqualTo("0.000010");
  }
}
