package org.viralsim.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.InvalidValueException;

class ParameterTest {

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).map(i -> 7919 * i + 13).boxed();
  }

  @Test
  void listMapsEachValueToAnEqualShareOfTheUnitInterval() {
    Parameter p = new Parameter.Values("campaigns.seeding.strategy", List.of("random", "hubs", "creators", 4L));
    assertThat(p.at(0)).isEqualTo("random");
    assertThat(p.at(0.2499)).isEqualTo("random");
    assertThat(p.at(0.25)).isEqualTo("hubs");
    assertThat(p.at(0.7)).isEqualTo("creators");
    assertThat(p.at(Math.nextDown(1.0))).isEqualTo(4L);
    assertThat(p.at(1)).isEqualTo(4L);
    assertThat(p.grid()).containsExactly("random", "hubs", "creators", 4L);
  }

  @Test
  void linearRangeIncludesBothEndsEvenlySpaced() {
    Parameter p = new Parameter.Range("diffusion.probability", 0.01, 0.05, 5, Scale.LINEAR);
    List<Object> grid = p.grid();
    assertThat(grid).hasSize(5).first().isEqualTo(0.01);
    assertThat(grid.get(4)).isEqualTo(0.05);
    for (int i = 0; i < 5; i++) assertThat((double) grid.get(i)).isCloseTo(0.01 + 0.01 * i, within(1e-15));
    assertThat(p.at(0.39)).isEqualTo(grid.get(1));
    assertThat(p.at(1)).isEqualTo(0.05);
  }

  @Test
  void logRangeIsGeometric() {
    Parameter p = new Parameter.Range("network.nodes", 100, 1e6, 9, Scale.LOG);
    List<Object> grid = p.grid();
    assertThat(grid).hasSize(9).first().isEqualTo(100.0);
    assertThat(grid.get(8)).isEqualTo(1e6);
    double ratio = Math.pow(1e4, 1.0 / 8);
    for (int i = 1; i < 9; i++) {
      assertThat((double) grid.get(i) / (double) grid.get(i - 1)).as("ratio %d", i).isCloseTo(ratio, within(1e-12));
    }
  }

  @Test
  void logIntervalSpreadsEqualRatiosOverEqualShares() {
    Parameter p = new Parameter.Interval("activity.rate", 0.001, 10, false, Scale.LOG);
    assertThat(p.at(0)).isEqualTo(0.001);
    assertThat((double) p.at(0.25)).isCloseTo(0.01, within(1e-15));
    assertThat((double) p.at(0.5)).isCloseTo(0.1, within(1e-15));
    assertThat((double) p.at(0.75)).isCloseTo(1, within(1e-14));
    assertThat(p.at(1)).isEqualTo(10.0);
  }

  @Test
  void linearIntervalIsAffine() {
    Parameter p = new Parameter.Interval("x", -2, 6, false, Scale.LINEAR);
    assertThat(p.at(0)).isEqualTo(-2.0);
    assertThat(p.at(0.25)).isEqualTo(0.0);
    assertThat(p.at(1)).isEqualTo(6.0);
  }

  @Test
  void integerIntervalGivesEachWholeNumberAnEqualShare() {
    Parameter p = new Parameter.Interval("seeding.count", 3, 7, true, Scale.LINEAR);
    // Five numbers: u in [k/5, (k+1)/5) gives 3 + k.
    for (int k = 0; k < 5; k++) {
      assertThat(p.at(k / 5.0 + 1e-9)).isEqualTo(3L + k);
      assertThat(p.at((k + 1) / 5.0 - 1e-9)).isEqualTo(3L + k);
    }
    assertThat(p.at(1)).isEqualTo(7L);
  }

  @Test
  void integerIntervalIsUniformOverManyDraws() {
    Parameter p = new Parameter.Interval("k", -1, 2, true, Scale.LINEAR);
    Well19937c random = new Well19937c(99L);
    int draws = 40_000;
    int[] counts = new int[4];
    for (int i = 0; i < draws; i++) counts[(int) (long) (Long) p.at(random.nextDouble()) + 1]++;
    // Binomial sd of a count: sqrt(draws / 4 * 3 / 4) = 86.6; allow 4 of them.
    for (int c : counts) assertThat((double) c).isCloseTo(draws / 4.0, within(4 * 86.6));
  }

  @Test
  void logIntegerIntervalFloorsALogUniformOnePastTheEnd() {
    Parameter p = new Parameter.Interval("network.nodes", 1, 999, true, Scale.LOG);
    assertThat(p.at(0)).isEqualTo(1L);
    // Between 1 and 999 + 1 = 1000 on a log scale: u = 1/3 is where 10 starts.
    assertThat(p.at(1.0 / 3 - 1e-9)).isEqualTo(9L);
    assertThat(p.at(1.0 / 3 + 1e-9)).isEqualTo(10L);
    assertThat(p.at(0.5)).isEqualTo(31L);     // sqrt(1000) = 31.6
    assertThat(p.at(1)).isEqualTo(999L);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyValueStaysWithinItsEnds(long seed) {
    Well19937c random = new Well19937c(seed);
    Scale scale = random.nextBoolean() ? Scale.LOG : Scale.LINEAR;
    boolean integer = random.nextBoolean();
    double from = integer ? 1 + random.nextInt(1000) : Math.exp(20 * random.nextDouble() - 10);
    double to = integer ? from + 1 + random.nextInt(1000) : from * (1 + 1000 * random.nextDouble());
    Parameter interval = new Parameter.Interval("p", from, to, integer, scale);
    Parameter range = new Parameter.Range("p", from, to, 2 + random.nextInt(20), scale);
    List<Double> us = new ArrayList<>(List.of(0.0, Math.nextDown(1.0), 1.0));
    for (int i = 0; i < 200; i++) us.add(random.nextDouble());
    for (double u : us) {
      for (Parameter p : List.of(interval, range)) {
        double x = ((Number) p.at(u)).doubleValue();
        assertThat(x).as("%s at %s", p, u).isBetween(from, to);
      }
      if (integer) assertThat(interval.at(u)).isInstanceOf(Long.class);
    }
  }

  @Test
  void integerIntervalReachesEveryWholeNumber() {
    Parameter p = new Parameter.Interval("k", 10, 19, true, Scale.LOG);
    boolean[] seen = new boolean[10];
    Well19937c random = new Well19937c(5L);
    for (int i = 0; i < 2000; i++) seen[(int) ((long) (Long) p.at(random.nextDouble()) - 10)] = true;
    assertThat(seen).containsOnly(true);
  }

  @Test
  void invalidFieldsAreNamed() {
    assertField(() -> new Parameter.Values(" ", List.of(1)), "key");
    assertField(() -> new Parameter.Values("a", List.of()), "values");
    assertField(() -> new Parameter.Values("a", Arrays.asList(1, null)), "values");
    assertField(() -> new Parameter.Values("a", List.of(List.of(1))), "values");
    assertField(() -> new Parameter.Values("a", List.of(Double.NaN)), "values");
    assertField(() -> new Parameter.Range("a", 0, 1, 1, Scale.LINEAR), "steps");
    assertField(() -> new Parameter.Range("a", 0, 1, 3, Scale.LOG), "from");
    assertField(() -> new Parameter.Range("a", 1, 1, 3, Scale.LINEAR), "to");
    assertField(() -> new Parameter.Range("a", 0, Double.POSITIVE_INFINITY, 3, Scale.LINEAR), "to");
    assertField(() -> new Parameter.Range("a", 0, 1, 3, null), "scale");
    assertField(() -> new Parameter.Interval("a", -1, 1, false, Scale.LOG), "from");
    assertField(() -> new Parameter.Interval("a", 2, 1, false, Scale.LINEAR), "to");
    assertField(() -> new Parameter.Interval("a", 0.5, 3, true, Scale.LINEAR), "from");
    assertField(() -> new Parameter.Interval("a", 0, 3.5, true, Scale.LINEAR), "to");
    assertThatThrownBy(() -> new Parameter.Interval("a", 0, 1, false, Scale.LINEAR).at(1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]");
  }

  @Test
  void intervalHasNoGrid() {
    assertThatThrownBy(() -> new Parameter.Interval("diffusion.probability", 0, 1, false, Scale.LINEAR).grid())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("diffusion.probability").hasMessageContaining("interval has no grid values");
  }

  private static void assertField(Runnable make, String field) {
    assertThatThrownBy(make::run).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo(field));
  }
}
