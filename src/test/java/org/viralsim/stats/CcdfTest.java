package org.viralsim.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CcdfTest {
  @Test
  void givesTheShareOfAllValuesAtOrAboveEachPositiveSize() {
    double[][] c = Ccdf.of(new long[] {2, 0, 1, 5, 1});
    assertThat(c[0]).containsExactly(1, 2, 5);
    assertThat(c[1]).containsExactly(0.8, 0.4, 0.2);
  }

  @Test
  void isEmptyWithoutPositiveValues() {
    assertThat(Ccdf.of(new long[] {0, 0})[0]).isEmpty();
    assertThat(Ccdf.of(new long[0])[1]).isEmpty();
  }
}
