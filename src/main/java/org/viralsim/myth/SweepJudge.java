package org.viralsim.myth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.viralsim.experiment.Replications;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.stats.Numbers;

/** The verdict on a claim about a sweep's metric along its parameter, from the evidence of one family. */
final class SweepJudge {
  private static final double[] NO_BOUNDARY = {Double.NaN, Double.NaN, Double.NaN};

  private SweepJudge() {}

  static Finding judge(Myth myth, String family, Myth.Sweep e, List<Replications> points) {
    if (myth.prediction() instanceof Myth.Above above) return above(myth, family, e, points, above);
    return proportional(myth, family, e, points, (Myth.Proportional) myth.prediction());
  }

  /**
   * A claim that the metric exceeds a threshold at a value holds when the 95% interval of its mean
   * there lies above it, is busted when it lies below, and is not settled otherwise; the value at
   * which the mean crosses the threshold is reported with a bootstrap interval.
   */
  private static Finding above(Myth myth, String family, Myth.Sweep e, List<Replications> points, Myth.Above a) {
    double[] x = Arrays.stream(Judge.values(points, index(e, a.at()), myth.metric())).filter(Double::isFinite).toArray();
    boolean binary = RunMetrics.range(myth.metric()).binary();
    Estimate m = binary ? Estimates.binary(x) : Estimates.of(x);
    double p = x.length < 2 ? Double.NaN : binary
        ? new BinomialTest().binomialTest(m.n(), (int) Math.round(m.mean() * m.n()), a.threshold(), AlternativeHypothesis.TWO_SIDED)
        : new TTest().tTest(a.threshold(), x);
    Verdict v = m.ciLow() > a.threshold() ? Verdict.HOLDS : m.ciHigh() < a.threshold() ? Verdict.BUSTED : Verdict.DEPENDS;
    double[] boundary = crossing(e, points, myth.metric(), a.threshold());
    String last = Judge.num(e.values().get(e.values().size() - 1));
    String cross = Double.isNaN(boundary[0]) ? "; it does not reach " + Judge.num(a.threshold()) + " in the values tried"
        : boundary[0] == e.values().get(0) ? "; it is at " + Judge.num(a.threshold()) + " or above from the lowest value tried"
        : String.format(Locale.ROOT, "; it reaches %s at %s = %s (95%% CI %s to %s)", Judge.num(a.threshold()),
            e.parameter(), Judge.num(boundary[0]), Judge.num(boundary[1]),
            Double.isInfinite(boundary[2]) ? "beyond " + last : Judge.num(boundary[2]));
    String sentence = String.format(Locale.ROOT, "%sat %s = %s, %s is %s (95%% CI %s to %s; %s against %s), %s the %s"
        + " the claim needs%s%s.", Judge.head(v, family), e.parameter(), Judge.num(a.at()), Judge.metric(myth.metric()),
        Judge.num(m.mean()), Judge.num(m.ciLow()), Judge.num(m.ciHigh()), Numbers.pClause(p), Judge.num(a.threshold()),
        v == Verdict.HOLDS ? "above" : v == Verdict.BUSTED ? "below" : "not clearly above or below",
        Judge.num(a.threshold()), cross, neverReshared(points.get(index(e, a.at()))));
    return new Finding(myth, family, v, m.mean(), m.ciLow(), m.ciHigh(), p, m.n(), sentence, null, points, boundary);
  }

  /**
   * "; 97% of the 1,234 items posted there (campaigns, organic posts, reviews ...) were never
   * reshared": the first circle most items never leave (Goel et al. 2016); nothing when no item was
   * recorded.
   */
  static String neverReshared(Replications r) {
    long items = 0;
    long alone = 0;
    for (RunResult run : r.runs()) {
      for (var item : run.items()) {
        items++;
        if (item.size() <= 1) alone++;
      }
    }
    if (items == 0) return "";
    return String.format(Locale.ROOT, "; %.0f%% of the %,d items posted there (campaigns, organic posts, reviews ...)"
        + " were never reshared", 100.0 * alone / items, items);
  }

