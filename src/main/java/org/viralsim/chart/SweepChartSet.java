package org.viralsim.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults.PointEstimates;
import org.viralsim.sweep.SweepResults.Sensitivity;
import org.viralsim.sweep.SweepResults;
import org.viralsim.sweep.design.Parameter;

/**
 * The charts of a sweep's results folder, saved like a run's: chosen metrics against each parameter, heatmaps over pairs of grid parameters, the viral
 * fraction against the parameter that drives transmission, and the sensitivity indices of an
 * analysis. They are made from the final tables alone (points.csv's estimates and
 * sensitivity.csv's indices), so they are the same however the runs were scheduled, resumed or
 * sharded. Charts that would show fewer than two values are left out.
 */
public final class SweepChartSet {
  private SweepChartSet() {}

  /** The charts of a sweep's results folder, in the order they are written. */
  public static List<NamedChart> named(SweepPlan sweep, SweepResults results) {
    return charts(sweep, results).entrySet().stream().map(c -> NamedChart.of(c.getKey(), c.getValue())).toList();
  }

  /** The charts by file name (without extension), in the order they are written. */
  public static Map<String, JFreeChart> charts(SweepPlan sweep, SweepResults results) {
    SweepChartData data = new SweepChartData(sweep, results);
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    List<Parameter> axes = data.axes();
    for (String metric : sweep.chartMetrics()) {
      for (Parameter p : axes) put(charts, against(metric, p), metricChart(sweep, data, metric, p));
    }
    if (data.grid()) {
      List<Parameter> varied = data.varied();
      for (String metric : sweep.chartMetrics()) {
        for (int a = 0; a < varied.size(); a++) {
          for (int b = a + 1; b < varied.size(); b++) {
            Parameter x = varied.get(a);
            Parameter y = varied.get(b);
            String name = SweepLabels.metricFile(metric) + "_by_" + x.key() + "_and_" + y.key();
            put(charts, name, heatmap(data, metric, x, y));
          }
        }
      }
    }
    Parameter driver = driver(axes);
    if (driver != null && !charts.containsKey(against(RunMetrics.VIRAL, driver))) {
      put(charts, against(RunMetrics.VIRAL, driver), metricChart(sweep, data, RunMetrics.VIRAL, driver));
    }
    for (Sensitivity s : results.sensitivity()) {
      put(charts, "sensitivity_" + SweepLabels.metricFile(s.output()), sensitivity(sweep, data, s));
    }
    return charts;
  }

  /** The file name of a metric's chart against a parameter. */
  static String against(String metric, Parameter p) {
    return SweepLabels.metricFile(metric) + "_vs_" + p.key();
  }

  private static void put(Map<String, JFreeChart> charts, String name, JFreeChart chart) {
    if (chart != null) charts.put(SweepLabels.safe(name), chart);
  }

  /**
   * The parameter whose viral-fraction chart shows the viral threshold: the first that sets how
   * easily the campaign spreads (an appeal, a reshare probability, a mean degree or an adoption
   * threshold), else the first that can be drawn against; null when none can.
   */
  static Parameter driver(List<Parameter> axes) {
    for (Parameter p : axes) {
      String key = p.key();
      String last = key.substring(key.lastIndexOf('.') + 1);
      if (last.equals("appeal") || last.equals("reshare") || last.equals("mean_degree")
          || key.startsWith("diffusion.threshold.")) {
        return p;
      }
    }
    return axes.isEmpty() ? null : axes.get(0);
  }

  /** A metric against a parameter: lines with bands for a grid, a point per design point otherwise. */
  private static JFreeChart metricChart(SweepPlan sweep, SweepChartData data, String metric, Parameter p) {
    return data.grid() ? lines(data, metric, p) : scatter(sweep, data, metric, p);
  }

  private static JFreeChart lines(SweepChartData data, String metric, Parameter x) {
    SweepChartData.Lines lines = data.lines(metric, x);
    if (lines == null) return null;
    boolean log = SweepLabels.log(x);
    String title = SweepLabels.title(metric) + " against " + x.key();
    String yLabel = SweepLabels.axis(metric, data.viralThreshold());
    JFreeChart chart;
    if (lines.series() == null) {
      chart = SweepCharts.metricVsParameter(title, SweepLabels.parameter(x, log), yLabel,
          lines.x().get(Charts.MEAN), lines.estimates().get(Charts.MEAN), log);
    } else {
      chart = SweepCharts.metricVsParameterBySeries(title, SweepLabels.parameter(x, log), yLabel, lines.x(),
          lines.estimates(), log);
    }
    String interval = metric.equals(RunMetrics.VIRAL) ? "Wilson 95% CI" : "95% CI";
    String note = runs(data) + "; bands: " + interval + " of the mean";
    if (!lines.averaged().isEmpty()) {
      note = "averaged over " + describe(data, lines.averaged()) + " (" + count(data) + " each); bands: 95% CI"
          + " over the replications";
    }
    if (lines.series() != null) note = "one line per " + lines.series().key() + "; " + note;
    ChartStyle.subtitle(chart, note);
    return chart;
  }

