package org.viralsim.myth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Numbers;
import org.viralsim.stats.PairedDifference;

/**
 * The verdict on a claim about variants (two or more), from the evidence of one family, with the
 * sentence that says why. A family's "depends" means that the evidence does not settle the claim there.
 */
final class Judge {
  /**
   * How close B must stay to A for a claim of no difference to hold: the interval of B - A within
   * this share of A's mean either way (an equivalence margin; without one, too few runs would make
   * any claim of no difference hold).
   */
  static final double MARGIN = 0.05;
  private static final double[] NO_BOUNDARY = {Double.NaN, Double.NaN, Double.NaN};

  private Judge() {}

  /**
   * A claim of no difference is busted when the 95% interval of B - A leaves out 0, holds when it
   * lies within {@link #MARGIN} of A's mean either way, and is not settled (depends) otherwise.
   */
  static Finding compare(Myth myth, String family, Myth.Compare e, Comparison c) {
    PairedDifference d = c.of(myth.metric());
    if (d == null) throw new IllegalArgumentException(myth.id() + ": no metric " + myth.metric() + " in both variants");
    boolean differs = d.pairs() > 1 && (d.ciLow() > 0 || d.ciHigh() < 0);
    double margin = MARGIN * Math.abs(d.aMean());
    boolean equivalent = d.pairs() > 1 && d.ciLow() >= -margin && d.ciHigh() <= margin;
    Verdict v = differs ? Verdict.BUSTED : equivalent ? Verdict.HOLDS : Verdict.DEPENDS;
    String levels = String.format(Locale.ROOT, "%s %s against %s with %s (B - A %s, 95%% CI %s to %s; %s)",
        metric(myth.metric()), num(d.bMean()) + " with " + e.b().label(), num(d.aMean()), e.a().label(),
        signed(d.difference()), num(d.ciLow()), num(d.ciHigh()), Numbers.pClause(d.pValue()));
    String why = v == Verdict.BUSTED ? ", where the claim predicts no difference"
        : v == Verdict.HOLDS ? ", within " + pct(MARGIN) + " of " + e.a().label() + "'s value either way"
        : String.format(Locale.ROOT, ": neither a difference nor one within %s of %s's value is shown in %d pairs",
            pct(MARGIN), e.a().label(), d.pairs());
    return new Finding(myth, family, v, d.difference(), d.ciLow(), d.ciHigh(), d.pValue(), d.pairs(),
        head(v, family) + levels + why + ".", c, List.of(), NO_BOUNDARY);
  }

  static Finding variants(Myth myth, String family, Myth.Variants e, List<Replications> arms) {
    if (myth.prediction() instanceof Myth.Best best) return best(myth, family, e, arms, best);
    return rankings(myth, family, e, arms, (Myth.AgreesWith) myth.prediction());
  }

  /**
   * A claim that one variant does best holds when its paired difference to every other variant has a
   * 95% interval above 0, is busted when another variant clearly does better, and is not settled
   * otherwise. The effect is the difference to the variant that decided: the one that beats it most
   * clearly when busted, else the closest of the others. Variants that picked the very same seed
   * users in every run are not another choice and are left out, named.
   */
  private static Finding best(Myth myth, String family, Myth.Variants e, List<Replications> arms, Myth.Best b) {
    List<String> labels = e.arms().stream().map(Myth.Arm::label).toList();
    int named = labels.indexOf(b.label());
    RunMetrics.Range range = RunMetrics.range(myth.metric());
    double[] mine = values(arms, named, myth.metric());
    List<String> same = new ArrayList<>();
    PairedDifference closest = null;
    PairedDifference beater = null;
    int closestArm = -1;
    int beaterArm = -1;
    boolean beatsAll = true;
    for (int o = 0; o < arms.size(); o++) {
      if (o == named) continue;
      if (sameSeeds(arms.get(o), arms.get(named))) {
        same.add(labels.get(o));
        continue;
      }
      PairedDifference d = PairedDifference.of(values(arms, o, myth.metric()), mine, range.binary(),
          range.max() - range.min());
      beatsAll &= d.pairs() > 1 && d.ciLow() > 0;
      if (d.pairs() > 1 && d.ciHigh() < 0 && (beater == null || d.ciHigh() < beater.ciHigh())) {
        beater = d;
        beaterArm = o;
      }
      if (closest == null || d.difference() < closest.difference()) {
        closest = d;
        closestArm = o;
      }
    }
    String alike = same.isEmpty() ? "" : "; " + String.join(" and ", same) + " picked the same seeds as " + b.label();
    if (closest == null) {
      return new Finding(myth, family, Verdict.DEPENDS, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0,
          head(Verdict.DEPENDS, family) + "no other variant to set " + b.label() + " against" + alike + ".", null, arms,
          NO_BOUNDARY);
    }
    Verdict v = beatsAll ? Verdict.HOLDS : beater != null ? Verdict.BUSTED : Verdict.DEPENDS;
    PairedDifference d = beater != null ? beater : closest;
    int rival = beater != null ? beaterArm : closestArm;
    String sentence = String.format(Locale.ROOT, "%swith %s, %s is %s against %s with %s (difference %s, 95%% CI %s to"
        + " %s; %s)%s%s.", head(v, family), b.label(), metric(myth.metric()), num(d.bMean()), num(d.aMean()),
        labels.get(rival), signed(d.difference()), num(d.ciLow()), num(d.ciHigh()), Numbers.pClause(d.pValue()),
        v == Verdict.HOLDS ? ": it does best" : v == Verdict.BUSTED ? ", where the claim predicts it does best"
            : ": no variant clearly does better or worse", alike);
    return new Finding(myth, family, v, d.difference(), d.ciLow(), d.ciHigh(), d.pValue(), d.pairs(), sentence, null,
        arms, NO_BOUNDARY);
  }

