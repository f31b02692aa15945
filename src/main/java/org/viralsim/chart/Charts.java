package org.viralsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.viralsim.stats.Ccdf;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

/** Chart builders for a strategist's report. Every chart carries its own title, units and legend. */
public final class Charts {
  /** Legend labels of {@link #reachOverTime}. */
  public static final String MEAN = "mean";
  public static final String MEAN_CI = "95% CI of mean";
  public static final String RUNS = "95% of runs";

  private static final String TIME = "time (ticks)";
  private static final double RUNS_ALPHA = 0.2;
  /** The band of runs in {@link #reachOverTime} leaves out this share of runs at each end. */
  public static final double RUNS_TAIL = 0.025;
  private static final double CI_ALPHA = 0.45;
  private static final Color USERS = new Color(0xAAAAAA);
  static final Locale NUMBERS = Locale.ROOT;

  private Charts() {}

  /**
   * A measure over time across replications: the mean, a darker band for the 95% confidence
   * interval of the mean (how sure we are of the average) and a lighter band holding the middle
   * 95% of runs (what a single campaign may do), from what the runs give at each tick: the estimate
   * of the mean (nothing is drawn at a tick where its n is 0) and the {@link #RUNS_TAIL} and
   * 1 - {@link #RUNS_TAIL} quantiles over runs.
   */
  public static JFreeChart reachOverTime(String title, double[] ticks, Estimate[] means, double[] runsLow,
      double[] runsHigh, String yLabel) {
    requireLength(means, ticks.length, "means");
    requireLength(runsLow, ticks.length, "runs' lower band");
    requireLength(runsHigh, ticks.length, "runs' upper band");
    YIntervalSeries runs = new YIntervalSeries(RUNS);
    YIntervalSeries ci = new YIntervalSeries(MEAN_CI);
    XYSeries mean = new XYSeries(MEAN);
    for (int t = 0; t < ticks.length; t++) {
      Estimate e = means[t];
      if (e.n() == 0) continue;
      runs.add(ticks[t], e.mean(), runsLow[t], runsHigh[t]);
      ci.add(ticks[t], e.mean(), e.ciLow(), e.ciHigh());
      mean.add(ticks[t], e.mean());
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(runs);
    bands.addSeries(ci);
    Color hue = ChartStyle.color(0);
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(1f); // the fills carry their own transparency, so the grid shows through
    bandRenderer.setSeriesFillPaint(0, translucent(hue, RUNS_ALPHA));
    bandRenderer.setSeriesFillPaint(1, translucent(hue, CI_ALPHA));

    XYPlot plot = new XYPlot(bands, timeAxis(), countAxis(yLabel), bandRenderer);
    plot.setDataset(1, new XYSeriesCollection(mean));
    plot.setRenderer(1, lines(1));
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // bands under the mean line

    // Band swatches as seen in the plot: the CI band is drawn over the runs band.
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(line(MEAN, hue));
    legend.add(swatch(MEAN_CI, translucent(hue, 1 - (1 - RUNS_ALPHA) * (1 - CI_ALPHA))));
    legend.add(swatch(RUNS, translucent(hue, RUNS_ALPHA)));
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart(title, plot);
  }

  /**
   * One line per role (in the map's order) of a measure averaged over replications, such as
   * posts per tick by creators, contributors and lurkers.
   */
  public static JFreeChart byRoleOverTime(String title, double[] ticks, Map<String, double[]> meanByRole,
      String yLabel) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, double[]> role : meanByRole.entrySet()) {
      double[] values = requireLength(role.getValue(), ticks.length, role.getKey());
      XYSeries series = new XYSeries(role.getKey(), false, true);
      for (int t = 0; t < ticks.length; t++) {
        if (Double.isFinite(values[t])) series.add(ticks[t], values[t]);
      }
      data.addSeries(series);
    }
    XYPlot plot = new XYPlot(data, timeAxis(), countAxis(yLabel), lines(data.getSeriesCount()));
    return ChartStyle.chart(title, plot);
  }

  /**
   * Per-tick counts stacked as areas in the map's order (e.g. actions by role), so the height is the
   * total and each band a part of it; {@code colours} gives each band's fill, in order.
   */
  public static JFreeChart stackedOverTime(String title, double[] ticks, Map<String, double[]> parts,
      Color[] colours, String yLabel) {
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    for (Map.Entry<String, double[]> part : parts.entrySet()) {
      double[] values = requireLength(part.getValue(), ticks.length, part.getKey());
      XYSeries series = new XYSeries(part.getKey(), true, false);
      for (int t = 0; t < ticks.length; t++) series.add(ticks[t], values[t]);
      data.addSeries(series);
    }
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    for (int i = 0; i < colours.length; i++) renderer.setSeriesPaint(i, colours[i]);
    return ChartStyle.chart(title, new XYPlot(data, timeAxis(), countAxis(yLabel), renderer));
  }

  /**
   * Participation inequality in two bars per role: the role's share of the users (grey) against its
   * share of all actions (dark); a second run's bars hatched, told apart without colour.
   *
   * @param runs run label prefix ("" for one run) to {users' shares, actions' shares}, each by role
   */
  public static JFreeChart usersAndActionsByRole(String title, String[] roles, Map<String, double[][]> runs) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<String, double[][]> run : runs.entrySet()) {
      double[] users = requireLength(run.getValue()[0], roles.length, run.getKey() + "users");
      double[] actions = requireLength(run.getValue()[1], roles.length, run.getKey() + "actions");
      for (int r = 0; r < roles.length; r++) {
        data.addValue(users[r], run.getKey() + "share of users", roles[r]);
        data.addValue(actions[r], run.getKey() + "share of actions", roles[r]);
      }
    }
    NumberAxis axis = new NumberAxis("share");
    axis.setRange(0, 1);
    axis.setNumberFormatOverride(NumberFormat.getPercentInstance(NUMBERS));
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    for (int i = 0; i < data.getRowCount(); i++) {
      Color c = i % 2 == 0 ? USERS : ChartStyle.TEXT;
      bars.setSeriesPaint(i, i < 2 ? c : hatched(c));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("role"), axis, bars);
    if (runs.size() > 1) { // four short entries, not one per run and measure
      List<String> labels = List.copyOf(runs.keySet());
      LegendItemCollection legend = new LegendItemCollection();
      legend.add(swatch("share of users", USERS));
      legend.add(swatch("share of actions", ChartStyle.TEXT));
      legend.add(swatch(labels.get(0).replaceAll(":\\s*$", "") + ": plain", Color.GRAY));
      legend.add(swatch(labels.get(1).replaceAll(":\\s*$", "") + ": hatched", hatched(Color.GRAY)));
      plot.setFixedLegendItems(legend);
    }
    return ChartStyle.chart(title, plot);
  }

  /**
   * Lorenz curves, users ordered from least to most active, against the diagonal of perfect
   * equality. The first curve is the measured one and its legend label carries {@code gini}
   * (omitted when NaN); further curves are references, such as a 90-9-1 population.
   *
   * @param curves label to {population share, share of the total}, as from
   *               {@link org.viralsim.stats.Inequality#lorenz}
   */
  public static JFreeChart lorenz(String title, Map<String, double[][]> curves, double gini) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, double[][]> curve : curves.entrySet()) {
      double[] x = curve.getValue()[0];
      double[] y = requireLength(curve.getValue()[1], x.length, curve.getKey());
      String label = data.getSeriesCount() == 0 && !Double.isNaN(gini)
          ? String.format(NUMBERS, "%s (Gini %.2f)", curve.getKey(), gini)
          : curve.getKey();
      XYSeries series = new XYSeries(label, false, true);
      for (int i = 0; i < x.length; i++) series.add(x[i], y[i]);
      data.addSeries(series);
    }
    XYSeries equality = new XYSeries("perfect equality");
    equality.add(0, 0);
    equality.add(1, 1);
    data.addSeries(equality);

    XYLineAndShapeRenderer renderer = lines(data.getSeriesCount() - 1);
    renderer.setSeriesPaint(data.getSeriesCount() - 1, ChartStyle.REFERENCE);
    renderer.setSeriesStroke(data.getSeriesCount() - 1, ChartStyle.DASHED);
    XYPlot plot = new XYPlot(data, shareAxis("share of users, least to most active"),
        shareAxis("share of all contributions"), renderer);
    return ChartStyle.chart(title, plot);
  }

  /**
   * Complementary CDF P(X >= x) of sizes on log-log axes, one marker style and colour per
   * series: a straight tail means a power law, a tail that bends down means cascades die out.
   */
  public static JFreeChart ccdfLogLog(String title, Map<String, long[]> sizesBySeries, String xLabel) {
    Map<String, double[][]> curves = new LinkedHashMap<>();
    sizesBySeries.forEach((name, sizes) -> curves.put(name, Ccdf.of(sizes)));
    return ccdfChart(title, curves, xLabel);
  }

  /** As {@link #ccdfLogLog} from counts of the sizes (entry s: how many have size s), not the sizes themselves. */
  public static JFreeChart ccdfLogLogOfCounts(String title, Map<String, long[]> countsBySeries, String xLabel) {
    Map<String, double[][]> curves = new LinkedHashMap<>();
    countsBySeries.forEach((name, counts) -> curves.put(name, Ccdf.ofCounts(counts)));
    return ccdfChart(title, curves, xLabel);
  }

  private static JFreeChart ccdfChart(String title, Map<String, double[][]> curves, String xLabel) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, double[][]> entry : curves.entrySet()) {
      double[][] ccdf = entry.getValue();
      XYSeries series = new XYSeries(entry.getKey(), false, true);
      for (int i = 0; i < ccdf[0].length; i++) series.add(ccdf[0][i], ccdf[1][i]);
      data.addSeries(series);
    }
    Shape[] shapes = {
      new Ellipse2D.Double(-3.5, -3.5, 7, 7), new Rectangle2D.Double(-3, -3, 6, 6),
      ShapeUtils.createUpTriangle(4f), ShapeUtils.createDiamond(4f),
    };
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
      renderer.setSeriesShape(i, shapes[i % shapes.length]);
    }
    LogAxis x = logAxis(xLabel, new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(NUMBERS)));
    LogAxis y = logAxis("share of cascades at least this large",
        new DecimalFormat("#,##0.##########%", DecimalFormatSymbols.getInstance(NUMBERS)));
    return ChartStyle.chart(title, new XYPlot(data, x, y, renderer));
  }

  static double[] requireLength(double[] values, int length, String what) {
    requireLength(values.length, length, what);
    return values;
  }

  static <T> T[] requireLength(T[] values, int length, String what) {
    requireLength(values.length, length, what);
    return values;
  }

  private static void requireLength(int actual, int length, String what) {
    if (actual != length) throw new IllegalArgumentException(what + " has " + actual + " values, expected " + length);
  }

  /**
   * Turns [replication][tick] into [tick][replication], checking that each replication has a value
   * per tick; {@code what} names a replication in the error, followed by its index.
   */
  static double[][] byTick(double[] ticks, double[][] valuesByReplication, String what) {
    for (int r = 0; r < valuesByReplication.length; r++) {
      requireLength(valuesByReplication[r], ticks.length, what + r);
    }
    double[][] columns = new double[ticks.length][valuesByReplication.length];
    for (int t = 0; t < ticks.length; t++) {
      for (int r = 0; r < valuesByReplication.length; r++) columns[t][r] = valuesByReplication[r][t];
    }
    return columns;
  }

  /** Plain lines for the first {@code count} series, in palette order. */
  private static XYLineAndShapeRenderer lines(int count) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < count; i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
      renderer.setSeriesStroke(i, ChartStyle.LINE);
    }
    return renderer;
  }

  /** A legend entry for a data line. */
  static LegendItem line(String label, Color colour) {
    return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), ChartStyle.LINE, colour);
  }

  /** A legend entry for a filled area or bar. */
  static LegendItem swatch(String label, Paint fill) {
    return new LegendItem(label, null, null, null, new Rectangle2D.Double(-10, -6, 20, 12), fill);
  }

  /** Diagonal stripes of a colour on white. */
  static TexturePaint hatched(Color c) {
    BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = tile.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 8, 8);
    g.setColor(c);
    g.setStroke(new BasicStroke(2.5f));
    g.drawLine(0, 8, 8, 0);
    g.drawLine(-4, 4, 4, -4);
    g.drawLine(4, 12, 12, 4);
    g.dispose();
    return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 8, 8));
  }

  static Color translucent(Color c, double alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
  }

  static ValueAxis timeAxis() {
    NumberAxis axis = new NumberAxis(TIME);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setAutoRangeIncludesZero(false);
    axis.setLowerMargin(0);
    axis.setUpperMargin(0);
    return axis;
  }

  static ValueAxis countAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(true);
    // As many decimals as the ticks need: a fixed three made ticks 0.0004 apart all read "0".
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(NUMBERS)));
    return axis;
  }

  static ValueAxis shareAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0, 1);
    axis.setTickUnit(new NumberTickUnit(0.1, NumberFormat.getPercentInstance(NUMBERS)));
    return axis;
  }

  /** Ticks only at whole powers of ten (the default adds unreadable ones like 31.6228%). */
  static LogAxis logAxis(String label, NumberFormat format) {
    LogAxis axis = new LogAxis(label);
    TickUnits decades = new TickUnits();
    for (int exponentStep : new int[] {1, 2, 3, 5, 10}) decades.add(new NumberTickUnit(exponentStep));
    axis.setStandardTickUnits(decades);
    axis.setNumberFormatOverride(format);
    return axis;
  }
}
