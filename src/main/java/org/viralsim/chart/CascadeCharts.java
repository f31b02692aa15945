package org.viralsim.chart;

import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.viralsim.stats.CascadeShape;

/** Charts of the shapes of a set of cascade trees read from a file. */
public final class CascadeCharts {
  private CascadeCharts() {}

  /** The file's cascade sizes as a CCDF on log-log axes ({@code cascade_sizes}). */
  public static NamedChart sizes(String title, List<CascadeShape> shapes) {
    long[] sizes = shapes.stream().mapToLong(CascadeShape::size).toArray();
    return NamedChart.of("cascade_sizes", Charts.ccdfLogLog(title, Map.of("cascades", sizes), "cascade size (nodes)"));
  }

  /**
   * Structural virality against size, one point per cascade of two nodes or more, size on a log
   * axis ({@code virality_by_size}): broadcasts stay near 2 however large, chains climb with size.
   */
  public static NamedChart viralityBySize(String title, List<CascadeShape> shapes) {
    XYSeries points = new XYSeries("cascades", false, true);
    for (CascadeShape s : shapes) {
      if (s.size() >= 2) points.add(s.size(), s.structuralVirality());
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, Charts.translucent(ChartStyle.color(0), 0.6));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    NumberAxis y = new NumberAxis("structural virality (mean distance between nodes)");
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(new XYSeriesCollection(points), Charts.logAxis("cascade size (nodes)",
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Charts.NUMBERS))), y, renderer);
    return NamedChart.of("virality_by_size", ChartStyle.chart(title, plot));
  }
}
