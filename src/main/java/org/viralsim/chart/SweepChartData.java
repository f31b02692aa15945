package org.viralsim.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.viralsim.config.Scenario;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults.PointEstimates;
import org.viralsim.sweep.SweepResults;
import org.viralsim.sweep.design.Parameter;

/**
 * The per-point estimates of a sweep (points.csv) arranged for charts: the values each parameter
 * took, and the estimates of the points that share the values a chart shows, combined when the
 * chart leaves other parameters out.
 */
final class SweepChartData {
  /**
   * Lines, each with its band, beyond this many overlap into an unreadable mass; a parameter with
   * more values is averaged over instead (its heatmap shows it in full).
   */
  static final int MAX_SERIES = 4;

  private final SweepPlan sweep;
  private final List<PointEstimates> points;
  private final Map<String, List<Object>> values = new LinkedHashMap<>();
  /** Each run, by point and replication. */
  private final Map<Integer, Map<Integer, RunRecord>> runs = new HashMap<>();

  /**
   * A metric against one parameter, a line per value of {@code series} (null: one line), each
   * point combining the points that differ only in the {@code averaged} parameters.
   */
  record Lines(Parameter series, List<Parameter> averaged, Map<String, double[]> x, Map<String, List<Estimate>> estimates) {}

  SweepChartData(SweepPlan sweep, SweepResults results) {
    this.sweep = sweep;
    this.points = results.points();
    for (RunRecord r : results.runs()) {
      runs.computeIfAbsent(r.id().point(), k -> new TreeMap<>()).put(r.id().replication(), r);
    }
    for (Parameter p : sweep.sweep().parameters()) {
      List<Object> taken;
      if (grid()) {
        taken = List.copyOf(new LinkedHashSet<>(p.grid()));
      } else {
        LinkedHashSet<Object> seen = new LinkedHashSet<>();
        for (PointEstimates pt : this.points) seen.add(pt.point().values().get(p.key()));
        taken = new ArrayList<>(seen);
        if (taken.stream().allMatch(v -> v instanceof Number)) {
          taken.sort(Comparator.comparingDouble(v -> ((Number) v).doubleValue()));
        }
      }
      values.put(p.key(), taken);
    }
  }

  /** A grid design: every combination of the parameters' values (not a sample, not an analysis plan). */
  boolean grid() {
    return sweep.sweep().grid();
  }

  List<PointEstimates> points() { return points; }

  List<Object> values(Parameter p) { return values.get(p.key()); }

  /** The parameters that took at least two values. */
  List<Parameter> varied() {
    return sweep.sweep().parameters().stream().filter(p -> values(p).size() >= 2).toList();
  }

  /** The varied parameters whose values are numbers, so that a metric can be drawn against them. */
  List<Parameter> axes() {
    return varied().stream().filter(p -> values(p).stream().allMatch(v -> v instanceof Number)).toList();
  }

  /**
   * The reach fraction above which a run is viral, when every point has the same (NaN when the
   * sweep varies it).
   */
  double viralThreshold() {
    double[] t = sweep.scenarios().stream().mapToDouble(Scenario::viralThreshold).distinct().toArray();
    return t.length == 1 ? t[0] : Double.NaN;
  }

  /** The fewest and most runs at a point. */
  int[] replications() {
    int[] r = {Integer.MAX_VALUE, 0};
    for (PointEstimates p : points) {
      r[0] = Math.min(r[0], p.replications());
      r[1] = Math.max(r[1], p.replications());
    }
    return r;
  }

  /**
   * A point's estimate of a metric as points.csv has it, except that the interval of {@code viral},
   * a proportion, is the Wilson score interval (as for viral_fraction in a run's summary.json),
   * which stays in [0, 1] and does not collapse when every run agrees.
   */
  static Estimate estimate(PointEstimates p, String metric) {
    Estimate e = p.metrics().get(metric);
    if (!metric.equals(RunMetrics.VIRAL) || e.n() == 0 || !Double.isFinite(e.mean())) return e;
    Estimate w = Estimates.proportion((int) Math.round(e.mean() * e.n()), e.n());
    return new Estimate(e.n(), e.mean(), e.sd(), w.ciLow(), w.ciHigh());
  }

  static double x(PointEstimates p, Parameter parameter) {
    return ((Number) p.point().values().get(parameter.key())).doubleValue();
  }

  private int index(PointEstimates p, Parameter parameter) {
    return values(parameter).indexOf(p.point().values().get(parameter.key()));
  }