  /**
   * A claim that doubling the parameter doubles the metric: the factor is the ratio of the metric's
   * means at twice the value and at the value, with a paired bootstrap interval and p-value against
   * 2 (the runs at both values share their seeds). Holds where the interval holds 2, busted
   * otherwise; not settled where the factor is undefined (a mean of 0 or below at the value).
   */
  private static Finding proportional(Myth myth, String family, Myth.Sweep e, List<Replications> points,
      Myth.Proportional pr) {
    double[] base = Judge.values(points, index(e, pr.at()), myth.metric());
    double[] twice = Judge.values(points, index(e, 2 * pr.at()), myth.metric());
    int n = base.length;
    double factor = ratio(base, twice, Bootstrap.identity(n));
    String doubling = String.format(Locale.ROOT, "doubling %s from %s to %s", e.parameter(), Judge.num(pr.at()),
        Judge.num(2 * pr.at()));
    if (Double.isNaN(factor)) {
      return new Finding(myth, family, Verdict.DEPENDS, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n,
          Judge.head(Verdict.DEPENDS, family) + "the factor of " + doubling + " is undefined: " + Judge.metric(myth.metric())
          + " is not above 0 there.", null, points, NO_BOUNDARY);
    }
    double[] boot = Bootstrap.resample(n, n * 13L + points.size(), pick -> ratio(base, twice, pick));
    double[] ci = Bootstrap.interval(boot);
    boolean holds = ci[0] <= 2 && 2 <= ci[1];
    double before = Bootstrap.mean(base, Bootstrap.identity(n));
    double after = Bootstrap.mean(twice, Bootstrap.identity(n));
    RunMetrics.Range range = RunMetrics.range(myth.metric());
    String ceiling = "";
    if (myth.metric().equals(RunMetrics.REACH)) {
      int users = users(points.get(0));
      if (users > 0 && before > users / 2.0) {
        ceiling = String.format(Locale.ROOT, "; at %s it already reaches %.0f%% of the %,d users, so it cannot double",
            Judge.num(pr.at()), 100 * before / users, users);
      }
    } else if (Double.isFinite(range.max()) && before > range.max() / 2) {
      ceiling = "; at " + Judge.num(pr.at()) + " it is already above half its maximum, so it cannot double";
    }
    Verdict v = holds ? Verdict.HOLDS : Verdict.BUSTED;
    String sentence = String.format(Locale.ROOT, "%s%s takes %s from %s to %s, a factor of %s (95%% CI %s to %s; p %s"
        + " against 2)%s%s.", Judge.head(v, family), doubling, Judge.metric(myth.metric()), Judge.num(before),
        Judge.num(after), Judge.num(factor), Judge.num(ci[0]), Judge.num(ci[1]), Numbers.pClause(Bootstrap.pValue(boot, 2)),
        holds ? ", as the claim predicts" : ci[1] < 2 ? ", not 2: returns diminish" : ", more than 2", ceiling);
    return new Finding(myth, family, v, factor, ci[0], ci[1], Bootstrap.pValue(boot, 2), n, sentence, null, points,
        NO_BOUNDARY);
  }

  /** The ratio of the picked runs' mean at twice the value to their mean at the value; NaN when not above 0. */
  private static double ratio(double[] base, double[] twice, int[] pick) {
    double b = Bootstrap.mean(base, pick);
    return b > 0 ? Bootstrap.mean(twice, pick) / b : Double.NaN;
  }

  /** Users of the network the runs ran on (from the contribution histogram, which counts every user). */
  private static int users(Replications r) {
    long n = 0;
    for (long c : r.runs().get(0).contributionHistogram()) n += c;
    return (int) n;
  }

  /** The sweep's point at a value the myth names (checked when the myth is read). */
  static int index(Myth.Sweep e, double value) {
    for (int i = 0; i < e.values().size(); i++) if (e.values().get(i) == value) return i;
    throw new IllegalArgumentException(e.parameter() + " has no value " + value);
  }

  /**
   * Where the metric's mean first reaches the threshold going up the values (interpolated, on a log
   * scale when every value is positive), with a percentile bootstrap interval over replications
   * resampled together at every value; a resample that never reaches it counts as beyond the last
   * value (infinity). NaN where the mean never reaches the threshold.
   */
  static double[] crossing(Myth.Sweep e, List<Replications> points, String metric, double threshold) {
    int n = points.get(0).runs().size();
    double[][] byPoint = new double[points.size()][];
    for (int p = 0; p < points.size(); p++) byPoint[p] = Judge.values(points, p, metric);
    double estimate = crossing(e.values(), byPoint, Bootstrap.identity(n), threshold);
    if (Double.isNaN(estimate)) return NO_BOUNDARY.clone();
    double[] ci = Bootstrap.interval(Bootstrap.resample(n, n * 31L + points.size(), pick -> {
      double c = crossing(e.values(), byPoint, pick, threshold);
      return Double.isNaN(c) ? Double.POSITIVE_INFINITY : c;
    }));
    return new double[] {estimate, ci[0], ci[1]};
  }

  private static double crossing(List<Double> values, double[][] byPoint, int[] pick, double threshold) {
    boolean log = values.stream().allMatch(v -> v > 0);
    double before = Double.NaN;
    int beforeAt = -1;
    for (int p = 0; p < values.size(); p++) {
      double mean = Bootstrap.mean(byPoint[p], pick);
      if (Double.isNaN(mean)) continue; // undefined there: the crossing is sought between defined values
      if (mean >= threshold) {
        if (beforeAt < 0) return values.get(p);
        double x0 = log ? Math.log(values.get(beforeAt)) : values.get(beforeAt);
        double x1 = log ? Math.log(values.get(p)) : values.get(p);
        double x = x0 + (threshold - before) / (mean - before) * (x1 - x0);
        return log ? Math.exp(x) : x;
      }
      before = mean;
      beforeAt = p;
    }
    return Double.NaN;
  }
}
