package org.viralsim.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.text.NumberFormat;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * Vertical bars of means from an {@link IntervalCategoryDataset}, each column (campaign) or each
 * row (such as first- and total-order indices side by side) in its palette colour, with a whisker from the start to the end value (the 95% confidence interval of
 * the mean) and the mean printed beyond the far end of bar and whisker: above for values of zero
 * or more, below for negative ones, so that neither covers the number.
 */
final class EstimateBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;
  /** The label where a value is missing. */
  static final String MISSING = "n/a";

  static final Stroke WHISKER = new BasicStroke(1.8f);
  /** Width of the whisker caps, as a share of the bar width. */
  private static final double CAP = 0.36;

  /** Colour by row rather than by column. */
  private final boolean byRow;
  /** The whisker of the item being drawn (Java2D), so that its label is put beyond it. */
  private transient Rectangle2D whisker;

  EstimateBarRenderer(NumberFormat format, boolean byRow) {
    this.byRow = byRow;
    setBarPainter(new StandardBarPainter());
    setShadowVisible(false);
    setDrawBarOutline(false);
    setMaximumBarWidth(0.2);
    setDefaultItemLabelGenerator(new MeanLabels(format));
    setDefaultItemLabelsVisible(true);
    setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 14));
    setDefaultItemLabelPaint(ChartStyle.TEXT);
    setItemLabelAnchorOffset(3);
    setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
  }

  /** One colour per column, so that a campaign keeps its colour in every panel, or per row. */
  @Override
  public Paint getItemPaint(int row, int column) {
    return ChartStyle.color(byRow ? row : column);
  }

  @Override
  public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
    whisker = whisker(state, dataArea, plot, domainAxis, rangeAxis, (IntervalCategoryDataset) dataset, row, column);
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    if (whisker != null) {
      g2.setPaint(ChartStyle.TEXT);
      g2.setStroke(WHISKER);
      g2.draw(whiskerShape(whisker));
    }
    whisker = null;
  }

  /** Puts the label beyond both the bar and its whisker. */
  @Override
  protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
      CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
    Rectangle2D around = whisker == null ? bar : bar.createUnion(whisker);
    super.drawItemLabel(g2, data, row, column, plot, generator, around, negative);
  }

  /** The legend entry of the whiskers. */
  static LegendItem whiskerLegend(String label) {
    return new LegendItem(label, null, null, null, whiskerShape(new Rectangle2D.Double(-5, -8, 10, 16)), WHISKER,
        ChartStyle.TEXT);
  }

  /** A vertical line with caps at both ends, spanning the given box. */
  private static Shape whiskerShape(Rectangle2D box) {
    Path2D.Double path = new Path2D.Double();
    path.append(new Line2D.Double(box.getCenterX(), box.getMinY(), box.getCenterX(), box.getMaxY()), false);
    path.append(new Line2D.Double(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMinY()), false);
    path.append(new Line2D.Double(box.getMinX(), box.getMaxY(), box.getMaxX(), box.getMaxY()), false);
    return path;
  }

  /** The box of an item's whisker in Java2D, or null where the interval is missing or hidden. */
  private Rectangle2D whisker(CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
      CategoryAxis domainAxis, ValueAxis rangeAxis, IntervalCategoryDataset data, int row, int column) {
    int visibleRow = state.getVisibleSeriesIndex(row);
    Number low = data.getStartValue(row, column);
    Number high = data.getEndValue(row, column);
    if (visibleRow < 0 || low == null || high == null) return null;
    double barStart = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
    double centre = barStart + state.getBarWidth() / 2;
    double halfCap = CAP * state.getBarWidth() / 2;
    RectangleEdge edge = plot.getRangeAxisEdge();
    double y0 = rangeAxis.valueToJava2D(low.doubleValue(), dataArea, edge);
    double y1 = rangeAxis.valueToJava2D(high.doubleValue(), dataArea, edge);
    return new Rectangle2D.Double(centre - halfCap, Math.min(y0, y1), 2 * halfCap, Math.abs(y1 - y0));
  }

  /** The mean in the panel's format, or {@link #MISSING}. */
  record MeanLabels(NumberFormat format) implements CategoryItemLabelGenerator, Serializable {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number mean = dataset.getValue(row, column);
      return mean == null ? MISSING : format.format(mean);
    }
  }
}
