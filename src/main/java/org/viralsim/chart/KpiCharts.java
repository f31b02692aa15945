package org.viralsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

/**
 * Charts of campaign outcomes (key performance indicators) for a strategist: all indicators side by
 * side, indicators over time, and each campaign's share of voice.
 */
public final class KpiCharts {
  /** Legend label of the whiskers in {@link #kpiMap} and of the bands in {@link #meanOverTime}. */
  public static final String MEAN_CI = Charts.MEAN_CI;
  public static final String CAMPAIGN = "campaign";

  /** Room beyond the bars for the printed means, as a share of the values' span. */
  private static final double LABEL_ROOM = 0.3;
  /** Room above zero in a panel without positive values, as a share of the values' span. */
  private static final double ABOVE_ZERO = 0.15;
  private static final double BAND_ALPHA = 0.22;
  /** A share sum this far above 1 is rounding, not an error. */
  private static final double SHARE_TOLERANCE = 1e-6;

  // Layout of the KPI map in pixels (see kpiMapSize).
  private static final int PANEL_GAP = 20;
  private static final int PANEL_HEIGHT = 120;
  private static final int FRAME_HEIGHT = 170;
  private static final int LABEL_COLUMN_WIDTH = 460;
  private static final int CAMPAIGN_WIDTH = 170;
  private static final int MIN_WIDTH = 1000;

  private KpiCharts() {}

  /**
   * One indicator across campaigns.
   *
   * @param name       such as {@code reach} or {@code cost_per_conversion} (underscores are shown as spaces)
   * @param unit       such as {@code users}, {@code EUR} or {@code ratio}; empty for none
   * @param byCampaign one estimate per campaign, in the campaigns' order; NaN where undefined
   */
  public record Kpi(String name, String unit, List<Estimate> byCampaign) {
    public Kpi {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unit, "unit");
      byCampaign = List.copyOf(byCampaign);
    }

