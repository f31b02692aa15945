package org.viralsim.myth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
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

  static Finding variants(Myth myth, String family, Myth.Variants e, List<Replications> arms) {
    if (myth.prediction() instanceof Myth.Best best) return best(myth, family, e, arms, best);
    return rankings(myth, family, e, arms, (Myth.AgreesWith) myth.prediction());
  }

  /**
   * A claim that one variant does best holds when its paired difference to every other variant has a
   * 95% interval above 0, is busted when another variant clearly does better, and depends otherwise.
   * The effect is its difference to the best of the others.
   */
  private static Finding best(Myth myth, String family, Myth.Variants e, List<Replications> arms, Myth.Best b) {
    List<String> labels = e.arms().stream().map(Myth.Arm::label).toList();
    int named = labels.indexOf(b.label());
    double[] mine = values(arms, named, myth.metric());
    PairedDifference closest = null;
    int rival = -1;
    boolean beatsAll = true;
    boolean beaten = false;
    List<String> same = new ArrayList<>();
    for (int o = 0; o < arms.size(); o++) {
      if (o == named) continue;
      PairedDifference d = PairedDifference.of(values(arms, o, myth.metric()), mine, false, Double.POSITIVE_INFINITY);
      if (d.test() == PairedDifference.Test.NONE && d.difference() == 0 && d.pairs() > 1) {
        same.add(labels.get(o)); // the same seeds as the named variant: not another choice
        continue;
      }
      beatsAll &= d.pairs() > 1 && d.ciLow() > 0;
      beaten |= d.pairs() > 1 && d.ciHigh() < 0;
      if (closest == null || d.difference() < closest.difference()) {
        closest = d;
        rival = o;
      }
    }
    if (closest == null) throw new IllegalArgumentException(myth.id() + ": every variant is the same as " + b.label());
    Verdict v = beatsAll ? Verdict.HOLDS : beaten ? Verdict.BUSTED : Verdict.DEPENDS;
    String metric = metric(myth.metric());
    String sentence = String.format(Locale.ROOT, "%s on the %s family: with %s, %s is %s %s than with %s, the best of"
        + " the others (95%% CI of the difference %s to %s; %s)%s.", v == Verdict.HOLDS ? "Holds" : v == Verdict.BUSTED
        ? "Busted" : "Depends", family, b.label(), metric, num(Math.abs(closest.difference())),
        closest.difference() >= 0 ? "higher" : "lower", labels.get(rival), num(closest.ciLow()), num(closest.ciHigh()),
        p(closest.pValue()), (v == Verdict.HOLDS ? "" : v == Verdict.BUSTED ? ", where the claim predicts it does best"
        : ": no variant clearly does best") + (same.isEmpty() ? "" : "; " + String.join(" and ", same) + " picked the same"
        + " seeds as " + b.label()));
    return new Finding(myth, family, v, closest.difference(), closest.ciLow(), closest.ciHigh(), closest.pValue(),
        closest.pairs(), sentence, null, arms, new double[] {Double.NaN, Double.NaN, Double.NaN});
  }

  /**
   * A claim that one indicator tells success predicts that ranking the variants by the metric and by
   * another gives the same order: a Spearman correlation of 1 between their means. With a percentile
   * bootstrap interval over replications (resampled together in every variant): busted where it lies
   * below 1, holds where it is 1, depends otherwise. No p-value.
   */
  private static Finding rankings(Myth myth, String family, Myth.Variants e, List<Replications> arms,
      Myth.AgreesWith a) {
    int n = arms.get(0).runs().size();
    double[][] x = new double[arms.size()][];
    double[][] y = new double[arms.size()][];
    for (int v = 0; v < arms.size(); v++) {
      x[v] = values(arms, v, myth.metric());
      y[v] = values(arms, v, a.other());
    }
    double rho = spearman(x, y, identity(n));
    if (Double.isNaN(rho)) {
      return new Finding(myth, family, Verdict.DEPENDS, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n,
          "Depends on the " + family + " family: " + metric(myth.metric()) + " or " + metric(a.other()) + " does not rank"
          + " the variants (undefined in one, or equal in all), so the rankings cannot be compared.", null, arms,
          new double[] {Double.NaN, Double.NaN, Double.NaN});
    }
    Random random = new Random(n * 17L + arms.size());
    double[] boot = new double[BOOTSTRAP];
    for (int b = 0; b < BOOTSTRAP; b++) {
      int[] pick = new int[n];
      for (int i = 0; i < n; i++) pick[i] = random.nextInt(n);
      boot[b] = spearman(x, y, pick);
      if (Double.isNaN(boot[b])) boot[b] = rho; // a resample without a value of one variant says nothing new
    }
    Arrays.sort(boot);
    double low = boot[(int) Math.floor(0.025 * (BOOTSTRAP - 1))];
    double high = boot[(int) Math.ceil(0.975 * (BOOTSTRAP - 1))];
    Verdict v = high < 1 ? Verdict.BUSTED : low >= 1 ? Verdict.HOLDS : Verdict.DEPENDS;
    List<String> labels = e.arms().stream().map(Myth.Arm::label).toList();
    String sentence = String.format(Locale.ROOT, "%s on the %s family: ranking the %d variants by %s and by %s gives a"
        + " rank correlation of %s (95%% CI %s to %s); the best by %s is %s, by %s %s.", v == Verdict.HOLDS ? "Holds"
        : v == Verdict.BUSTED ? "Busted" : "Depends", family, arms.size(), metric(myth.metric()), metric(a.other()),
        num(rho), num(low), num(high), metric(myth.metric()), labels.get(argmax(x)), metric(a.other()),
        labels.get(argmax(y)));
    return new Finding(myth, family, v, rho, low, high, Double.NaN, n, sentence, null, arms,
        new double[] {Double.NaN, Double.NaN, Double.NaN});
  }

  /** Spearman's correlation between the variants' means of two metrics over the picked replications. */
  static double spearman(double[][] x, double[][] y, int[] pick) {
    double[] mx = new double[x.length];
    double[] my = new double[x.length];
    for (int v = 0; v < x.length; v++) {
      mx[v] = mean(x[v], pick);
      my[v] = mean(y[v], pick);
    }
    for (int v = 0; v < x.length; v++) if (Double.isNaN(mx[v]) || Double.isNaN(my[v])) return Double.NaN;
    return new SpearmansCorrelation().correlation(mx, my); // NaN where a metric is equal in every variant
  }

  private static double mean(double[] x, int[] pick) {
    double sum = 0;
    int k = 0;
    for (int i : pick) {
      if (Double.isFinite(x[i])) {
        sum += x[i];
        k++;
      }
    }
    return k == 0 ? Double.NaN : sum / k;
  }

  private static int argmax(double[][] x) {
    int best = 0;
    for (int v = 1; v < x.length; v++) if (mean(x[v], identity(x[v].length)) > mean(x[best], identity(x[best].length))) best = v;
    return best;
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
    String sentence = String.format(Locale.ROOT, "%s on the %s family: at %s, %s is %s (95%% CI %s to %s), %s %s%s%s.",
        v == Verdict.HOLDS ? "Holds" : v == Verdict.BUSTED ? "Busted" : "Depends",
        family, at, metric(myth.metric()), num(m.mean()), num(m.ciLow()), num(m.ciHigh()),
        v == Verdict.HOLDS ? "above" : v == Verdict.BUSTED ? "below" : "not clearly above or below",
        "the " + num(a.threshold()) + " the claim needs", cross, neverReshared(points.get(index(e, a.at()))));
    return new Finding(myth, family, v, m.mean(), m.ciLow(), m.ciHigh(), p, m.n(), sentence, null, points, boundary);
  }

  /**
   * "; 97% of the 1,234 items posted there (campaign, organic posts, reviews...) were never reshared",
   * the first circle most items never leave (Goel et al. 2016); nothing when no item was recorded.
   */
  static String neverReshared(Replications r) {
    long items = 0;
    long alone = 0;
    for (var run : r.runs()) {
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