  private static JFreeChart scatter(SweepPlan sweep, SweepChartData data, String metric, Parameter p) {
    List<double[]> xy = new ArrayList<>();
    for (PointEstimates pt : data.points()) {
      double y = pt.metrics().get(metric).mean();
      if (Double.isFinite(y)) xy.add(new double[] {SweepChartData.x(pt, p), y});
    }
    if (xy.stream().mapToDouble(v -> v[0]).distinct().count() < 2) return null;
    double[] x = xy.stream().mapToDouble(v -> v[0]).toArray();
    double[] y = xy.stream().mapToDouble(v -> v[1]).toArray();
    boolean log = SweepLabels.log(p);
    JFreeChart chart = SweepCharts.scatter(SweepLabels.title(metric) + " against " + p.key(),
        SweepLabels.parameter(p, log), SweepLabels.axis(metric, data.viralThreshold()), x, y, log, true);
    ChartStyle.subtitle(chart, "each dot: mean of " + count(data) + " at one of the " + data.points().size() + " "
        + design(sweep.sweep()) + "; the other parameters vary from dot to dot");
    return chart;
  }

  private static JFreeChart heatmap(SweepChartData data, String metric, Parameter x, Parameter y) {
    double[][] mean = data.heatmap(metric, x, y);
    if (mean == null) return null;
    String[] xLabels = SweepLabels.values(data.values(x));
    String[] yLabels = SweepLabels.values(data.values(y));
    String axis = SweepLabels.axis(metric, data.viralThreshold());
    JFreeChart chart = SweepCharts.heatmap(SweepLabels.title(metric) + " by " + x.key() + " and " + y.key(),
        SweepLabels.parameter(x, false), xLabels, SweepLabels.parameter(y, false), yLabels, mean, axis);
    List<Parameter> others = data.varied().stream().filter(p -> p != x && p != y).toList();
    String note = "each cell: " + runs(data);
    if (!others.isEmpty()) note += ", averaged over " + describe(data, others);
    boolean missing = Arrays.stream(mean).flatMapToDouble(Arrays::stream).anyMatch(Double::isNaN);
    ChartStyle.subtitle(chart, missing ? note + "; grey: no value" : note);
    return chart;
  }

  private static JFreeChart sensitivity(SweepPlan sweep, SweepChartData data, Sensitivity s) {
    Sweep.Analysis analysis = sweep.sweep().analysis();
    List<String> parameters = sweep.sweep().parameters().stream().map(Parameter::key).toList();
    int d = parameters.size();
    String what = SweepLabels.title(s.output());
    String points = String.format(Locale.ROOT, "%,d points", data.points().size());
    if (analysis.method() == Sweep.Method.SOBOL) {
      double[] first = new double[d];
      double[] total = new double[d];
      double[][] firstCi = new double[d][];
      double[][] totalCi = new double[d][];
      for (int i = 0; i < d; i++) {
        SobolIndices.Indices x = s.sobol().get(i);
        first[i] = x.first().estimate();
        total[i] = x.total().estimate();
        firstCi[i] = new double[] {x.first().low(), x.first().high()};
        totalCi[i] = new double[] {x.total().low(), x.total().high()};
      }
      if (allNaN(first) && allNaN(total)) return null;
      JFreeChart chart = SweepCharts.sensitivityBars("Sensitivity of " + lower(what) + " to each parameter: Sobol indices",
          parameters, first, firstCi, total, totalCi);
      ChartStyle.subtitle(chart, "share of the variance of the points' mean " + lower(what) + " due to each parameter"
          + " alone (first-order) and with its interactions (total-order); " + analysis.samples() + " base rows, "
          + points + ", " + runs(data) + "; whiskers: bootstrap 95% CI (" + analysis.bootstrap() + " resamples)");
      return chart;
    }
    double[] muStar = s.morris().stream().mapToDouble(MorrisScreening.Effects::muStar).toArray();
    double[] sigma = s.morris().stream().mapToDouble(MorrisScreening.Effects::sigma).toArray();
    if (allNaN(muStar) && allNaN(sigma)) return null;
    JFreeChart chart = SweepCharts.morrisBars("Sensitivity of " + lower(what) + " to each parameter: Morris screening",
        parameters, muStar, sigma, "elementary effect (per parameter range)");
    ChartStyle.subtitle(chart, "elementary effect: change in the points' mean of "
        + SweepLabels.axis(s.output(), data.viralThreshold()) + " when a parameter moves over its whole range; "
        + analysis.trajectories() + " trajectories on " + analysis.levels() + " levels, " + points + ", " + runs(data));
    return chart;
  }

  private static boolean allNaN(double[] values) {
    for (double v : values) if (!Double.isNaN(v)) return false;
    return true;
  }

  private static String lower(String title) {
    return title.equals("ROI") ? title : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }

  /** {@code mean of 10 runs per point}. */
  private static String runs(SweepChartData data) {
    return "mean of " + count(data) + " per point";
  }

  /** {@code 10 runs}, or {@code 3 to 12 runs} when a replication target set them. */
  private static String count(SweepChartData data) {
    int[] r = data.replications();
    return (r[0] == r[1] ? Integer.toString(r[0]) : r[0] + " to " + r[1]) + (r[1] == 1 ? " run" : " runs");
  }

  /** {@code the 3 values of a and the 4 values of b}. */
  private static String describe(SweepChartData data, List<Parameter> parameters) {
    List<String> parts = new ArrayList<>();
    for (Parameter p : parameters) parts.add("the " + data.values(p).size() + " values of " + p.key());
    return String.join(" and ", parts);
  }

  private static String design(Sweep sweep) {
    return switch (sweep.analysis().method()) {
      case SOBOL -> "points of the Sobol analysis plan (Saltelli)";
      case MORRIS -> "points of the Morris trajectories";
      case NONE -> switch (sweep.design()) {
        case RANDOM -> "points drawn at random";
        case LHS -> "points of the Latin hypercube";
        case GRID -> "points of the grid";
        case SOBOL -> "points of the Sobol quasi-random sequence";
      };
    };
  }
}