    /** The name as shown, with its unit: {@code cost per conversion (EUR)}. */
    public String label() {
      String shown = name.replace('_', ' ');
      return unit.isBlank() ? shown : shown + " (" + unit + ")";
    }
  }

  /**
   * The KPI map: every indicator in a panel of its own, one under the other, each with its own
   * value axis (units differ) that always includes zero. In each panel a bar per campaign shows the
   * mean, in the campaign's colour throughout, with a whisker for its 95% confidence interval and
   * the mean printed beyond it; a dark line marks zero, so that a negative return shows as a bar
   * below the line. A missing mean (NaN) has no bar and reads "n/a". Draw it at {@link #kpiMapSize}.
   */
  public static JFreeChart kpiMap(String title, List<String> campaigns, List<Kpi> kpis) {
    return kpiMap(title, CAMPAIGN, campaigns, kpis);
  }

  /** As above, with the columns named {@code axis} (a campaign, a scenario, a platform family). */
  public static JFreeChart kpiMap(String title, String axis, List<String> campaigns, List<Kpi> kpis) {
    if (campaigns.isEmpty()) throw new IllegalArgumentException("no campaigns");
    if (new HashSet<>(campaigns).size() != campaigns.size()) {
      throw new IllegalArgumentException("campaign names repeat: " + campaigns);
    }
    if (kpis.isEmpty()) throw new IllegalArgumentException("no KPIs");
    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(new CategoryAxis(axis));
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setGap(PANEL_GAP);
    for (Kpi kpi : kpis) plot.add(panel(kpi, campaigns));

    LegendItemCollection legend = new LegendItemCollection();
    for (int c = 0; c < campaigns.size(); c++) legend.add(Charts.swatch(campaigns.get(c), ChartStyle.color(c)));
    legend.add(EstimateBarRenderer.whiskerLegend(MEAN_CI));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = ChartStyle.chart(title, plot);
    plot.getDomainAxis().setTickLabelFont(ChartStyle.font(Font.BOLD, 15));
    return chart;
  }

  /**
   * Width and height in pixels at which {@link #kpiMap} has room for every panel, label and bar.
   */
  public static int[] kpiMapSize(int kpis, int campaigns) {
    if (kpis < 1 || campaigns < 1) {
      throw new IllegalArgumentException("need at least one KPI and one campaign, got " + kpis + " and " + campaigns);
    }
    int width = Math.max(MIN_WIDTH, LABEL_COLUMN_WIDTH + campaigns * CAMPAIGN_WIDTH);
    int height = FRAME_HEIGHT + kpis * PANEL_HEIGHT + (kpis - 1) * PANEL_GAP;
    return new int[] {width, height};
  }

  /**
   * Several measures over time across replications, such as attitude per brand: for each, in the
   * map's order, the mean line and a translucent band for the 95% confidence interval of the mean.
   * Missing values (NaN) are skipped per tick.
   *
   * @param valuesBySeries name to [replication][tick], each row as long as {@code ticks}
   */
  public static JFreeChart meanOverTime(String title, double[] ticks, Map<String, double[][]> valuesBySeries,
      String yLabel) {
    return meanOverTime(title, ticks, valuesBySeries, yLabel, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** As above, for a measure that lies in [min, max]: its bands stay in that range, as the summary's intervals. */
  public static JFreeChart meanOverTime(String title, double[] ticks, Map<String, double[][]> valuesBySeries,
      String yLabel, double min, double max) {
    Map<String, Estimate[]> estimates = new LinkedHashMap<>();
    for (Map.Entry<String, double[][]> entry : valuesBySeries.entrySet()) {
      double[][] columns = Charts.byTick(ticks, entry.getValue(), entry.getKey() + ", replication ");
      Estimate[] byTick = new Estimate[ticks.length];
      for (int t = 0; t < ticks.length; t++) byTick[t] = Estimates.of(columns[t], min, max);
      estimates.put(entry.getKey(), byTick);
    }
    return meanOverTimeOfEstimates(title, ticks, estimates, yLabel);
  }

  /** As above from each series' estimate of the mean at each tick (none drawn where n is 0). */
  public static JFreeChart meanOverTimeOfEstimates(String title, double[] ticks, Map<String, Estimate[]> estimatesBySeries,
      String yLabel) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (Map.Entry<String, Estimate[]> entry : estimatesBySeries.entrySet()) {
      YIntervalSeries series = new YIntervalSeries(entry.getKey());
      Estimate[] byTick = Charts.requireLength(entry.getValue(), ticks.length, entry.getKey());
      for (int t = 0; t < ticks.length; t++) {
        Estimate e = byTick[t];
        if (e.n() > 0) series.add(ticks[t], e.mean(), e.ciLow(), e.ciHigh());
      }
      data.addSeries(series);
    }
    return ChartStyle.chart(title, meansWithBands(data, Charts.timeAxis(), Charts.countAxis(yLabel)));
  }

  /**
   * A plot of each series' mean line and a translucent band for its 95% confidence interval, in
   * palette order, with a legend entry per line and one for the bands.
   */
  static XYPlot meansWithBands(YIntervalSeriesCollection data, ValueAxis x, ValueAxis y) {
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(1f); // the fills carry their own transparency, so that bands and grid show through
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      Color hue = ChartStyle.color(i);
      renderer.setSeriesPaint(i, hue);
      renderer.setSeriesStroke(i, ChartStyle.LINE);
      renderer.setSeriesFillPaint(i, Charts.translucent(hue, BAND_ALPHA));
      legend.add(Charts.line(data.getSeriesKey(i).toString(), hue));
    }
    legend.add(Charts.swatch(MEAN_CI, Charts.translucent(ChartStyle.REFERENCE, BAND_ALPHA * 2)));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setFixedLegendItems(legend);
    return plot;
  }

  /**
   * Each campaign's share of voice over time, stacked in the map's order: the layers of a tick add
   * up to the campaigns' joint share. A missing share (NaN) counts as 0.
   *
   * @param meanShareByCampaign campaign to its share per tick, between 0 and 1
   */
  public static JFreeChart shareOfVoice(String title, double[] ticks, Map<String, double[]> meanShareByCampaign) {
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    double[] total = new double[ticks.length];
    for (Map.Entry<String, double[]> entry : meanShareByCampaign.entrySet()) {
      double[] shares = Charts.requireLength(entry.getValue(), ticks.length, entry.getKey());
      XYSeries series = new XYSeries(entry.getKey(), false, false);
      for (int t = 0; t < ticks.length; t++) {
        double share = Double.isNaN(shares[t]) ? 0 : shares[t];
        if (!(share >= 0 && share <= 1)) {
          throw new IllegalArgumentException(entry.getKey() + " has share " + shares[t] + " at tick " + ticks[t]
              + ", expected 0 to 1");
        }
        total[t] += share;
        series.add(ticks[t], share);
      }
      data.addSeries(series);
    }
    for (int t = 0; t < ticks.length; t++) {
      if (total[t] > 1 + SHARE_TOLERANCE) {
        throw new IllegalArgumentException("shares add up to " + total[t] + " at tick " + ticks[t] + ", above 1");
      }
    }
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    LegendItemCollection legend = new LegendItemCollection(); // plain swatches, not the renderer's blobs
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, ChartStyle.color(i));
      legend.add(Charts.swatch(data.getSeriesKey(i).toString(), ChartStyle.color(i)));
    }
    XYPlot plot = new XYPlot(data, Charts.timeAxis(), Charts.shareAxis("share of voice"), renderer);
    plot.setFixedLegendItems(legend);
    return ChartStyle.chart(title, plot);
  }

  /** One KPI's panel: bars with whiskers, its own value axis, the zero line and "n/a" for gaps. */
  private static CategoryPlot panel(Kpi kpi, List<String> campaigns) {
    EstimateDataset data = new EstimateDataset(List.of(kpi.label()), campaigns, List.of(kpi.byCampaign()));
    NumberAxis axis = new NumberAxis(kpi.label());
    axis.setLabelAngle(Math.PI / 2); // level, left of the panel: a row label rather than a squeezed column
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Charts.NUMBERS));
    axis.setRange(valueRange(kpi.byCampaign()));
    // Without a single value the scale means nothing: only the "n/a" labels remain.
    axis.setTickLabelsVisible(kpi.byCampaign().stream().anyMatch(e -> Double.isFinite(e.mean())));
    CategoryPlot panel = new CategoryPlot(data, null, axis, new EstimateBarRenderer(format(kpi.byCampaign()), false));
    panel.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1.5f)), Layer.FOREGROUND);

    for (int c = 0; c < campaigns.size(); c++) {
      if (data.getValue(0, c) != null) continue;
      CategoryTextAnnotation missing = new CategoryTextAnnotation(EstimateBarRenderer.MISSING, campaigns.get(c), 0);
      missing.setFont(ChartStyle.font(Font.ITALIC, 14));
      missing.setPaint(ChartStyle.REFERENCE);
      missing.setTextAnchor(TextAnchor.BOTTOM_CENTER); // on the zero line
      panel.addAnnotation(missing);
    }
    return panel;
  }

  /**
   * The value axis of a panel: zero, every mean and interval bound, and room beyond them for the
   * printed means. Bars rest on the bottom edge when no value is negative; otherwise zero keeps a
   * margin above it, so that bars hanging from it are not taken for the panel above.
   */
  static Range valueRange(List<Estimate> estimates) {
    double low = 0;
    double high = 0;
    for (Estimate e : estimates) {
      for (double v : new double[] {e.mean(), e.ciLow(), e.ciHigh()}) {
        if (Double.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    double span = high > low ? high - low : 1;
    double lower = low < 0 ? low - LABEL_ROOM * span : 0;
    double upper = high > 0 ? high + LABEL_ROOM * span : ABOVE_ZERO * span;
    return new Range(lower, upper);
  }

  /**
   * Digits for the printed means of one panel, from the largest absolute value: whole numbers from
   * 100 on, then one or two decimals, and two significant digits below 1.
   */
  static NumberFormat format(List<Estimate> estimates) {
    double largest = 0;
    for (Estimate e : estimates) {
      if (Double.isFinite(e.mean())) largest = Math.max(largest, Math.abs(e.mean()));
    }
    return format(largest);
  }

  /** Digits for printed values up to {@code largest} in absolute value, as in {@link #format(List)}. */
  static NumberFormat format(double largest) {
    int decimals;
    if (largest == 0 || largest >= 100) decimals = 0;
    else if (largest >= 10) decimals = 1;
    else if (largest >= 1) decimals = 2;
    else decimals = Math.min(8, 1 + (int) Math.ceil(-Math.log10(largest)));
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Charts.NUMBERS));
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format;
  }
}
