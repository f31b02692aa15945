package org.viralsim.gui.live;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/** Text sizes of charts for small windows and for projectors: the report's sizes, times a factor. */
public final class ChartFonts {
  /** The report's charts are drawn at 1000 pixels wide; a window's grid cell is about half that. */
  private static final double WINDOW = 0.75;

  private ChartFonts() {}

  /** Scales every text of the chart by {@code scale} times the window factor. */
  public static void scale(JFreeChart chart, double scale) {
    double f = WINDOW * scale;
    if (chart.getTitle() != null) chart.getTitle().setFont(times(chart.getTitle().getFont(), f));
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof LegendTitle legend) legend.setItemFont(times(legend.getItemFont(), f));
      else if (t instanceof TextTitle text) text.setFont(times(text.getFont(), f));
    }
    if (chart.getPlot() instanceof CategoryPlot plot) {
      axis(plot.getDomainAxis(), f);
      axis(plot.getRangeAxis(), f);
    }
    if (chart.getPlot() instanceof XYPlot plot) {
      for (int i = 0; i < plot.getDomainAxisCount(); i++) axis(plot.getDomainAxis(i), f);
      for (int i = 0; i < plot.getRangeAxisCount(); i++) axis(plot.getRangeAxis(i), f);
    }
  }

  private static void axis(Axis axis, double f) {
    if (axis == null) return;
    axis.setLabelFont(times(axis.getLabelFont(), f));
    axis.setTickLabelFont(times(axis.getTickLabelFont(), f));
  }

  private static Font times(Font font, double f) {
    return font.deriveFont((float) Math.max(9, font.getSize2D() * f));
  }
}