  /**
   * The other varied parameter to draw a line per value of: the one with fewest values (the first
   * of those), or null when there is none with at most {@link #MAX_SERIES} values.
   */
  Parameter series(Parameter x) {
    Parameter best = null;
    for (Parameter p : varied()) {
      if (p == x || values(p).size() > MAX_SERIES) continue;
      if (best == null || values(p).size() < values(best).size()) best = p;
    }
    return best;
  }

  /**
   * A metric against parameter x in a grid design, or null when fewer than two values of x have a
   * mean; points that differ only in parameters other than x and the series are combined.
   */
  Lines lines(String metric, Parameter x) {
    Parameter series = series(x);
    List<Parameter> averaged = varied().stream().filter(p -> p != x && p != series).toList();
    List<Object> seriesValues = series == null ? Collections.singletonList(null) : values(series);
    Map<String, double[]> xs = new LinkedHashMap<>();
    Map<String, List<Estimate>> estimates = new LinkedHashMap<>();
    LinkedHashSet<Integer> shown = new LinkedHashSet<>();
    String[] seriesLabels = SweepLabels.values(seriesValues);
    for (int s = 0; s < seriesValues.size(); s++) {
      List<Object> xValues = values(x);
      double[] at = new double[xValues.size()];
      List<Estimate> line = new ArrayList<>();
      for (int i = 0; i < xValues.size(); i++) {
        List<PointEstimates> group = new ArrayList<>();
        for (PointEstimates p : points) {
          if (index(p, x) == i && (series == null || index(p, series) == s)) group.add(p);
        }
        at[i] = ((Number) xValues.get(i)).doubleValue();
        Estimate e = combine(group, metric);
        if (Double.isFinite(e.mean())) shown.add(i);
        line.add(e);
      }
      String label = series == null ? Charts.MEAN : series.key() + " = " + seriesLabels[s];
      xs.put(label, at);
      estimates.put(label, line);
    }
    return shown.size() < 2 ? null : new Lines(series, averaged, xs, estimates);
  }

  /**
   * The mean of a metric over a grid of parameters a and b, [a index][b index]: the mean of the
   * means of the points at those values (over the values of any other parameter); NaN where no
   * point has a mean. Null when no cell has one.
   */
  double[][] heatmap(String metric, Parameter a, Parameter b) {
    double[][] sum = new double[values(a).size()][values(b).size()];
    int[][] count = new int[sum.length][sum[0].length];
    for (PointEstimates p : points) {
      double m = p.metrics().get(metric).mean();
      if (!Double.isFinite(m)) continue;
      sum[index(p, a)][index(p, b)] += m;
      count[index(p, a)][index(p, b)]++;
    }
    boolean any = false;
    for (int i = 0; i < sum.length; i++) {
      for (int j = 0; j < sum[i].length; j++) {
        sum[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
        any |= count[i][j] > 0;
      }
    }
    return any ? sum : null;
  }

  /**
   * Several points' estimates of a metric as one: the mean of their means, with the 95% interval of
   * that average. Replication r runs with the same seed at every point (common random numbers), so
   * the averages over the points of each replication are independent of one another, and the
   * interval is Student's t over them (over the replications every point has), moved to the mean
   * of means. Points without a mean are left out; a single point keeps its own estimate.
   */
  Estimate combine(List<PointEstimates> group, String metric) {
    List<PointEstimates> known = group.stream().filter(p -> Double.isFinite(p.metrics().get(metric).mean())).toList();
    if (known.isEmpty()) return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    if (known.size() == 1) return estimate(known.get(0), metric);
    double mean = known.stream().mapToDouble(p -> p.metrics().get(metric).mean()).average().orElseThrow();
    Set<Integer> common = new TreeSet<>(runs.getOrDefault(known.get(0).point().index(), Map.of()).keySet());
    for (PointEstimates p : known) common.retainAll(runs.getOrDefault(p.point().index(), Map.of()).keySet());
    int column = sweep.metricIndex(metric);
    double[] averages = new double[common.size()];
    int k = 0;
    for (int r : common) {
      double sum = 0;
      int n = 0;
      for (PointEstimates p : known) {
        double v = runs.get(p.point().index()).get(r).metric(column);
        if (Double.isFinite(v)) {
          sum += v;
          n++;
        }
      }
      averages[k++] = n == 0 ? Double.NaN : sum / n;
    }
    Estimate overReplications = Estimates.of(averages);
    double low = mean + overReplications.ciLow() - overReplications.mean();
    double high = mean + overReplications.ciHigh() - overReplications.mean();
    if (metric.equals(RunMetrics.VIRAL)) {
      low = Math.max(0, low);
      high = Math.min(1, high);
    }
    return new Estimate(overReplications.n(), mean, overReplications.sd(), low, high);
  }
}
