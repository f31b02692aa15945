package org.viralsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.viralsim.stats.Estimate;

/**
 * Charts of parameter sweeps: a metric against one parameter (optionally one line per value of a
 * second), a heatmap over two, a scatter of sampled design points, and bars of sensitivity indices.
 */
public final class SweepCharts {
  /** Legend labels of {@link #sensitivityBars} and {@link #morrisBars}. */
  public static final String FIRST_ORDER = "first-order index S\u1D62";
  public static final String TOTAL_ORDER = "total-order index S\u209C";
  public static final String MU_STAR = "\u03BC* (mean |elementary effect|)";
  public static final String SIGMA = "\u03C3 (spread of elementary effects)";
  public static final String PARAMETER = "parameter";
  /** Cell values are printed on heatmaps of at most this many cells. */
  static final int MAX_LABELLED_CELLS = 150;

  private static final double POINT_ALPHA = 0.6;
  /** Room below an interval that reaches below zero, as a share of the axis. */
  private static final double INTERVAL_ROOM = 0.03;
  /** A new format each time: formats are not thread-safe, and charts are drawn in parallel (io.ChartFiles). */
  private static NumberFormat values() {
    return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Charts.NUMBERS));
  }

  private static NumberFormat small() {
    return new DecimalFormat("0.##E0", DecimalFormatSymbols.getInstance(Charts.NUMBERS));
  }

  private SweepCharts() {}

  /**
   * A metric against one parameter: the mean at each parameter value with a band for its 95%
   * confidence interval, in the order of the values. Points whose mean is not finite are left out;
   * where only the interval is missing the band narrows to the mean.
   *
   * @param logX a logarithmic parameter axis, for parameters swept over orders of magnitude (values above 0)
   */
  public static JFreeChart metricVsParameter(String title, String parameter, String metric, double[] x,
      List<Estimate> estimates, boolean logX) {
    return metricVsParameterBySeries(title, parameter, metric, Map.of(Charts.MEAN, x),
        Map.of(Charts.MEAN, estimates), logX);
  }

  /**
   * As {@link #metricVsParameter}, with a line and band per value of a second parameter (in the
   * map's order), such as {@code mean degree = 4}, for grid designs.
   *
   * @param xBySeries parameter values per series, each as many as the series' estimates
   */
  public static JFreeChart metricVsParameterBySeries(String title, String parameter, String metric,
      Map<String, double[]> xBySeries, Map<String, List<Estimate>> bySeries, boolean logX) {
    if (bySeries.isEmpty()) throw new IllegalArgumentException("no series");
    if (!xBySeries.keySet().equals(bySeries.keySet())) {
      throw new IllegalArgumentException("series of values " + xBySeries.keySet() + " and of estimates "
          + bySeries.keySet() + " differ");
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Map.Entry<String, List<Estimate>> entry : bySeries.entrySet()) {
      List<Estimate> estimates = entry.getValue();
      double[] x = xBySeries.get(entry.getKey());
      if (x.length != estimates.size()) {
        throw new IllegalArgumentException(entry.getKey() + " has " + estimates.size() + " estimates for "
            + x.length + " parameter values");
      }
      YIntervalSeries series = new YIntervalSeries(entry.getKey(), true, true); // sorted by parameter value
      for (int i = 0; i < x.length; i++) {
        requireParameter(x[i], logX, parameter);
        Estimate e = estimates.get(i);
        if (!Double.isFinite(e.mean())) continue;
        boolean band = Double.isFinite(e.ciLow()) && Double.isFinite(e.ciHigh());
        series.add(x[i], e.mean(), band ? e.ciLow() : e.mean(), band ? e.ciHigh() : e.mean());
      }
      data.addSeries(series);
    }
    XYPlot plot = KpiCharts.meansWithBands(data, parameterAxis(parameter, logX,
        xBySeries.values().stream().flatMapToDouble(Arrays::stream).toArray()), Charts.countAxis(metric));
    // A marker at each parameter value shows where the sweep has a point; the lines only join them.
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < data.getSeriesCount(); i++) renderer.setSeriesShapesVisible(i, true);
    return ChartStyle.chart(title, plot);
  }

  /**
   * A heatmap of a metric's mean over a grid of two parameters: a cell per pair of values, evenly
   * spaced whatever the values' spacing, coloured on a sequential scale explained by a colour bar
   * named after the metric. Small grids print each cell's value; missing cells (NaN) are grey and
   * read "n/a".
   *
   * @param mean [x index][y index], a row per x value as long as {@code yValues}
   */
  public static JFreeChart heatmap(String title, String xParam, double[] xValues, String yParam,
      double[] yValues, double[][] mean, String metric) {
    return heatmap(title, xParam, labels(xValues), yParam, labels(yValues), mean, metric);
  }

  /**
   * As {@link #heatmap(String, String, double[], String, double[], double[][], String)}, with the
   * grid values given as tick labels, for parameters whose values are not numbers (such as
   * {@code random} and {@code by_degree}).
   */
  public static JFreeChart heatmap(String title, String xParam, String[] xLabels, String yParam,
      String[] yLabels, double[][] mean, String metric) {
    if (xLabels.length == 0 || yLabels.length == 0) throw new IllegalArgumentException("empty grid");
    if (mean.length != xLabels.length) {
      throw new IllegalArgumentException(mean.length + " rows of means for " + xLabels.length + " values of " + xParam);
    }
    for (int i = 0; i < mean.length; i++) {
      Charts.requireLength(mean[i], yLabels.length, xParam + " = " + xLabels[i]);
    }
    int cells = xLabels.length * yLabels.length;
    double[][] xyz = new double[3][cells];
    for (int i = 0; i < xLabels.length; i++) {
      for (int j = 0; j < yLabels.length; j++) {
        int k = i * yLabels.length + j;
        xyz[0][k] = i;
        xyz[1][k] = j;
        xyz[2][k] = mean[i][j];
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(metric, xyz);
    HeatScale scale = HeatScale.over(mean);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, gridAxis(xParam, xLabels), gridAxis(yParam, yLabels), renderer);
    if (cells <= MAX_LABELLED_CELLS) labelCells(plot, mean, scale);

    JFreeChart chart = ChartStyle.chart(title, plot);
    chart.removeLegend(); // the colour bar explains the cells
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    chart.addSubtitle(colourBar(scale, metric));
    return chart;
  }

  /**
   * A metric against one parameter for sampling designs (random, Latin hypercube, Sobol): a
   * translucent point per design point, so that overlaps show as darker. Points with a value that
   * is not finite are left out; the legend counts the points shown.
   */
  public static JFreeChart scatter(String title, String parameter, String metric, double[] x, double[] y) {
    return scatter(title, parameter, metric, x, y, false, false);
  }

  /**
   * As {@link #scatter(String, String, String, double[], double[])}, on a logarithmic parameter axis
   * when {@code logX} (for parameters sampled over orders of magnitude; values above 0), and with
   * {@code trend} a line through the mean of the points in each bin of the parameter (see
   * {@link BinnedMeans}), which shows the metric's average response where single points scatter.
   */
  public static JFreeChart scatter(String title, String parameter, String metric, double[] x, double[] y,
      boolean logX, boolean trend) {
    Charts.requireLength(y, x.length, metric);
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (logX && Double.isFinite(x[i]) && Double.isFinite(y[i])) requireParameter(x[i], true, parameter);
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) points.add(new double[] {x[i], y[i]});
    }
    XYSeries series = new XYSeries(String.format(Charts.NUMBERS, "design points (%,d)", points.size()), true, true);
    for (double[] p : points) series.add(p[0], p[1]);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Charts.translucent(ChartStyle.color(0), POINT_ALPHA));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), parameterAxis(parameter, logX, x),
        Charts.countAxis(metric), renderer);
    BinnedMeans.Trend means = trend ? BinnedMeans.of(points, logX) : null;
    if (means != null) {
      XYSeries line = new XYSeries(means.label(), false, true);
      for (int b = 0; b < means.bins(); b++) line.add(means.x()[b], means.y()[b]);
      XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
      lines.setSeriesPaint(0, ChartStyle.color(1));
      lines.setSeriesStroke(0, ChartStyle.LINE);
      lines.setSeriesShape(0, ShapeUtils.createDiamond(5f));
      plot.setDataset(1, new XYSeriesCollection(line));
      plot.setRenderer(1, lines);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the trend over the points
    }
    return ChartStyle.chart(title, plot);
  }

  /**
   * First- and total-order Sobol indices per parameter, side by side in two colours, each with a
   * whisker for its confidence interval and its value printed above. A missing index (NaN) has no bar.
   *
   * @param firstCi {low, high} per parameter, likewise {@code totalCi}
   */
  public static JFreeChart sensitivityBars(String title, List<String> parameters, double[] first,
      double[][] firstCi, double[] total, double[][] totalCi) {
    Map<String, List<Estimate>> rows = new LinkedHashMap<>();
    rows.put(FIRST_ORDER, withIntervals(FIRST_ORDER, parameters, first, firstCi));
    rows.put(TOTAL_ORDER, withIntervals(TOTAL_ORDER, parameters, total, totalCi));
    return bars(title, parameters, rows, "Sobol index (share of variance)", true);
  }

  /**
   * Morris screening per parameter: μ*, the mean absolute elementary effect (overall influence),
   * beside σ, their spread (non-linearity or interactions), with their values printed above.
   */
  public static JFreeChart morrisBars(String title, List<String> parameters, double[] muStar, double[] sigma) {
    return morrisBars(title, parameters, muStar, sigma, "elementary effect");
  }

  /** As {@link #morrisBars(String, List, double[], double[])}, with the value axis saying what an effect is measured in. */
  public static JFreeChart morrisBars(String title, List<String> parameters, double[] muStar, double[] sigma,
      String valueLabel) {
    Map<String, List<Estimate>> rows = new LinkedHashMap<>();
    rows.put(MU_STAR, withIntervals(MU_STAR, parameters, muStar, null));
    rows.put(SIGMA, withIntervals(SIGMA, parameters, sigma, null));
    return bars(title, parameters, rows, valueLabel, false);
  }

  /** Grouped bars, a group per parameter and a colour per row. */
  private static JFreeChart bars(String title, List<String> parameters, Map<String, List<Estimate>> rows,
      String valueLabel, boolean whiskers) {
    if (parameters.isEmpty()) throw new IllegalArgumentException("no parameters");
    List<Estimate> all = new ArrayList<>();
    rows.values().forEach(all::addAll);
    EstimateDataset data = new EstimateDataset(List.copyOf(rows.keySet()), parameters, List.copyOf(rows.values()));
    NumberAxis axis = new NumberAxis(valueLabel);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Charts.NUMBERS));
    axis.setRange(valueRange(all));
    EstimateBarRenderer renderer = new EstimateBarRenderer(KpiCharts.format(all), true);
    renderer.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(PARAMETER), axis, renderer);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);

    LegendItemCollection legend = new LegendItemCollection();
    for (int r = 0; r < data.getRowCount(); r++) {
      legend.add(Charts.swatch(data.getRowKey(r).toString(), ChartStyle.color(r)));
    }
    if (whiskers) legend.add(EstimateBarRenderer.whiskerLegend("95% CI"));
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart(title, plot);
  }

  /**
   * The value axis of {@link KpiCharts#valueRange}, but where no mean is negative only the
   * intervals reach below zero, so that no room is kept there for printed means.
   */
  private static Range valueRange(List<Estimate> estimates) {
    Range range = KpiCharts.valueRange(estimates);
    if (estimates.stream().anyMatch(e -> e.mean() < 0)) return range;
    double lowest = estimates.stream().mapToDouble(Estimate::ciLow).filter(Double::isFinite).min().orElse(0);
    double lower = lowest < 0 ? lowest - INTERVAL_ROOM * range.getLength() : 0;
    return new Range(lower, range.getUpperBound());
  }

  /** Values as estimates, with the intervals {low, high} when given. */
  private static List<Estimate> withIntervals(String what, List<String> parameters, double[] values,
      double[][] intervals) {
    Charts.requireLength(values, parameters.size(), what);
    if (intervals != null && intervals.length != values.length) {
      throw new IllegalArgumentException(what + " has " + intervals.length + " intervals, expected " + values.length);
    }
    List<Estimate> estimates = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      double[] ci = intervals == null ? new double[] {Double.NaN, Double.NaN} : intervals[i];
      Charts.requireLength(ci, 2, what + " interval of " + parameters.get(i));
      estimates.add(new Estimate(0, values[i], Double.NaN, ci[0], ci[1]));
    }
    return estimates;
  }

  private static void requireParameter(double x, boolean logX, String parameter) {
    if (!Double.isFinite(x) || (logX && x <= 0)) {
      throw new IllegalArgumentException(parameter + " = " + x + " cannot be shown on a "
          + (logX ? "logarithmic" : "linear") + " axis");
    }
  }

  /** The parameter's axis; whole-number ticks when it only takes whole values (a count has no 1.5). */
  private static ValueAxis parameterAxis(String parameter, boolean logX, double[] x) {
    if (logX) return new ParameterLogAxis(parameter, values());
    NumberAxis axis = new NumberAxis(parameter);
    if (Arrays.stream(x).filter(Double::isFinite).allMatch(v -> v == Math.rint(v))) {
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Charts.NUMBERS));
    }
    axis.setAutoRangeIncludesZero(false);
    axis.setNumberFormatOverride(values());
    return axis;
  }

  /** An axis with a tick per grid value, labelled with the value. */
  private static SymbolAxis gridAxis(String parameter, String[] labels) {
    SymbolAxis axis = new SymbolAxis(parameter, labels);
    axis.setGridBandsVisible(false);
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    return axis;
  }

  private static void labelCells(XYPlot plot, double[][] mean, HeatScale scale) {
    double largest = 0;
    for (double[] row : mean) {
      for (double v : row) if (Double.isFinite(v)) largest = Math.max(largest, Math.abs(v));
    }
    NumberFormat format = KpiCharts.format(largest);
    for (int i = 0; i < mean.length; i++) {
      for (int j = 0; j < mean[i].length; j++) {
        double v = mean[i][j];
        String text = Double.isFinite(v) ? format.format(v) : EstimateBarRenderer.MISSING;
        if (text.matches("-0(\\.0*)?")) text = text.substring(1); // a small negative mean rounded to zero
        XYTextAnnotation cell = new XYTextAnnotation(text, i, j);
        cell.setFont(ChartStyle.font(Font.BOLD, 13));
        cell.setPaint(Double.isFinite(v) ? scale.textOn(v) : ChartStyle.TEXT);
        plot.addAnnotation(cell);
      }
    }
  }

  private static PaintScaleLegend colourBar(HeatScale scale, String metric) {
    NumberAxis axis = new NumberAxis(metric);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Charts.NUMBERS));
    axis.setRange(scale.getLowerBound(), scale.getUpperBound());
    ChartStyle.styleAxis(axis);
    PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
    bar.setPosition(RectangleEdge.RIGHT);
    bar.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    bar.setStripWidth(18);
    bar.setSubdivisionCount(256);
    bar.setMargin(new RectangleInsets(40, 16, 40, 0));
    bar.setFrame(BlockBorder.NONE);
    bar.setBackgroundPaint(Color.WHITE);
    return bar;
  }

  /**
   * Tick labels of grid values: three significant digits (a log range's 1.7411 reads 1.74), or
   * the full value where rounding would make two labels alike.
   */
  public static String[] labels(double[] values) {
    String[] rounded = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      rounded[i] = v == 0 || !Double.isFinite(v) ? label(v)
          : label(new BigDecimal(v).round(new MathContext(3)).doubleValue());
    }
    if (new HashSet<>(Arrays.asList(rounded)).size() == rounded.length) return rounded;
    String[] full = new String[values.length];
    for (int i = 0; i < values.length; i++) full[i] = label(values[i]);
    return full;
  }

  /** A parameter value as a tick label: plain digits, or scientific notation when tiny. */
  public static String label(double value) {
    return value != 0 && Math.abs(value) < 1e-3 ? small().format(value) : values().format(value);
  }
}
