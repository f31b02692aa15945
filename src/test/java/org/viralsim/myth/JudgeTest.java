package org.viralsim.myth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.observe.RunResult;

class JudgeTest {
  private static final Myth.Compare COMPARE = new Myth.Compare(List.of(), new Myth.Arm("a", List.of()),
      new Myth.Arm("b", List.of()));
  private static final Myth.Sweep SWEEP = new Myth.Sweep(List.of(), "campaign.appeal", List.of(1.0, 2.0, 4.0, 8.0));

  private static Myth myth(Myth.Experiment e, String metric, Myth.Prediction p) {
    return new Myth("M", "a claim", 0.5, "", List.of("f"), 20, 5, e, metric, p, List.of());
  }

  /** Runs with these values of one metric, in replication order. */
  private static Replications runs(String metric, double... values) {
    List<RunResult> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      out.add(new RunResult(i, i, Map.of(metric, values[i]), null, List.of(), new long[0], 1, List.of()));
    }
    return new Replications(null, out, Instant.EPOCH, Instant.EPOCH, 1);
  }

  private static double[] series(int n, java.util.function.IntToDoubleFunction f) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) x[i] = f.applyAsDouble(i);
    return x;
  }

  @Test
  void aClaimOfNoDifferenceHoldsWithoutOneAndIsBustedByOne() {
    Myth m = myth(COMPARE, "churned", new Myth.NoDifference());
    double[] a = series(20, i -> 100 + 7 * (i % 5));
    Finding same = Judge.compare(m, "f", COMPARE, Comparison.of(runs("churned", a), runs("churned", a.clone())));
    assertThat(same.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(new double[] {same.effect(), same.ciLow(), same.ciHigh()}).containsExactly(0, 0, 0);
    double[] b = series(20, i -> a[i] - 30 + (i % 3));
    Finding fewer = Judge.compare(m, "f", COMPARE, Comparison.of(runs("churned", a), runs("churned", b)));
    assertThat(fewer.verdict()).isEqualTo(Verdict.BUSTED);
    assertThat(fewer.effect()).isCloseTo(-29.05, within(1e-9));
    assertThat(fewer.ciHigh()).isNegative();
    assertThat(fewer.sentence()).startsWith("Busted on the f family: churned 85.0 with b against 114 with a (B - A -29.1");
    // B within 5% of A's value either way: the claim holds; too noisy to tell either way: not settled
    double[] near = series(20, i -> a[i] + ((i % 2) == 0 ? 3 : -2));
    assertThat(Judge.compare(m, "f", COMPARE, Comparison.of(runs("churned", a), runs("churned", near))).verdict())
        .isEqualTo(Verdict.HOLDS);
    double[] noisy = series(20, i -> a[i] + ((i % 2) == 0 ? 20 : -19));
    Finding unsure = Judge.compare(m, "f", COMPARE, Comparison.of(runs("churned", a), runs("churned", noisy)));
    assertThat(unsure.verdict()).isEqualTo(Verdict.DEPENDS);
    assertThat(unsure.sentence()).startsWith("Not settled on the f family");
  }

  @Test
  void aThresholdHoldsAboveIsBustedBelowAndDependsInBetween() {
    Myth m = myth(SWEEP, "viral", new Myth.Above(0.5, 2.0));
    List<Replications> mostly = List.of(runs("viral", series(20, i -> 0)), runs("viral", series(20, i -> i < 18 ? 1 : 0)),
        runs("viral", series(20, i -> 1)), runs("viral", series(20, i -> 1)));
    Finding holds = SweepJudge.judge(m, "f", SWEEP, mostly);
    assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(holds.effect()).isEqualTo(0.9);
    assertThat(holds.ciLow()).isGreaterThan(0.5);
    double[] boundary = holds.boundary();
    assertThat(boundary[0]).as("crossing between 1 and 2, on a log scale").isCloseTo(Math.pow(2, 0.5 / 0.9), within(1e-9));
    assertThat(boundary[1]).isLessThanOrEqualTo(boundary[0]);
    assertThat(boundary[2]).isGreaterThanOrEqualTo(boundary[0]);

    List<Replications> rarely = List.of(runs("viral", series(20, i -> 0)), runs("viral", series(20, i -> i < 2 ? 1 : 0)),
        runs("viral", series(20, i -> i < 4 ? 1 : 0)), runs("viral", series(20, i -> i < 6 ? 1 : 0)));
    Finding busted = SweepJudge.judge(m, "f", SWEEP, rarely);
    assertThat(busted.verdict()).isEqualTo(Verdict.BUSTED);
    assertThat(busted.boundary()[0]).as("never crosses").isNaN();
    assertThat(busted.sentence()).contains("does not reach 0.500 in the values tried");

    List<Replications> half = List.of(runs("viral", series(20, i -> 0)), runs("viral", series(20, i -> i % 2)),
        runs("viral", series(20, i -> 1)), runs("viral", series(20, i -> 1)));
    assertThat(SweepJudge.judge(m, "f", SWEEP, half).verdict()).isEqualTo(Verdict.DEPENDS);
  }

  @Test
  void proportionalityHoldsForAFactorOfTwoAndIsBustedByDiminishingReturns() {
    Myth m = myth(SWEEP, "reach", new Myth.Proportional(2.0));
    double[] base = series(20, i -> 100 + i);
    List<Replications> linear = List.of(runs("reach", series(20, i -> 50 + i / 2.0)), runs("reach", base),
        runs("reach", series(20, i -> 2 * base[i] * (1 + 0.01 * ((i % 3) - 1)))), runs("reach", base));
    Finding holds = SweepJudge.judge(m, "f", SWEEP, linear);
    assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(holds.ciLow()).isLessThanOrEqualTo(2);
    assertThat(holds.ciHigh()).isGreaterThanOrEqualTo(2);
    List<Replications> saturating = List.of(runs("reach", base), runs("reach", base),
        runs("reach", series(20, i -> 1.5 * base[i] + (i % 2))), runs("reach", base));
    Finding busted = SweepJudge.judge(m, "f", SWEEP, saturating);
    assertThat(busted.verdict()).isEqualTo(Verdict.BUSTED);
    assertThat(busted.effect()).isCloseTo(1.5, within(0.01));
    assertThat(busted.sentence()).contains("a factor of 1.50", "not 2: returns diminish");
  }

  private static final Myth.Variants THREE = new Myth.Variants(List.of(), List.of(new Myth.Arm("x", List.of()),
      new Myth.Arm("y", List.of()), new Myth.Arm("z", List.of())));

  @Test
  void theBestVariantHoldsWhenItBeatsEveryOtherAndIsBustedWhenAnotherBeatsIt() {
    Myth m = myth(THREE, "reach", new Myth.Best("x"));
    double[] base = series(20, i -> 100 + 5 * (i % 4));
    List<Replications> xBest = List.of(runs("reach", series(20, i -> base[i] + 30 + (i % 3))), runs("reach", base),
        runs("reach", series(20, i -> base[i] + 10 - (i % 2))));
    Finding holds = Judge.variants(m, "f", THREE, xBest);
    assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(holds.sentence()).contains("with x, reach is", "with z (difference +", ": it does best");
    List<Replications> zBest = List.of(runs("reach", base), runs("reach", base.clone()),
        runs("reach", series(20, i -> base[i] + 20 + (i % 5))));
    Finding busted = Judge.variants(m, "f", THREE, zBest);
    assertThat(busted.verdict()).isEqualTo(Verdict.BUSTED);
    assertThat(busted.effect()).isNegative();
    assertThat(busted.sentence()).contains("against", "with z", "where the claim predicts it does best");
  }

  @Test
  void rankingsThatAgreeHoldAndRankingsThatDisagreeBust() {
    Myth m = myth(THREE, "reach", new Myth.AgreesWith("roi"));
    List<Replications> agree = new ArrayList<>();
    List<Replications> disagree = new ArrayList<>();
    for (int v = 0; v < 3; v++) {
      final int arm = v;
      agree.add(both(series(20, i -> 100 * arm + (i % 3)), series(20, i -> 10 * arm + (i % 2))));
      disagree.add(both(series(20, i -> 100 * arm + (i % 3)), series(20, i -> 10 * (2 - arm) + (i % 2))));
    }
    Finding holds = Judge.variants(m, "f", THREE, agree);
    assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(holds.effect()).isEqualTo(1);
    Finding busted = Judge.variants(m, "f", THREE, disagree);
    assertThat(busted.verdict()).isEqualTo(Verdict.BUSTED);
    assertThat(busted.effect()).isEqualTo(-1);
    assertThat(busted.sentence()).contains("the best by reach is z, by roi x");
  }

  /** Runs with values of reach and roi. */
  private static Replications both(double[] reach, double[] roi) {
    List<RunResult> out = new ArrayList<>();
    for (int i = 0; i < reach.length; i++) {
      out.add(new RunResult(i, i, Map.of("reach", reach[i], "roi", roi[i]), null, List.of(), new long[0], 1, List.of()));
    }
    return new Replications(null, out, Instant.EPOCH, Instant.EPOCH, 1);
  }

  @Test
  void familiesThatDisagreeMakeTheVerdictDepend() {
    assertThat(Verdict.overall(List.of(Verdict.BUSTED, Verdict.BUSTED))).isEqualTo(Verdict.BUSTED);
    assertThat(Verdict.overall(List.of(Verdict.HOLDS))).isEqualTo(Verdict.HOLDS);
    assertThat(Verdict.overall(List.of(Verdict.BUSTED, Verdict.HOLDS, Verdict.BUSTED))).isEqualTo(Verdict.DEPENDS);
  }
}
