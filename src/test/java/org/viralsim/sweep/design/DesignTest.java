package org.viralsim.sweep.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DesignTest {
  private static final Parameter PROBABILITY = new Parameter.Interval("diffusion.probability", 0.01, 0.2, false, Scale.LOG);
  private static final Parameter SEEDS = new Parameter.Interval("campaigns.seeding.count", 1, 50, true, Scale.LINEAR);
  private static final Parameter STRATEGY = new Parameter.Values("campaigns.seeding.strategy", List.of("random", "hubs"));
  private static final List<Parameter> SAMPLED = List.of(PROBABILITY, SEEDS, STRATEGY);

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).map(i -> 104_729 * i + 1).boxed();
  }

  @Test
  void gridRunsThroughEveryCombinationWithTheLastParameterFastest() {
    List<Point> points = Design.grid(List.of(
        new Parameter.Values("a", List.of("x", "y")),
        new Parameter.Range("b", 1, 3, 3, Scale.LINEAR)));
    List<String> seen = new ArrayList<>();
    for (Point p : points) seen.add(p.index() + ":" + p.values().get("a") + p.values().get("b"));
    assertThat(seen).containsExactly("0:x1.0", "1:x2.0", "2:x3.0", "3:y1.0", "4:y2.0", "5:y3.0");
    assertThat(points.get(0).values().keySet()).containsExactly("a", "b");
  }

  @Test
  void gridSizeIsTheProductOfTheParameterSizes() {
    List<Parameter> parameters = List.of(
        new Parameter.Range("a", 0, 1, 4, Scale.LINEAR),
        new Parameter.Values("b", List.of(true, false)),
        new Parameter.Range("c", 1, 100, 5, Scale.LOG),
        new Parameter.Values("d", List.of(1L)));
    List<Point> points = Design.grid(parameters);
    assertThat(points).hasSize(4 * 2 * 5);
    assertThat(points.stream().map(p -> p.values().toString()).distinct()).hasSize(40);
    for (int i = 0; i < points.size(); i++) assertThat(points.get(i).index()).isEqualTo(i);
  }

  @Test
  void gridRejectsIntervalsAndHugeProducts() {
    assertThatThrownBy(() -> Design.grid(List.of(STRATEGY, PROBABILITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("diffusion.probability: an interval has no grid values");
    Parameter big = new Parameter.Range("a", 0, 1, 1001, Scale.LINEAR);
    assertThatThrownBy(() -> Design.grid(List.of(big, new Parameter.Range("b", 0, 1, 1000, Scale.LINEAR))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1000000 points");
  }

  @Test
  void samplingDesignsHaveOnePointPerSampleInParameterOrder() {
    for (List<Point> points : List.of(Design.random(SAMPLED, 37, 1), Design.lhs(SAMPLED, 37, 1), Design.sobol(SAMPLED, 37))) {
      assertThat(points).hasSize(37);
      for (int i = 0; i < points.size(); i++) {
        assertThat(points.get(i).index()).isEqualTo(i);
        assertThat(points.get(i).values().keySet())
            .containsExactly("diffusion.probability", "campaigns.seeding.count", "campaigns.seeding.strategy");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sampledValuesStayWithinTheirEnds(long seed) {
    int samples = 1 + Math.floorMod(seed, 97);
    for (List<Point> points : List.of(Design.random(SAMPLED, samples, seed), Design.lhs(SAMPLED, samples, seed),
        Design.sobol(SAMPLED, samples))) {
      for (Point p : points) {
        assertThat((double) p.values().get("diffusion.probability")).isBetween(0.01, 0.2);
        assertThat(p.values().get("campaigns.seeding.count")).isInstanceOf(Long.class);
        assertThat((long) p.values().get("campaigns.seeding.count")).isBetween(1L, 50L);
        assertThat(p.values().get("campaigns.seeding.strategy")).isIn("random", "hubs");
      }
    }
  }

  @Test
  void aLatinHypercubeAsLargeAsAnIntegerRangeTakesEveryNumberOnce() {
    List<Long> counts = new ArrayList<>();
    for (Point p : Design.lhs(SAMPLED, 50, 8)) counts.add((Long) p.values().get("campaigns.seeding.count"));
    assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
  }

  @Test
  void onALogScaleEqualRatiosGetEqualShares() {
    // A Latin hypercube puts one point in each of n strata of log(x): spacing is geometric.
    int n = 40;
    boolean[] hit = new boolean[n];
    for (Point p : Design.lhs(List.of(PROBABILITY), n, 3)) {
      double x = (double) p.values().get("diffusion.probability");
      hit[(int) Math.floor(n * Math.log(x / 0.01) / Math.log(0.2 / 0.01))] = true;
    }
    assertThat(hit).containsOnly(true);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void latinHypercubeHoldsOnePointInEachStratumOfEveryDimension(long seed) {
    Well19937c random = new Well19937c(seed);
    int n = 1 + random.nextInt(200);
    int d = 1 + random.nextInt(12);
    double[][] rows = UnitSamples.latinHypercube(n, d, seed);
    assertThat(rows).hasNumberOfRows(n);
    for (int j = 0; j < d; j++) {
      int[] count = new int[n];
      for (double[] row : rows) {
        assertThat(row[j]).isGreaterThanOrEqualTo(0).isLessThan(1);
        count[(int) Math.floor(row[j] * n)]++;
      }
      assertThat(count).as("n = %d, dimension %d of %d", n, j, d).containsOnly(1);
    }
  }

  @Test
  void randomCoordinatesAreTheSeededStreamRowByRow() {
    double[][] rows = UnitSamples.random(5, 3, 77);
    Well19937c random = new Well19937c(77L);
    for (double[] row : rows) for (double u : row) assertThat(u).isEqualTo(random.nextDouble());
  }

  @Test
  void sameSeedSamePointsOtherSeedOtherPoints() {
    assertThat(values(Design.random(SAMPLED, 20, 5))).isEqualTo(values(Design.random(SAMPLED, 20, 5)));
    assertThat(values(Design.lhs(SAMPLED, 20, 5))).isEqualTo(values(Design.lhs(SAMPLED, 20, 5)));
    assertThat(values(Design.random(SAMPLED, 20, 5))).isNotEqualTo(values(Design.random(SAMPLED, 20, 6)));
    assertThat(values(Design.lhs(SAMPLED, 20, 5))).isNotEqualTo(values(Design.lhs(SAMPLED, 20, 6)));
    assertThat(values(Design.lhs(SAMPLED, 20, 5))).isNotEqualTo(values(Design.random(SAMPLED, 20, 5)));
    assertThat(values(Design.sobol(SAMPLED, 20))).isEqualTo(values(Design.sobol(SAMPLED, 20)));
  }

  @Test
  void sobolPointsAreCommonsMathsSequenceAfterItsAllZerosStart() {
    SobolSequenceGenerator sequence = new SobolSequenceGenerator(3);
    assertThat(sequence.nextVector()).containsOnly(0.0);
    double[][] rows = UnitSamples.sobol(64, 3);
    assertThat(rows[0]).containsOnly(0.5);
    List<Point> points = Design.sobol(SAMPLED, 64);
    for (int i = 0; i < 64; i++) {
      double[] expected = sequence.nextVector();
      assertThat(rows[i]).containsExactly(expected);
      LinkedHashMap<String, Object> values = new LinkedHashMap<>();
      for (int j = 0; j < 3; j++) values.put(SAMPLED.get(j).key(), SAMPLED.get(j).at(expected[j]));
      assertThat(points.get(i).values()).isEqualTo(values);
    }
  }

  @Test
  void pointsAtGivenUnitCoordinates() {
    List<Point> points = Design.at(List.of(STRATEGY, SEEDS), new double[][] {{0, 0}, {0.5, 1}});
    assertThat(points.get(0).values()).containsEntry("campaigns.seeding.strategy", "random").containsEntry("campaigns.seeding.count", 1L);
    assertThat(points.get(1).values()).containsEntry("campaigns.seeding.strategy", "hubs").containsEntry("campaigns.seeding.count", 50L);
    assertThatThrownBy(() -> Design.at(List.of(STRATEGY), new double[][] {{0, 0}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0 has 2 coordinates for 1 parameters");
  }

  @Test
  void rejectsBadDesigns() {
    assertThatThrownBy(() -> Design.random(List.of(), 5, 1)).hasMessageContaining("at least one parameter");
    assertThatThrownBy(() -> Design.lhs(List.of(STRATEGY, STRATEGY), 5, 1)).hasMessageContaining("campaigns.seeding.strategy is varied twice");
    assertThatThrownBy(() -> Design.sobol(SAMPLED, 0)).hasMessageContaining("samples must be in [1, 1000000]");
    assertThatThrownBy(() -> UnitSamples.sobol(1, 1001)).hasMessageContaining("at most 1000");
  }

  private static List<String> values(List<Point> points) {
    return points.stream().map(p -> p.values().toString()).toList();
  }
}
