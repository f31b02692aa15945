package org.viralsim.myth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.stats.PairedDifference;

/** The verdict on a claim from the evidence of one family, with the sentence that says why. */
final class Judge {
  /** Bootstrap resamples of the replications for the interval of a threshold's crossing point. */
  static final int BOOTSTRAP = 1000;

  private Judge() {}

  /** A claim of no difference is busted when the 95% interval of B - A leaves out 0. */
  static Finding compare(Myth myth, String family, Myth.Compare e, Comparison c) {
    PairedDifference d = c.of(myth.metric());
    if (d == null) throw new IllegalArgumentException(myth.id() + ": no metric " + myth.metric() + " in both variants");
    boolean differs = d.pairs() > 1 && (d.ciLow() > 0 || d.ciHigh() < 0);
    String metric = metric(myth.metric());
    String sentence = differs
        ? String.format(Locale.ROOT, "Busted on the %s family: %s against %s changes %s by %s (95%% CI %s to %s; %s),"
            + " where the claim predicts no difference.", family, e.b().label(), e.a().label(), metric,
            signed(d.difference()), num(d.ciLow()), num(d.ciHigh()), p(d.pValue()))
        : String.format(Locale.ROOT, "Holds on the %s family: %s and %s do not differ in %s beyond chance (B - A %s,"
            + " 95%% CI %s to %s, in %d pairs).", family, e.a().label(), e.b().label(), metric, signed(d.difference()),
            num(d.ciLow()), num(d.ciHigh()), d.pairs());
    return new Finding(myth, family, differs ? Verdict.BUSTED : Verdict.HOLDS, d.difference(), d.ciLow(), d.ciHigh(),
        d.pValue(), d.pairs(), sentence, c, List.of(), new double[] {Double.NaN, Double.NaN, Double.NaN});
  }

  static Finding sweep(Myth myth, String family, Myth.Sweep e, List<Replications> points) {
    if (myth.prediction() instanceof Myth.Above above) return above(myth, family, e, points, above);
    return proportional(myth, family, e, points, (Myth.Proportional) myth.prediction());
  }

  /**
   * A claim that the metric exceeds a threshold at a value holds when the 95% interval of its mean
   * there lies above it, is busted when it lies below, and depends on that value otherwise; the value
   * at which the mean crosses the threshold is reported with a bootstrap interval.
   */
  private static Finding above(Myth myth, String family, Myth.Sweep e, List<Replications> points, Myth.Above a) {
    double[] x = values(points, index(e, a.at()), myth.metric());
    boolean binary = RunMetrics.range(myth.metric()).binary();
    Estimate m = binary ? Estimates.binary(x) : Estimates.of(x);
    double p = binary
        ? new BinomialTest().binomialTest(m.n(), (int) Math.round(m.mean() * m.n()), a.threshold(), AlternativeHypothesis.TWO_SIDED)
        : new TTest().tTest(a.threshold(), x);
    Verdict v = m.ciLow() > a.threshold() ? Verdict.HOLDS : m.ciHigh() < a.threshold() ? Verdict.BUSTED : Verdict.DEPENDS;
    double[] boundary = crossing(e, points, myth.metric(), a.threshold());
    String at = e.parameter() + " = " + num(a.at());
    String cross = Double.isNaN(boundary[0]) ? "; it does not cross " + num(a.threshold()) + " in the values tried"
        : String.format(Locale.ROOT, "; it crosses %s at %s = %s (95%% CI %s to %s)", num(a.threshold()), e.parameter(),
            num(boundary[0]), num(boundary[1]), Double.isInfinite(boundary[2]) ? "beyond " + num(e.values()
                .get(e.values().size() - 1)) : num(boundary[2]));
    String sentence = String.format(Locale.ROOT, "%s on the %s family: at %s, %s is %s (95%% CI %s to %s), %s %s%s.",
        v == Verdict.HOLDS ? "Holds" : v == Verdict.BUSTED ? "Busted" : "Depends",
        family, at, metric(myth.metric()), num(m.mean()), num(m.ciLow()), num(m.ciHigh()),
        v == Verdict.HOLDS ? "above" : v == Verdict.BUSTED ? "below" : "not clearly above or below",
        "the " + num(a.threshold()) + " the claim needs", cross);
    return new Finding(myth, family, v, m.mean(), m.ciLow(), m.ciHigh(), p, m.n(), sentence, null, points, boundary);
  }

