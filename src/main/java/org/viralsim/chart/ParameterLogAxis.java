package org.viralsim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis for parameters, which often span one or two orders of magnitude: ticks at 1, 2
 * and 5 times powers of ten, at every whole multiple when that gives fewer than three, and at
 * powers of ten only over many orders of magnitude, each labelled as a plain number.
 */
final class ParameterLogAxis extends LogAxis {
  private static final int[][] MULTIPLES = {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
  private static final int MAX_TICKS = 12;

  ParameterLogAxis(String label, NumberFormat format) {
    super(label);
    setNumberFormatOverride(format);
  }

  @Override
  public List<ValueTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    double low = getLowerBound();
    double high = getUpperBound();
    List<Double> values = at(low, high, MULTIPLES[0], 1);
    if (values.size() < 3) values = at(low, high, MULTIPLES[1], 1);
    for (int decades = 1; values.size() > MAX_TICKS; decades++) values = at(low, high, new int[] {1}, decades);
    boolean horizontal = RectangleEdge.isTopOrBottom(edge);
    List<ValueTick> ticks = new ArrayList<>();
    for (double v : values) {
      ticks.add(horizontal
          ? new NumberTick(TickType.MAJOR, v, getNumberFormatOverride().format(v), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0)
          : new NumberTick(TickType.MAJOR, v, getNumberFormatOverride().format(v), TextAnchor.CENTER_RIGHT, TextAnchor.CENTER, 0));
    }
    return ticks;
  }

  /** The multiples of every {@code step}-th power of ten within [low, high]. */
  static List<Double> at(double low, double high, int[] multiples, int step) {
    List<Double> values = new ArrayList<>();
    if (!(low > 0) || !(high >= low)) return values;
    int first = (int) Math.floor(Math.log10(low));
    int last = (int) Math.ceil(Math.log10(high));
    for (int e = Math.floorDiv(first, step) * step; e <= last; e += step) {
      for (int m : multiples) {
        double v = Double.parseDouble(m + "e" + e); // exactly the decimal, unlike m * Math.pow(10, e)
        if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) values.add(v);
      }
    }
    return values;
  }
}
