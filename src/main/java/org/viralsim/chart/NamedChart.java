package org.viralsim.chart;

import org.jfree.chart.JFreeChart;

/** A chart with the file name (without extension) and the size in pixels it is saved under. */
public record NamedChart(String name, JFreeChart chart, int width, int height) {
  public static final int DEFAULT_WIDTH = 1000;
  public static final int DEFAULT_HEIGHT = 600;

  /** A chart of the default size. */
  public static NamedChart of(String name, JFreeChart chart) {
    return new NamedChart(name, chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }
}