  /**
   * A claim that doubling the parameter doubles the metric holds when the 95% interval of the factor
   * (run by run, with the same seeds at both values) holds 2, and is busted otherwise.
   */
  private static Finding proportional(Myth myth, String family, Myth.Sweep e, List<Replications> points,
      Myth.Proportional pr) {
    double[] base = values(points, index(e, pr.at()), myth.metric());
    double[] twice = values(points, index(e, 2 * pr.at()), myth.metric());
    List<Double> factors = new ArrayList<>();
    for (int i = 0; i < base.length; i++) if (base[i] > 0 && Double.isFinite(twice[i])) factors.add(twice[i] / base[i]);
    double[] f = factors.stream().mapToDouble(Double::doubleValue).toArray();
    Estimate m = Estimates.of(f);
    double p = f.length < 2 ? Double.NaN : new TTest().tTest(2, f);
    boolean holds = m.ciLow() <= 2 && 2 <= m.ciHigh();
    String sentence = String.format(Locale.ROOT, "%s on the %s family: doubling %s from %s to %s multiplies %s by %s"
        + " (95%% CI %s to %s)%s.", holds ? "Holds" : "Busted", family, e.parameter(), num(pr.at()), num(2 * pr.at()),
        metric(myth.metric()), num(m.mean()), num(m.ciLow()), num(m.ciHigh()),
        holds ? ", as the claim predicts" : m.ciHigh() < 2 ? ", not 2: returns diminish" : ", more than 2");
    return new Finding(myth, family, holds ? Verdict.HOLDS : Verdict.BUSTED, m.mean(), m.ciLow(), m.ciHigh(), p,
        f.length, sentence, null, points, new double[] {Double.NaN, Double.NaN, Double.NaN});
  }

  /** The sweep's point at a value the myth names (checked when the myth is read). */
  static int index(Myth.Sweep e, double value) {
    for (int i = 0; i < e.values().size(); i++) if (e.values().get(i) == value) return i;
    throw new IllegalArgumentException(e.parameter() + " has no value " + value);
  }

  private static double[] values(List<Replications> points, int point, String metric) {
    return Summary.column(points.get(point).runs(), metric);
  }

  /**
   * Where the metric's mean first crosses the threshold going up the values (interpolated, on a log
   * scale when every value is positive), with a percentile bootstrap interval over replications
   * resampled together at every value (their seeds are shared); NaN where it does not cross.
   */
  static double[] crossing(Myth.Sweep e, List<Replications> points, String metric, double threshold) {
    int n = points.get(0).runs().size();
    double[][] byPoint = new double[points.size()][];
    for (int p = 0; p < points.size(); p++) byPoint[p] = values(points, p, metric);
    double estimate = crossing(e.values(), byPoint, identity(n), threshold);
    if (Double.isNaN(estimate)) return new double[] {Double.NaN, Double.NaN, Double.NaN};
    Random random = new Random(n * 31L + points.size());
    double[] boot = new double[BOOTSTRAP];
    for (int b = 0; b < BOOTSTRAP; b++) {
      int[] pick = new int[n];
      for (int i = 0; i < n; i++) pick[i] = random.nextInt(n);
      // a resample that never crosses would cross beyond the last value: infinity, not left out
      boot[b] = crossing(e.values(), byPoint, pick, threshold);
      if (Double.isNaN(boot[b])) boot[b] = Double.POSITIVE_INFINITY;
    }
    Arrays.sort(boot);
    return new double[] {estimate, boot[(int) Math.floor(0.025 * (BOOTSTRAP - 1))],
        boot[(int) Math.ceil(0.975 * (BOOTSTRAP - 1))]};
  }

  private static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = i;
    return out;
  }

  private static double crossing(List<Double> values, double[][] byPoint, int[] pick, double threshold) {
    boolean log = values.stream().allMatch(v -> v > 0);
    double before = Double.NaN;
    for (int p = 0; p < values.size(); p++) {
      double sum = 0;
      int k = 0;
      for (int i : pick) {
        if (Double.isFinite(byPoint[p][i])) {
          sum += byPoint[p][i];
          k++;
        }
      }
      double mean = k == 0 ? Double.NaN : sum / k;
      if (p > 0 && before < threshold && mean >= threshold) {
        double x0 = log ? Math.log(values.get(p - 1)) : values.get(p - 1);
        double x1 = log ? Math.log(values.get(p)) : values.get(p);
        double x = x0 + (threshold - before) / (mean - before) * (x1 - x0);
        return log ? Math.exp(x) : x;
      }
      if (p == 0 && mean >= threshold) return values.get(0);
      before = mean;
    }
    return Double.NaN;
  }

  private static String metric(String name) {
    return name.equals(RunMetrics.VIRAL) ? "the share of runs that went viral" : name.replace('_', ' ');
  }

  static String num(double v) {
    if (Double.isNaN(v)) return "n/a";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
  }

  private static String signed(double v) { return (v > 0 ? "+" : "") + num(v); }

  private static String p(double p) {
    return Double.isNaN(p) ? "p n/a" : p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }
}
