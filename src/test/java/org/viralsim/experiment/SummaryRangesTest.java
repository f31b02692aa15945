package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.observe.RunMetrics.Range;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;

/** The interval of every metric in summary.json lies in the metric's range and holds its mean. */
class SummaryRangesTest {
  private static final String[] ROLES = {"creator", "contributor", "lurker"};
  private static final List<String> METRICS = RunMetrics.names(ROLES, List.of("acme-launch", "zenit.launch"));

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 1_000_003L * i + 17);
  }

  @Test
  void everyMetricHasItsRange() {
    for (String name : METRICS) assertThat(RunMetrics.range(name)).as(name).isNotEqualTo(Range.ANY);
    assertThat(RunMetrics.range(RunMetrics.VIRAL)).isEqualTo(Range.ZERO_OR_ONE);
    for (String share : List.of("reach_fraction", "share_of_voice", "share_of_actions_lurker", "gini_contributions",
        "zenit.launch.share_of_voice")) {
      assertThat(RunMetrics.range(share)).as(share).isEqualTo(Range.SHARE);
    }
    for (String count : List.of("reach", "impressions", "conversions", "churned", "complaints", "acme-launch.reach",
        "zenit.launch.cost", "time_to_peak", "structural_virality")) {
      assertThat(RunMetrics.range(count)).as(count).isEqualTo(Range.NON_NEGATIVE);
    }
    assertThat(RunMetrics.range("acme-launch.net_sentiment")).isEqualTo(Range.PLUS_MINUS_ONE);
    assertThat(RunMetrics.range(RunMetrics.ATTITUDE)).isEqualTo(Range.PLUS_MINUS_ONE);
    assertThat(RunMetrics.range("zenit.launch.roi").min()).isEqualTo(-1);
    assertThat(RunMetrics.range("no_such_metric")).isEqualTo(Range.ANY);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyIntervalLiesInItsMetricsRangeAndHoldsTheMean(long seed) {
    Random random = new Random(seed);
    int runs = 1 + random.nextInt(30);
    for (String name : METRICS) {
      Range r = RunMetrics.range(name);
      double[] x = r.binary() ? zeroOne(random, runs) : sample(random, runs, r);
      Estimate e = Summary.estimate(name, x);
      String what = name + " " + Arrays.toString(x);
      if (e.n() == 0) continue;
      assertThat(e.ciLow()).as(what).isBetween(r.min(), r.max());
      assertThat(e.ciHigh()).as(what).isBetween(r.min(), r.max());
      assertThat(e.mean()).as(what).isBetween(e.ciLow(), e.ciHigh());
      double mean = Arrays.stream(x).filter(Double::isFinite).average().orElseThrow();
      assertThat(e.mean()).as(what).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(mean))));
    }
  }

  private static double[] zeroOne(Random random, int n) {
    double p = random.nextInt(3) == 0 ? 0 : random.nextDouble();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = random.nextDouble() < p ? 1 : 0;
    return x;
  }

  /** Values in the range, mostly at or near its lower or upper bound (a count of 0, a share of 1). */
  private static double[] sample(Random random, int n, Range r) {
    List<Double> x = new ArrayList<>();
    double scale = Math.pow(10, random.nextInt(5) - 2);
    double atBound = random.nextDouble();
    boolean high = Double.isFinite(r.max()) && random.nextBoolean();
    for (int i = 0; i < n; i++) {
      double gap = random.nextDouble() < atBound ? 0 : scale * -Math.log(1 - random.nextDouble());
      double v = high ? Math.max(r.min(), r.max() - gap) : Math.min(r.max(), r.min() + gap);
      x.add(random.nextDouble() < 0.05 ? Double.NaN : v);
    }
    return x.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
