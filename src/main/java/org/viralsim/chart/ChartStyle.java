package org.viralsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The common look of viralsim charts: white background, light solid grid, legend below, large
 * anti-aliased text, and the Okabe-Ito palette, which stays distinct under the common forms of
 * colour blindness.
 */
public final class ChartStyle {
  /** Okabe-Ito, reordered so that neighbouring series contrast most and yellow (faint on white) comes last. */
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442),
  };
  static final Color TEXT = new Color(0x222222);
  static final Color REFERENCE = new Color(0x777777);
  private static final Color GRID = new Color(0xE3E3E3);
  private static final Color AXIS = new Color(0x888888);
  private static final String FONT = Font.SANS_SERIF;

  /** Data lines: thick enough to read from a projector. */
  static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  /** Reference lines (equality, theory): thinner and dashed so that data stands out. */
  static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {6f, 4f}, 0f);

  private ChartStyle() {}

  /** The i-th series colour (cycles after eight). */
  public static Color color(int i) {
    return PALETTE[Math.floorMod(i, PALETTE.length)];
  }

  /** A chart with a legend around the plot, styled by {@link #apply}. */
  public static JFreeChart chart(String title, Plot plot) {
    JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 20), plot, true);
    apply(chart);
    return chart;
  }

  /**
   * Applies the common look to a chart with an XY or a category plot, including the subplots of a
   * combined category plot (also for charts built elsewhere).
   */
  public static void apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    // Pure strokes: without it, thin lines snap to pixels and slopes look jagged.
    chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    chart.setPadding(new RectangleInsets(10, 10, 10, 20));
    if (chart.getTitle() != null) {
      chart.getTitle().setPaint(TEXT);
      chart.getTitle().setFont(new Font(FONT, Font.BOLD, 20));
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      legend.setItemFont(new Font(FONT, Font.PLAIN, 15));
      legend.setItemPaint(TEXT);
      legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
    }
    Plot plot = chart.getPlot();
    if (plot instanceof XYPlot xy) {
      style(xy);
    } else if (plot instanceof CategoryPlot category) {
      style(category);
      if (category instanceof CombinedDomainCategoryPlot combined) {
        for (Object subplot : combined.getSubplots()) style((CategoryPlot) subplot);
      }
    }
  }

  /**
   * Adds a line of explanation right below the title, such as what a point or a cell stands for,
   * before any other subtitle so that it spans the chart's width; long lines wrap.
   */
  public static void subtitle(JFreeChart chart, String text) {
    TextTitle subtitle = new TextTitle(text, new Font(FONT, Font.PLAIN, 15));
    subtitle.setPaint(TEXT);
    subtitle.setPosition(RectangleEdge.TOP);
    subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
    chart.addSubtitle(0, subtitle);
  }

  /** A plain font of the common family. */
  static Font font(int style, int size) {
    return new Font(FONT, style, size);
  }

  private static void style(XYPlot plot) {
    frame(plot);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setDomainGridlinesVisible(true);
    plot.setRangeGridlinesVisible(true);
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    for (int i = 0; i < plot.getDomainAxisCount(); i++) styleAxis(plot.getDomainAxis(i));
    for (int i = 0; i < plot.getRangeAxisCount(); i++) styleAxis(plot.getRangeAxis(i));
  }

  /** Categories (such as campaigns) need no grid lines of their own: only the value grid. */
  private static void style(CategoryPlot plot) {
    frame(plot);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlinesVisible(true);
    plot.setDomainGridlinesVisible(false);
    for (int i = 0; i < plot.getDomainAxisCount(); i++) styleAxis(plot.getDomainAxis(i));
    for (int i = 0; i < plot.getRangeAxisCount(); i++) styleAxis(plot.getRangeAxis(i));
  }

  private static void frame(Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
  }

  /** The common fonts and colours of an axis, also for axes outside a plot such as a colour bar's. */
  static void styleAxis(Axis axis) {
    if (axis == null) return;
    axis.setLabelFont(new Font(FONT, Font.PLAIN, 16));
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
  }
}