  /** Whether every run of two variants had the same seed users (the same choice, whatever else differs). */
  private static boolean sameSeeds(Replications a, Replications b) {
    for (int i = 0; i < a.runs().size(); i++) {
      RunResult x = a.runs().get(i);
      RunResult y = b.runs().get(i);
      if (x.seedUsers().isEmpty() || !x.seedUsers().equals(y.seedUsers())) return false;
    }
    return true;
  }

  /**
   * A claim that one indicator tells success predicts that ranking the variants by the metric and by
   * another gives the same order: a Spearman correlation of 1 between their means. With a percentile
   * bootstrap interval over the replications: busted where it lies below 1, holds where it is 1, not
   * settled otherwise. No p-value.
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
    double rho = spearman(x, y, Bootstrap.identity(n));
    if (Double.isNaN(rho)) {
      return new Finding(myth, family, Verdict.DEPENDS, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n,
          head(Verdict.DEPENDS, family) + metric(myth.metric()) + " or " + metric(a.other()) + " does not rank the"
          + " variants (undefined in one, or equal in all), so the rankings cannot be compared.", null, arms,
          NO_BOUNDARY);
    }
    double[] ci = Bootstrap.interval(Bootstrap.resample(n, n * 17L + arms.size(), pick -> spearman(x, y, pick)));
    Verdict v = ci[1] < 1 ? Verdict.BUSTED : ci[0] >= 1 ? Verdict.HOLDS : Verdict.DEPENDS;
    List<String> labels = e.arms().stream().map(Myth.Arm::label).toList();
    String sentence = String.format(Locale.ROOT, "%sranking the %d variants by %s and by %s gives a rank correlation of"
        + " %s (95%% CI %s to %s); the best by %s is %s, by %s %s.", head(v, family), arms.size(), metric(myth.metric()),
        metric(a.other()), num(rho), num(ci[0]), num(ci[1]), metric(myth.metric()), labels.get(argmax(x)),
        metric(a.other()), labels.get(argmax(y)));
    return new Finding(myth, family, v, rho, ci[0], ci[1], Double.NaN, n, sentence, null, arms, NO_BOUNDARY);
  }

  /** Spearman's correlation between the variants' means of two metrics over the picked replications. */
  static double spearman(double[][] x, double[][] y, int[] pick) {
    double[] mx = new double[x.length];
    double[] my = new double[x.length];
    for (int v = 0; v < x.length; v++) {
      mx[v] = Bootstrap.mean(x[v], pick);
      my[v] = Bootstrap.mean(y[v], pick);
      if (Double.isNaN(mx[v]) || Double.isNaN(my[v])) return Double.NaN;
    }
    return new SpearmansCorrelation().correlation(mx, my); // NaN where a metric is equal in every variant
  }

  private static int argmax(double[][] x) {
    int best = 0;
    int[] all = Bootstrap.identity(x[0].length);
    for (int v = 1; v < x.length; v++) if (Bootstrap.mean(x[v], all) > Bootstrap.mean(x[best], all)) best = v;
    return best;
  }

  static double[] values(List<Replications> points, int point, String metric) {
    return Summary.column(points.get(point).runs(), metric);
  }

  /** "Busted on the public family: ", as a finding's sentence starts. */
  static String head(Verdict v, String family) {
    String word = v == Verdict.HOLDS ? "Holds" : v == Verdict.BUSTED ? "Busted" : "Not settled";
    return word + " on the " + family + " family: ";
  }

  static String metric(String name) {
    return name.equals(RunMetrics.VIRAL) ? "the share of runs that went viral" : name.replace('_', ' ');
  }

  static String num(double v) { return Numbers.readable(v); }

  static String signed(double v) { return (v > 0 ? "+" : "") + num(v); }

  static String pct(double share) { return String.format(Locale.ROOT, "%.0f%%", 100 * share); }
}
