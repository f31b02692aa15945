package org.viralsim.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A sequential colour scale from dark purple through teal to yellow (viridis), which reads in order
 * in grey and under the common forms of colour blindness. Missing values (NaN) are light grey.
 */
record HeatScale(double getLowerBound, double getUpperBound) implements PaintScale, Serializable {
  static final Color MISSING = new Color(0xDDDDDD);
  private static final Color[] STOPS = {
    new Color(0x440154), new Color(0x3B528B), new Color(0x21918C), new Color(0x5EC962), new Color(0xFDE725),
  };
  /** Below this luminance (0 to 255) a cell's label is printed in white. */
  private static final double DARK = 140;

  HeatScale {
    if (!(getLowerBound < getUpperBound)) {
      throw new IllegalArgumentException("empty scale " + getLowerBound + " to " + getUpperBound);
    }
  }

  /** A scale over the finite values, widened by one half either way when they are all equal. */
  static HeatScale over(double[][] values) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        if (Double.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    if (low > high) return new HeatScale(0, 1);
    return low < high ? new HeatScale(low, high) : new HeatScale(low - 0.5, high + 0.5);
  }

  @Override
  public Paint getPaint(double value) {
    return colour(value);
  }

  Color colour(double value) {
    if (Double.isNaN(value)) return MISSING;
    double t = Math.min(1, Math.max(0, (value - getLowerBound) / (getUpperBound - getLowerBound)));
    double position = t * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) position);
    double f = position - i;
    Color a = STOPS[i];
    Color b = STOPS[i + 1];
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  /** Text that stands out on a cell of the given value: white on dark, dark on light. */
  Color textOn(double value) {
    Color c = colour(value);
    double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    return luminance < DARK ? Color.WHITE : ChartStyle.TEXT;
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }
}
